package dev.crossfoot.model;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

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
 * <p>A baseline is not decided here: its matches are shared out over the whole run
 * ({@link #decidesEachFindingAlone}).
 */
public final class StreamedGate {

    /** Where a part goes once its findings' verdicts are known. */
    public interface Written {
        void write(CheckRun part, Gate verdicts);
    }

    private final Severity threshold;
    private final int maxFindings;
    private final Map<Verdict, Long> counts = new EnumMap<>(Verdict.class);
    private final List<CheckRun> held = new ArrayList<>();
    /** Findings at or above the threshold met so far. */
    private long counted;

    public StreamedGate(Severity threshold, int maxFindings, boolean baselined) {
        if (!decidesEachFindingAlone(threshold, maxFindings, baselined)) {
            throw new IllegalArgumentException("a streamed gate needs no baseline");
        }
        if (maxFindings < 0) {
            throw new IllegalArgumentException("--max-findings must be 0 or more, not " + maxFindings);
        }
        this.threshold = threshold;
        this.maxFindings = maxFindings;
    }

    /** Whether the run's findings can be decided part by part, as the run goes (no baseline to share out). */
    public static boolean decidesEachFindingAlone(Severity threshold, int maxFindings, boolean baselined) {
        return !baselined;
    }

    /**
     * The verdicts of one document's findings, counted into the run's decision, when they are known
     * as it comes ({@code --max-findings 0} or {@code --fail-on never}). With {@code --max-findings N > 0}
     * use {@link #part(CheckRun, Written)}.
     */
    public Gate part(List<Finding> findings) {
        if (maxFindings > 0 && threshold != null) {
            throw new IllegalStateException("with --max-findings " + maxFindings + " a part may wait for the verdict: use part(CheckRun, Written)");
        }
        counted += counted(findings);
        return decided(findings, counted > maxFindings);
    }

    /**
     * Hands {@code part} to {@code written} with its verdicts, now when they are known, or later
     * (with the parts held before it, in their order) once the run's decision is.
     */
    public void part(CheckRun part, Written written) {
        long atOrAbove = counted(part.findings());
        if (atOrAbove == 0 || threshold == null || maxFindings == 0 || decided()) {
            counted += atOrAbove;
            written.write(part, decided(part.findings(), decided()));
            return;
        }
        counted += atOrAbove;
        held.add(part);
        if (decided()) {
            release(written);
        }
    }

    /** Whether more than {@code --max-findings} findings at or above the threshold have come: every such finding fails. */
    private boolean decided() {
        return threshold != null && counted > maxFindings;
    }

    private void release(Written written) {
        for (CheckRun part : held) {
            written.write(part, decided(part.findings(), decided()));
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
        return new Gate(threshold, maxFindings, false, Map.of(), counts, decided());
    }

    private long counted(List<Finding> findings) {
        return threshold == null ? 0 : findings.stream().filter(finding -> finding.severity().atLeast(threshold)).count();
    }

    /** Verdicts for a part's findings: failing when the run fails, otherwise tolerated (or below the threshold). */
    private Gate decided(List<Finding> findings, boolean fails) {
        Gate part = Gate.decide(findings, finding -> false, threshold, fails ? 0 : Integer.MAX_VALUE, false);
        part.verdicts().values().forEach(verdict -> counts.merge(verdict, 1L, Long::sum));
        return part;
    }
}
