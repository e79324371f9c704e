package dev.crossfoot.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The gate of a run whose reports are written document by document: each document's findings
 * get their verdicts as the document is written, and the run's decision is counted, not kept.
 *
 * <p>A finding below {@code --fail-on} is {@link Verdict#BELOW} whenever it is met. One at or above
 * it fails the run with {@code --max-findings 0}; with {@code --max-findings N} its verdict ({@link
 * Verdict#FAILS} or {@link Verdict#TOLERATED}) depends on whether more than N such findings come in
 * the whole run: so a part that holds such a finding is <em>held</em> until that is known, i.e. until
 * the (N+1)th such finding (then every held part is written, failing, and every later one at once) or
 * the end of the run (then the held parts are written, tolerated). At most N parts are held, and parts
 * without such findings are written at once: a held part is written after them, so the reports'
 * order is reading order except for the held parts, the same order whatever the jobs.
 *
 * <p>With a baseline, each part's findings are matched against it as the part comes ({@link
 * Acceptance}, in reading order): an accepted finding is {@link Verdict#ACCEPTED} and not counted.
 */
public final class StreamedGate {

    /** Where a part goes once its findings' verdicts are known. */
    public interface Written {
        void write(CheckRun part, Gate verdicts);
    }

    /** A baseline's matches, told part by part: which of a part's findings it accepts (each entry used once in the run). */
    public interface Acceptance {
        Set<Finding> accepted(CheckRun part);
    }

    private record Held(CheckRun part, Set<Finding> accepted) { }

    private final Severity threshold;
    private final int maxFindings;
    private final Acceptance baseline;
    private final Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    private final List<Held> held = new ArrayList<>();
    /** New findings at or above the threshold met so far. */
    private long counted;

    public StreamedGate(Severity threshold, int maxFindings) {
        this(threshold, maxFindings, null);
    }

    /** {@code baseline} null: no baseline, every finding is new. */
    public StreamedGate(Severity threshold, int maxFindings, Acceptance baseline) {
        if (maxFindings < 0) {
            throw new IllegalArgumentException("--max-findings must be 0 or more, not " + maxFindings);
        }
        this.threshold = threshold;
        this.maxFindings = maxFindings;
        this.baseline = baseline;
    }

    /**
     * The verdicts of one document's findings, counted into the run's decision, when they are known
     * as it comes ({@code --max-findings 0} or {@code --fail-on never}, no baseline). Otherwise use
     * {@link #part(CheckRun, Written)}.
     */
    public Gate part(List<Finding> findings) {
        if ((maxFindings > 0 && threshold != null) || baseline != null) {
            throw new IllegalStateException("with --max-findings " + maxFindings + " or a baseline a part may wait for its verdicts:"
                    + " use part(CheckRun, Written)");
        }
        counted += counted(findings, Set.of());
        return decided(findings, Set.of(), decided());
    }

    /**
     * Hands {@code part} to {@code written} with its verdicts, now when they are known, or later
     * (with the parts held before it, in their order) once the run's decision is.
     */
    public void part(CheckRun part, Written written) {
        Set<Finding> accepted = baseline == null || part.findings().isEmpty() ? Set.of() : baseline.accepted(part);
        long atOrAbove = counted(part.findings(), accepted);
        counted += atOrAbove;
        if (atOrAbove == 0 || threshold == null || maxFindings == 0 || decided()) {
            written.write(part, decided(part.findings(), accepted, decided()));
            return;
        }
        held.add(new Held(part, accepted));
        if (decided()) {
            release(written);
        }
    }

    /** Whether more than {@code --max-findings} new findings at or above the threshold have come: every such finding fails. */
    private boolean decided() {
        return threshold != null && counted > maxFindings;
    }

    private void release(Written written) {
        for (Held waiting : held) {
            written.write(waiting.part(), decided(waiting.part().findings(), waiting.accepted(), decided()));
        }
        held.clear();
    }

    /** After the last part: the parts still held, written (tolerated), and the run's decision from the counts. */
    public Gate finish(Written written) {
        release(written);
        return total();
    }

    /** The run's decision from the counts of every part so far: no finding's verdict is asked of it. */
    public Gate total() {
        return new Gate(threshold, maxFindings, baseline != null, Map.of(), counts, decided());
    }

    private long counted(List<Finding> findings, Set<Finding> accepted) {
        return threshold == null ? 0
                : findings.stream().filter(finding -> !accepted.contains(finding) && finding.severity().atLeast(threshold)).count();
    }

    /** Verdicts for a part's findings: accepted by the baseline, failing when the run fails, otherwise tolerated (or below). */
    private Gate decided(List<Finding> findings, Set<Finding> accepted, boolean fails) {
        Gate part = Gate.decide(findings, accepted::contains, threshold, fails ? 0 : Integer.MAX_VALUE, baseline != null);
        part.verdicts().values().forEach(verdict -> counts.merge(verdict, 1L, Long::sum));
        return part;
    }
}
