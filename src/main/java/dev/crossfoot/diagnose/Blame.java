package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Interval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Decides which cells of a group of failing checks are wrong, using every check each cell takes
 * part in. One wrong cell fails exactly the checks it is used by, so a cell is blamed alone when
 * it is used by every failing check of the group and some value makes all its checks hold —
 * passing ones included, which is why a cell that also balances passing identities is rarely the
 * culprit. When several cells qualify, the one whose repair a known extraction error explains
 * wins, and confidence is shared among the rivals. When no single cell explains the group, the
 * fewest cells that do are found by {@link CorrectionSolver}.
 */
final class Blame {

    /** A blamed cell, its repair, and how sure the diagnosis is (0–1). */
    record Blamed(Repair repair, double confidence) { }

    private final CheckIndex index;
    private final RepairFinder finder = new RepairFinder();

    Blame(CheckIndex index) {
        this.index = index;
    }

    List<Blamed> explain(List<EvaluatedCheck> failing) {
        List<SuspectCell> suspects = suspects(failing);
        List<Repair> alone = new ArrayList<>();
        for (SuspectCell cell : suspects) {
            List<EvaluatedCheck> using = index.checksOf(cell.key());
            if (using.containsAll(failing)) {
                Repair repair = finder.find(cell, using, Map.of());
                if (repair != null) {
                    alone.add(repair);
                }
            }
        }
        if (!alone.isEmpty()) {
            return List.of(mostPlausible(alone));
        }
        return severalCells(suspects, failing);
    }

    /**
     * How suspect a cell is from its checks alone: each failing check it takes part in counts
     * for it, each passing one against it.
     */
    private int suspicion(CellKey cell) {
        int score = 0;
        for (EvaluatedCheck check : index.checksOf(cell)) {
            score += check.status() == CheckStatus.FAILED ? 1 : check.evaluated() ? -1 : 0;
        }
        return score;
    }

    /**
     * The best of rival single-cell repairs: the most plausible, then the most suspect cell. Its
     * confidence is its share of the rivals' plausibility.
     */
    private Blamed mostPlausible(List<Repair> rivals) {
        Repair best = rivals.stream().max(Comparator.comparingDouble(Repair::plausibility)
                .thenComparingInt(repair -> suspicion(repair.cell().key()))).orElseThrow();
        double total = rivals.stream().mapToDouble(Repair::plausibility).sum();
        return new Blamed(best, strength(best) * best.plausibility() / total);
    }

    private List<Blamed> severalCells(List<SuspectCell> suspects, List<EvaluatedCheck> failing) {
        List<SuspectCell> readable = suspects.stream().filter(cell -> cell.reported() != null).toList();
        Map<SuspectCell, Double> corrected = CorrectionSolver.solve(readable,
                CorrectionSolver.constraining(readable, index));
        Map<CellKey, Interval> overrides = CorrectionSolver.asOverrides(corrected);
        Map<CellKey, Repair> repairs = new LinkedHashMap<>();
        // Each corrected cell is solved exactly with the others at their corrected values; a second
        // pass lets each settle on the others' exact repairs rather than the linearised ones.
        for (int pass = 0; pass < 2; pass++) {
            for (SuspectCell cell : corrected.keySet()) {
                Map<CellKey, Interval> others = new HashMap<>(overrides);
                others.remove(cell.key());
                Repair repair = finder.find(cell, index.checksOf(cell.key()), others);
                if (repair != null) {
                    repairs.put(cell.key(), repair);
                    overrides.put(cell.key(), repair.interval());
                }
            }
        }
        boolean resolved = !repairs.isEmpty() && failing.stream().allMatch(check -> check.holdsWith(overrides));
        double share = resolved ? 0.8 : 0.4;
        return repairs.values().stream().map(repair -> new Blamed(repair, share * strength(repair))).toList();
    }

    private List<SuspectCell> suspects(List<EvaluatedCheck> failing) {
        Set<CellKey> keys = failing.stream().flatMap(check -> check.terms().stream()).map(Term::key)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return keys.stream().map(key -> SuspectCell.of(index.term(key))).toList();
    }

    /** A repair a known error explains is near certain; an unexplained one is a fair guess. */
    static double strength(Repair repair) {
        return 0.5 + 0.5 * repair.plausibility();
    }
}
