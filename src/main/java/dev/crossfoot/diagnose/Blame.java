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
    private final RepairFinder finder;

    Blame(CheckIndex index) {
        this(index, new RepairFinder());
    }

    Blame(CheckIndex index, RepairFinder finder) {
        this.index = index;
        this.finder = finder;
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
        if (rivals.size() == 1) {
            Repair only = rivals.get(0);
            return new Blamed(only, strength(only));
        }
        // In the rivals' order: the share is a sum of doubles, which a hash order would make differ
        // in its last bits from run to run (and a confidence of 0.425 round either way).
        Map<Repair, Double> weight = new LinkedHashMap<>();
        for (Repair rival : rivals) {
            weight.put(rival, rival.plausibility() * ResidualFit.of(rival, index.checksOf(rival.cell().key())));
        }
        Repair best = rivals.stream().max(Comparator.comparingDouble((Repair repair) -> weight.get(repair))
                .thenComparingInt(repair -> suspicion(repair.cell().key()))).orElseThrow();
        double total = weight.values().stream().mapToDouble(Double::doubleValue).sum();
        return new Blamed(best, strength(best) * weight.get(best) / total);
    }

    /**
     * Several errors: first one cell at a time, each step taking the repair that makes the most
     * failing checks hold without failing a passing one (a plausible re-reading wins a tie);
     * what that cannot settle goes to the L1-minimal correction.
     */
    private List<Blamed> severalCells(List<SuspectCell> suspects, List<EvaluatedCheck> failing) {
        Map<CellKey, Interval> overrides = new HashMap<>();
        Map<CellKey, Repair> repairs = new LinkedHashMap<>();
        List<EvaluatedCheck> open = failing;
        while (!open.isEmpty()) {
            RepairFinder.Partial best = null;
            RepairFinder.Step step = new RepairFinder.Step(open, overrides);
            for (SuspectCell cell : suspects) {
                RepairFinder.Partial partial = repairs.containsKey(cell.key()) ? null
                        : finder.findPartial(cell, index.checksOf(cell.key()), step, overrides);
                if (partial != null && (best == null || partial.fixed() > best.fixed()
                        || partial.fixed() == best.fixed() && partial.repair().plausibility() > best.repair().plausibility())) {
                    best = partial;
                }
            }
            if (best == null) {
                break;
            }
            repairs.put(best.repair().cell().key(), best.repair());
            overrides.put(best.repair().cell().key(), best.repair().interval());
            open = open.stream().filter(check -> !check.holdsWith(overrides)).toList();
        }
        if (!open.isEmpty()) {
            correctTogether(suspects, overrides, repairs);
        }
        boolean resolved = !repairs.isEmpty() && failing.stream().allMatch(check -> check.holdsWith(overrides));
        if (resolved) {
            dropUnneeded(repairs, overrides, failing);
        }
        double share = resolved ? 0.8 : 0.4;
        return repairs.values().stream().map(repair -> new Blamed(repair, share * strength(repair))).toList();
    }

    /**
     * Errors that no cell can repair alone (two in one footing, or in the two sides of a ratio):
     * the L1-minimal correction says which cells change; each is then solved exactly with the
     * others at their corrected values, twice, so that each settles on the others' exact repairs.
     */
    private void correctTogether(List<SuspectCell> suspects, Map<CellKey, Interval> overrides, Map<CellKey, Repair> repairs) {
        List<SuspectCell> free = suspects.stream()
                .filter(cell -> cell.reported() != null && !repairs.containsKey(cell.key())).toList();
        Map<SuspectCell, Double> corrected = CorrectionSolver.solve(free, CorrectionSolver.constraining(free, index), overrides);
        overrides.putAll(CorrectionSolver.asOverrides(corrected));
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
    }

    /**
     * The linear program may spread a little correction over cells that rounding already covers;
     * a repair the others do not need is dropped, least plausible first, so that only the cells
     * that must change are blamed.
     */
    private void dropUnneeded(Map<CellKey, Repair> repairs, Map<CellKey, Interval> overrides, List<EvaluatedCheck> failing) {
        List<Repair> leastPlausibleFirst = repairs.values().stream()
                .sorted(Comparator.comparingDouble(Repair::plausibility)).toList();
        for (Repair repair : leastPlausibleFirst) {
            CellKey key = repair.cell().key();
            Interval kept = overrides.remove(key);
            List<EvaluatedCheck> affected = new ArrayList<>(failing);
            repairs.keySet().stream().filter(other -> !other.equals(key)).forEach(other -> affected.addAll(index.checksOf(other)));
            affected.addAll(index.checksOf(key));
            if (affected.stream().allMatch(check -> !RepairFinder.evaluable(check, key, overrides) || check.holdsWith(overrides))) {
                repairs.remove(key);
            } else {
                overrides.put(key, kept);
            }
        }
    }

    private List<SuspectCell> suspects(List<EvaluatedCheck> failing) {
        Set<CellKey> keys = failing.stream().flatMap(check -> check.terms().stream()).map(Term::key)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        return keys.stream().map(key -> SuspectCell.of(index.term(key))).toList();
    }

    /**
     * A repair a known error explains is near certain; an unexplained one is a fair guess. The
     * line's other columns may make a repair more plausible than its cause alone (a plausibility
     * above 1), but a confidence is a probability: never above {@link #NEAR_CERTAIN}.
     */
    static double strength(Repair repair) {
        return Math.min(NEAR_CERTAIN, 0.5 + 0.5 * repair.plausibility());
    }

    private static final double NEAR_CERTAIN = 0.99;
}
