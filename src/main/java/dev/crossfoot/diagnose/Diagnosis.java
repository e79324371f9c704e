package dev.crossfoot.diagnose;

import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.Suggestion;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * For the failing checks of one document: which cell is most likely wrong, and what it should be.
 * Also, for a cell whose text is not a number at all, the value its identities say it held.
 */
public final class Diagnosis {

    private final Map<EvaluatedCheck, Suggestion> suggestions;
    private final Map<CellRef, Suggestion> unreadableCells;

    private Diagnosis(Map<EvaluatedCheck, Suggestion> suggestions, Map<CellRef, Suggestion> unreadableCells) {
        this.suggestions = suggestions;
        this.unreadableCells = unreadableCells;
    }

    /** No suggestions at all: what a document whose diagnosis failed is reported with. */
    public static Diagnosis none() {
        return new Diagnosis(Map.of(), Map.of());
    }

    public static Diagnosis of(List<EvaluatedCheck> checks) {
        return of(checks, true);
    }

    /** {@code screened} false evaluates every repair's candidate exactly ({@link RepairFinder}), for tests. */
    static Diagnosis of(List<EvaluatedCheck> checks, boolean screened) {
        if (nothingToBlame(checks)) {
            // No failing check and no unreadable cell: no group to blame and no cell to repair, so no index of the
            // checks by cell (a set of every check and a list per cell, most of diagnosis's time in a consistent
            // document; BENCHMARKS.md, "Issue 14, twelfth round").
            return new Diagnosis(new LinkedHashMap<>(new ColumnSwaps().explain(checks)), new HashMap<>());
        }
        CheckIndex index = new CheckIndex(checks);
        RepairFinder finder = new RepairFinder(screened);
        Blame blame = new Blame(index, finder);
        // Whole lines written into each other's columns are explained together, before any one cell is blamed.
        Map<EvaluatedCheck, Suggestion> suggestions = new LinkedHashMap<>(new ColumnSwaps().explain(checks));
        for (List<EvaluatedCheck> group : index.failingGroups()) {
            if (group.stream().allMatch(suggestions::containsKey)) {
                continue;
            }
            List<Blame.Blamed> blamed = blame.explain(group);
            for (EvaluatedCheck check : group) {
                if (!suggestions.containsKey(check)) {
                    bestWithin(check, blamed).ifPresent(best -> suggestions.put(check, suggestion(best)));
                }
            }
        }
        Map<CellRef, Suggestion> unreadable = new HashMap<>();
        for (Term cell : index.unreadableCells()) {
            Repair repair = finder.find(SuspectCell.of(cell), index.checksOf(cell.key()), Map.of());
            if (repair != null) {
                unreadable.put(cell.ref(), suggestion(new Blame.Blamed(repair, Blame.strength(repair))));
            }
        }
        return new Diagnosis(suggestions, unreadable);
    }

    /**
     * Whether no check the index would hold (bound to a reported cell and an expected side) failed or uses a cell
     * that is no readable number: then it would have no failing group and no unreadable cell.
     */
    private static boolean nothingToBlame(List<EvaluatedCheck> checks) {
        for (EvaluatedCheck check : checks) {
            if (check.reported() == null || check.expected() == null) {
                continue;
            }
            if (check.status() == dev.crossfoot.model.CheckStatus.FAILED || !check.readable()) {
                return false;
            }
        }
        return true;
    }

    /** The suggestion for each failed check that has one. */
    public Map<EvaluatedCheck, Suggestion> suggestions() {
        return suggestions;
    }

    /** The value a cell that is not a readable number should hold, when its identities tell. */
    public Optional<Suggestion> forUnreadable(CellRef cell) {
        return Optional.ofNullable(unreadableCells.get(cell));
    }

    private static Optional<Blame.Blamed> bestWithin(EvaluatedCheck check, List<Blame.Blamed> blamed) {
        return blamed.stream()
                .filter(b -> check.terms().stream().anyMatch(term -> term.key().equals(b.repair().cell().key())))
                .max(Comparator.comparingDouble(Blame.Blamed::confidence));
    }

    private static Suggestion suggestion(Blame.Blamed blamed) {
        Repair repair = blamed.repair();
        double confidence = Math.round(blamed.confidence() * 100) / 100.0;
        return new Suggestion(repair.cell().term().ref(), ValueStyle.write(repair), repair.cause().label(), confidence);
    }
}
