package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.Interval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the value one cell should hold so that every check using it holds, the other cells
 * staying as read (or as already repaired). Candidates are the plausible re-readings of its text
 * and the solutions of its identities; among those that satisfy every check, a value that a known
 * extraction error explains wins, and between equals the one nearest the identities' solution.
 */
final class RepairFinder {

    private final CauseClassifier classifier = new CauseClassifier();
    /**
     * The re-readings of each cell text: blame asks again for every suspect at each step of its
     * search, and they depend on the text and its row's decimals alone.
     */
    private final Map<Text, List<Rereadings.Candidate>> rereadings = new HashMap<>();

    private record Text(String text, int usualDecimals) { }

    /** Whether candidates are screened by their checks' ranges ({@link CellRange}) before being evaluated exactly. */
    private final boolean screened;

    RepairFinder() {
        this(true);
    }

    /** {@code screened} false evaluates every candidate exactly: what the screen must agree with, for tests. */
    RepairFinder(boolean screened) {
        this.screened = screened;
    }

    /** The best value that makes every check using the cell hold, or null when none does. */
    Repair find(SuspectCell cell, List<EvaluatedCheck> checks, Map<CellKey, Interval> overrides) {
        List<EvaluatedCheck> usable = checks.stream().filter(check -> evaluable(check, cell.key(), overrides)).toList();
        if (usable.isEmpty()) {
            return null;
        }
        List<IdentitySolver.Root> roots = roots(cell, usable, overrides);
        Choice best = new Choice(target(cell, roots));
        Map<CellKey, Interval> with = new HashMap<>(overrides);
        List<CellRange> ranges = screened ? ranges(cell, usable, overrides) : List.of();
        double scale = cell.scale().doubleValue();
        for (Rereadings.Candidate candidate : candidates(cell, roots)) {
            if (!ranges.isEmpty() && surelyMisses(candidate, scale, ranges)) {
                // A check it surely fails: nothing to evaluate exactly.
                continue;
            }
            Repair repair = new Repair(cell, candidate.value(), candidate.decimals(), Cause.UNEXPLAINED);
            with.put(cell.key(), repair.interval());
            if (usable.stream().allMatch(check -> check.holdsWith(with))) {
                best.consider(explain(repair), 0);
            }
        }
        return best.repair;
    }

    /** The ranges of the cell in those of its checks that have one ({@link CellRange}). */
    private static List<CellRange> ranges(SuspectCell cell, List<EvaluatedCheck> checks, Map<CellKey, Interval> overrides) {
        List<CellRange> ranges = new ArrayList<>(checks.size());
        for (EvaluatedCheck check : checks) {
            CellRange range = CellRange.of(check, cell.key(), overrides);
            if (range != null) {
                ranges.add(range);
            }
        }
        return ranges;
    }

    /**
     * Whether the candidate's interval ({@link Repair#interval}: the value ± half a unit of its last decimal, times the
     * cell's scale), worked out in doubles, surely misses one of the ranges.
     */
    private static boolean surelyMisses(Rereadings.Candidate candidate, double scale, List<CellRange> ranges) {
        double[] bounds = bounds(candidate, scale);
        for (CellRange range : ranges) {
            if (range.surelyMisses(bounds[0], bounds[1])) {
                return true;
            }
        }
        return false;
    }

    /** The candidate's interval in doubles, low then high: its value ± half a unit of its last decimal, times the scale. */
    private static double[] bounds(Rereadings.Candidate candidate, double scale) {
        double value = candidate.value().doubleValue();
        double half = Math.pow(10, -candidate.decimals()) / 2;
        double one = (value - half) * scale;
        double other = (value + half) * scale;
        return new double[] {Math.min(one, other), Math.max(one, other)};
    }

