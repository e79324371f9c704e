package dev.crossfoot.model;

/**
 * What the CI gate decided about one finding. Every report shows this one decision, so that a
 * JUnit failure, a GitHub error annotation and a red exit code always mean the same thing.
 */
public enum Verdict {
    /** New (not in the baseline), at or above {@code --fail-on}, and the run fails because of it. */
    FAILS("fails the gate"),
    /** New and at or above {@code --fail-on}, but within {@code --max-findings}: the run still passes. */
    TOLERATED("within --max-findings"),
    /** New, but below {@code --fail-on} (or {@code --fail-on never}): reported, never gating. */
    BELOW("below --fail-on"),
    /** Accepted earlier by {@code --baseline}: reported, never gating. */
    ACCEPTED("accepted by the baseline");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** Whether the finding is new since the baseline (every finding is, without one). */
    public boolean isNew() {
        return this != ACCEPTED;
    }

    /** The verdict as reports print it: {@code fails the gate}, {@code accepted by the baseline}… */
    public String words() {
        return words;
    }

    /** The verdict as a machine-readable label: {@code fails}, {@code tolerated}, {@code below}, {@code accepted}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
