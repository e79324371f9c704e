package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.Interval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
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

    Repair find(SuspectCell cell, List<EvaluatedCheck> checks, Map<CellKey, Interval> overrides) {
        List<EvaluatedCheck> usable = checks.stream().filter(check -> evaluable(check, cell.key(), overrides)).toList();
        if (usable.isEmpty()) {
            return null;
        }
        double unit = cell.scale().movePointLeft(cell.usualDecimals()).doubleValue();
        double start = cell.reported() == null ? unit : cell.reported().multiply(cell.scale()).doubleValue();
        IdentitySolver.Root tightest = null;
        List<Rereadings.Candidate> candidates = new ArrayList<>(Rereadings.of(cell.text(), cell.usualDecimals()));
        for (EvaluatedCheck check : usable) {
            IdentitySolver.Root root = IdentitySolver.solve(check, cell.key(), start, unit, overrides);
            if (root == null) {
                continue;
            }
            if (tightest == null || root.width() < tightest.width()) {
                tightest = root;
            }
            addRounded(candidates, root.value(), cell);
        }
        double target = tightest == null ? start : tightest.value();
        Repair best = null;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (Rereadings.Candidate candidate : candidates) {
            if (cell.reported() != null && candidate.value().compareTo(cell.reported()) == 0) {
                continue;
            }
            Repair repair = new Repair(cell, candidate.value(), candidate.decimals(), Cause.UNEXPLAINED);
            if (!holdsAll(usable, cell.key(), repair.interval(), overrides)) {
                continue;
            }
            Cause cause = classifier.classify(cell.text(), candidate.value(), candidate.decimals(), cell.neighbours());
            if (cause == null) {
                continue;
            }
            Repair explained = new Repair(cell, candidate.value(), candidate.decimals(), cause);
            double distance = Math.abs(candidate.value().multiply(cell.scale()).doubleValue() - target);
            if (best == null || explained.plausibility() > best.plausibility()
                    || explained.plausibility() == best.plausibility() && distance < bestDistance) {
                best = explained;
                bestDistance = distance;
            }
        }
        return best;
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

    static boolean holdsAll(List<EvaluatedCheck> checks, CellKey cell, Interval value, Map<CellKey, Interval> overrides) {
        Map<CellKey, Interval> with = new HashMap<>(overrides);
        with.put(cell, value);
        return checks.stream().allMatch(check -> check.holdsWith(with));
    }

    static Comparator<Repair> byPlausibility() {
        return Comparator.comparingDouble(Repair::plausibility).reversed();
    }
}