    /**
     * A repair that makes as many of the {@code open} checks hold as one cell can, without failing
     * any check that holds now: one step towards explaining several errors one cell at a time.
     */
    Partial findPartial(SuspectCell cell, List<EvaluatedCheck> checks, Step step, Map<CellKey, Interval> overrides) {
        List<EvaluatedCheck> usable = checks.stream().filter(check -> evaluable(check, cell.key(), overrides)).toList();
        List<EvaluatedCheck> holding = usable.stream().filter(step::holdsNow).toList();
        java.util.Set<EvaluatedCheck> open = step.open();
        List<EvaluatedCheck> toFix = usable.stream().filter(open::contains).toList();
        if (toFix.isEmpty()) {
            return null;
        }
        List<IdentitySolver.Root> roots = roots(cell, toFix, overrides);
        Choice best = new Choice(target(cell, roots));
        // One map for every candidate, the cell's value replaced in it: copying the repairs so far
        // for each of a cell's hundreds of candidates cost as much as evaluating its checks.
        Map<CellKey, Interval> with = new HashMap<>(overrides);
        // The checks' ranges, as in find: a candidate that surely misses every open check fixes none, and one that
        // surely misses a check holding now would fail it; neither is built nor evaluated. An open check the
        // candidate surely misses is not evaluated either: it does not hold, and so does not count.
        CellRange[] fixRanges = screened ? rangesByCheck(cell, toFix, overrides) : new CellRange[toFix.size()];
        List<CellRange> holdingRanges = screened ? ranges(cell, holding, overrides) : List.of();
        boolean[] mayHold = new boolean[toFix.size()];
        double scale = cell.scale().doubleValue();
        for (Rereadings.Candidate candidate : candidates(cell, roots)) {
            int may = 0;
            if (screened) {
                double[] bounds = bounds(candidate, scale);
                double low = bounds[0];
                double high = bounds[1];
                for (int i = 0; i < mayHold.length; i++) {
                    mayHold[i] = fixRanges[i] == null || !fixRanges[i].surelyMisses(low, high);
                    may += mayHold[i] ? 1 : 0;
                }
                if (may == 0 || !holdingRanges.isEmpty() && surelyMisses(candidate, scale, holdingRanges)) {
                    continue;
                }
            } else {
                java.util.Arrays.fill(mayHold, true);
            }
            Repair repair = new Repair(cell, candidate.value(), candidate.decimals(), Cause.UNEXPLAINED);
            with.put(cell.key(), repair.interval());
            int fixed = 0;
            for (int i = 0; i < mayHold.length; i++) {
                fixed += mayHold[i] && toFix.get(i).holdsWith(with) ? 1 : 0;
            }
            if (fixed > 0 && fixed >= best.fixed && holding.stream().allMatch(check -> check.holdsWith(with))) {
                best.consider(explain(repair), fixed);
            }
        }
        return best.repair == null ? null : new Partial(best.repair, best.fixed);
    }

