package dev.crossfoot.model;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The CI gate's decision for a whole run, made once: a {@link Verdict} for each finding and
 * whether the run fails. The exit code and every report read it from here.
 *
 * <p>Findings are told apart by identity, not by value: two equal findings of two copies of one
 * table are two findings, and a baseline may accept one of them only.
 *
 * @param threshold   {@code --fail-on}; null for {@code never}
 * @param maxFindings how many new findings at or above the threshold a passing run may have
 * @param baselined   whether a baseline was given, so that reports say "new" only when it means something
 */
public record Gate(Severity threshold, int maxFindings, boolean baselined, Map<Finding, Verdict> verdicts,
                   Map<Verdict, Long> counts, boolean fails) {

    public Gate {
        verdicts = java.util.Collections.unmodifiableMap(new IdentityHashMap<>(verdicts));
        Map<Verdict, Long> copied = new java.util.EnumMap<>(Verdict.class);
        copied.putAll(counts);
        counts = java.util.Collections.unmodifiableMap(copied);
    }

    /** A gate that knows each finding's verdict; the counts are theirs. */
    public Gate(Severity threshold, int maxFindings, boolean baselined, Map<Finding, Verdict> verdicts, boolean fails) {
        this(threshold, maxFindings, baselined, verdicts, countsOf(verdicts), fails);
    }

    private static Map<Verdict, Long> countsOf(Map<Finding, Verdict> verdicts) {
        Map<Verdict, Long> counts = new java.util.EnumMap<>(Verdict.class);
        verdicts.values().forEach(verdict -> counts.merge(verdict, 1L, Long::sum));
        return counts;
    }

    /**
     * Decides every finding: those {@code accepted} (by a baseline) are {@link Verdict#ACCEPTED};
     * the run fails when more than {@code maxFindings} of the others are at or above
     * {@code threshold}, and then those are {@link Verdict#FAILS}, otherwise {@link Verdict#TOLERATED}.
     */
    public static Gate decide(List<Finding> findings, Predicate<Finding> accepted, Severity threshold, int maxFindings,
                              boolean baselined) {
        long counted = findings.stream()
                .filter(finding -> !accepted.test(finding) && threshold != null && finding.severity().atLeast(threshold))
                .count();
        boolean fails = counted > maxFindings;
        Map<Finding, Verdict> verdicts = new IdentityHashMap<>();
        for (Finding finding : findings) {
            Verdict verdict;
            if (accepted.test(finding)) {
                verdict = Verdict.ACCEPTED;
            } else if (threshold == null || !finding.severity().atLeast(threshold)) {
                verdict = Verdict.BELOW;
            } else {
                verdict = fails ? Verdict.FAILS : Verdict.TOLERATED;
            }
            verdicts.put(finding, verdict);
        }
        return new Gate(threshold, maxFindings, baselined, verdicts, fails);
    }

    /** The default gate of {@code crossfoot check}: fail on any error, no baseline. */
    public static Gate standard(List<Finding> findings) {
        return decide(findings, finding -> false, Severity.ERROR, 0, false);
    }

    /**
     * The verdict on one finding of the run. A finding the gate never saw (a report given a run
     * the gate was not decided on) is a programming error, not a silent pass.
     */
    public Verdict of(Finding finding) {
        Verdict verdict = verdicts.get(finding);
        if (verdict == null) {
            throw new IllegalArgumentException("the gate was decided on another run: no verdict for " + finding.rule()
                    + " at " + finding.primaryLocation());
        }
        return verdict;
    }

    /**
     * The verdict on one finding in words, the same in every report: {@code fails the gate},
     * {@code new, below --fail-on}, {@code accepted by the baseline}… ("new" only with a baseline,
     * where it tells something).
     */
    public String describe(Finding finding) {
        Verdict verdict = of(finding);
        return baselined && verdict.isNew() ? "new, " + verdict.words() : verdict.words();
    }

    /** How many findings have this verdict. */
    public long count(Verdict verdict) {
        return counts.getOrDefault(verdict, 0L);
    }

    /** {@code --fail-on} as the user wrote it. */
    public String thresholdLabel() {
        return threshold == null ? "never" : threshold.label();
    }

    /** One line for every report's summary: passed or failed, and why. */
    public String headline() {
        long failing = count(Verdict.FAILS);
        long tolerated = count(Verdict.TOLERATED);
        StringBuilder line = new StringBuilder(fails ? "gate FAILED: " : "gate passed: ");
        if (fails) {
            line.append(failing).append(" new finding(s) at or above ").append(thresholdLabel());
            if (maxFindings > 0) {
                line.append(" (more than --max-findings ").append(maxFindings).append(')');
            }
        } else if (threshold == null) {
            line.append("--fail-on never, ").append(counts.values().stream().mapToLong(Long::longValue).sum() - count(Verdict.ACCEPTED)).append(" new finding(s) reported");
        } else if (tolerated > 0) {
            line.append(tolerated).append(" new finding(s) at or above ").append(thresholdLabel())
                    .append(", within --max-findings ").append(maxFindings);
        } else {
            line.append("no new finding at or above ").append(thresholdLabel());
        }
        if (baselined) {
            line.append("; ").append(count(Verdict.ACCEPTED)).append(" accepted by the baseline");
        }
        return line.toString();
    }
}
