package dev.crossfoot.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The gate of a run whose reports are written document by document: each document's findings
 * get their verdicts as the document is written, and the run's decision is counted, not kept.
 * That is only the run's own decision when a finding's verdict does not depend on the findings
 * still to come: {@code --max-findings 0} (the first finding at or above the threshold fails the
 * run, so every such finding fails it) or {@code --fail-on never}, and no baseline (whose matches
 * are shared out over the whole run). {@link #decidesEachFindingAlone} says when.
 */
public final class StreamedGate {

    private final Severity threshold;
    private final int maxFindings;
    private final Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);

    public StreamedGate(Severity threshold, int maxFindings, boolean baselined) {
        if (!decidesEachFindingAlone(threshold, maxFindings, baselined)) {
            throw new IllegalArgumentException("a streamed gate needs --max-findings 0 or --fail-on never, and no baseline");
        }
        this.threshold = threshold;
        this.maxFindings = maxFindings;
    }

    /** Whether each finding's verdict can be told as it is met, before the run's other findings are known. */
    public static boolean decidesEachFindingAlone(Severity threshold, int maxFindings, boolean baselined) {
        return !baselined && (threshold == null || maxFindings == 0);
    }

    /** The verdicts of one document's findings, counted into the run's decision. */
    public Gate part(List<Finding> findings) {
        Gate part = Gate.decide(findings, finding -> false, threshold, 0, false);
        part.verdicts().values().forEach(verdict -> counts.merge(verdict, 1L, Long::sum));
        return part;
    }

    /** The run's decision from the counts of every part so far: no finding's verdict is asked of it. */
    public Gate total() {
        return new Gate(threshold, maxFindings, false, Map.of(), counts, counts.getOrDefault(Verdict.FAILS, 0L) > 0);
    }
}