    /** The cell's range in each of the checks, in their order: null where a check has none ({@link CellRange}). */
    private static CellRange[] rangesByCheck(SuspectCell cell, List<EvaluatedCheck> checks, Map<CellKey, Interval> overrides) {
        CellRange[] ranges = new CellRange[checks.size()];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = CellRange.of(checks.get(i), cell.key(), overrides);
        }
        return ranges;
    }

    /** A repair of one cell and how many open checks it makes hold. */
    record Partial(Repair repair, int fixed) { }

    /**
     * One step of blame's search: the checks still open, and whether each check holds with the
     * repairs so far. Every suspect cell is tried at a step, and the checks they share were
     * evaluated again for each; the repairs change only between steps.
     */
    static final class Step {
        private final java.util.Set<EvaluatedCheck> open;
        private final Map<CellKey, Interval> overrides;
        private final Map<EvaluatedCheck, Boolean> holds = new java.util.IdentityHashMap<>();

        Step(List<EvaluatedCheck> open, Map<CellKey, Interval> overrides) {
            this.open = new java.util.HashSet<>(open);
            this.overrides = overrides;
        }

        java.util.Set<EvaluatedCheck> open() {
            return open;
        }

        boolean holdsNow(EvaluatedCheck check) {
            return holds.computeIfAbsent(check, key -> key.holdsWith(overrides));
        }
    }

    /**
     * The best candidate so far: more checks fixed, then clearly more plausible, then nearer the
     * solution. Values one unit apart that rounding both allows differ in their line's fit by a
     * hair, which says nothing; the identity's own solution does.
     */
    private static final class Choice {
        private static final double CLEARLY = 1.1;
        private final double target;
        private Repair repair;
        private int fixed;
        private double distance = Double.POSITIVE_INFINITY;

        Choice(double target) {
            this.target = target;
        }

        void consider(Repair candidate, int candidateFixed) {
            if (candidate == null) {
                return;
            }
            double away = Math.abs(candidate.value().multiply(candidate.cell().scale()).doubleValue() - target);
            boolean better = repair == null || candidateFixed > fixed
                    || candidateFixed == fixed && (candidate.plausibility() > repair.plausibility() * CLEARLY
                    || candidate.plausibility() * CLEARLY >= repair.plausibility() && away < distance);
            if (better) {
                repair = candidate;
                fixed = candidateFixed;
                distance = away;
            }
        }
    }

    /** The same repair with the cause that explains it; null when it is the value already read. */
    private Repair explain(Repair repair) {
        Cause cause = classifier.classify(repair.cell().text(), repair.value(), repair.decimals(), repair.cell().neighbours());
        return cause == null ? null : new Repair(repair.cell(), repair.value(), repair.decimals(), cause);
    }

    /**
     * The solution of each identity for the cell, in the checks' order, those that have one: where
     * to look among equals ({@link #target}) and candidates of their own ({@link #candidates}),
     * each identity solved once for both.
     */
    private static List<IdentitySolver.Root> roots(SuspectCell cell, List<EvaluatedCheck> checks, Map<CellKey, Interval> overrides) {
        List<IdentitySolver.Root> roots = new ArrayList<>(checks.size());
        for (EvaluatedCheck check : checks) {
            IdentitySolver.Root root = IdentitySolver.solve(check, cell.key(), start(cell), unit(cell), overrides);
            if (root != null) {
                roots.add(root);
            }
        }
        return roots;
    }

    /** Plausible re-readings of the cell's text, and its identities' solutions. */
    private List<Rereadings.Candidate> candidates(SuspectCell cell, List<IdentitySolver.Root> roots) {
        List<Rereadings.Candidate> candidates = new ArrayList<>(rereadings.computeIfAbsent(
                new Text(cell.text(), cell.usualDecimals()), text -> Rereadings.of(text.text(), text.usualDecimals())));
        for (IdentitySolver.Root root : roots) {
            addRounded(candidates, root.value(), cell);
        }
        return candidates.stream()
                .filter(candidate -> cell.reported() == null || candidate.value().compareTo(cell.reported()) != 0).toList();
    }

    /** The solution of the identity that pins the cell most tightly: where to look among equals. */
    private static double target(SuspectCell cell, List<IdentitySolver.Root> roots) {
        IdentitySolver.Root tightest = null;
        for (IdentitySolver.Root root : roots) {
            if (tightest == null || root.width() < tightest.width()) {
                tightest = root;
            }
        }
        return tightest == null ? start(cell) : tightest.value();
    }

    private static double unit(SuspectCell cell) {
        return cell.scale().movePointLeft(cell.usualDecimals()).doubleValue();
    }

    private static double start(SuspectCell cell) {
        return cell.reported() == null ? unit(cell) : cell.reported().multiply(cell.scale()).doubleValue();
    }

    /** The identities' solution rounded as the cell's row writes numbers, and one unit either side. */
    private static void addRounded(List<Rereadings.Candidate> candidates, double absolute, SuspectCell cell) {
        BigDecimal display = BigDecimal.valueOf(absolute).divide(cell.scale(), Interval.DIVISION);
        List<Integer> decimals = new ArrayList<>(List.of(cell.usualDecimals()));
        if (cell.reported() != null && cell.reported().scale() != cell.usualDecimals()) {
            decimals.add(Math.max(0, cell.reported().scale()));
        }
        for (int places : decimals) {
            BigDecimal rounded = display.setScale(places, RoundingMode.HALF_UP);
            BigDecimal unit = BigDecimal.ONE.movePointLeft(places);
            for (BigDecimal value : List.of(rounded, rounded.subtract(unit), rounded.add(unit))) {
                candidates.add(new Rereadings.Candidate(value, places));
            }
        }
    }

    /** Whether a check can be evaluated with this cell replaced: every unreadable cell it needs is. */
    static boolean evaluable(EvaluatedCheck check, CellKey cell, Map<CellKey, Interval> overrides) {
        if (check.reported() == null || check.expected() == null) {
            return false;
        }
        for (Term term : check.unreadableTerms()) {
            if (!term.key().equals(cell) && !overrides.containsKey(term.key())) {
                return false;
            }
        }
        return true;
    }
}
