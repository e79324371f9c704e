package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.CheckStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every check of a document that is bound to cells, found by the cells it uses: the evidence for
 * and against each cell. Failing checks that share a cell form one group, since one wrong cell
 * fails every check it takes part in.
 */
final class CheckIndex {

    private final Map<CellKey, List<EvaluatedCheck>> byCell = new LinkedHashMap<>();
    private final Map<CellKey, Term> terms = new HashMap<>();
    private final List<EvaluatedCheck> failing = new ArrayList<>();
    private final Map<CellKey, List<EvaluatedCheck>> sorted = new HashMap<>();

    CheckIndex(List<EvaluatedCheck> checks) {
        // A check is listed once per cell, also when an equal check came before it. Only then
        // must a cell's list be searched (a record's equality compares every component); a check
        // that uses a cell twice finds itself last in that cell's list.
        java.util.Set<EvaluatedCheck> seen = new java.util.HashSet<>();
        for (EvaluatedCheck check : checks) {
            if (check.reported() == null || check.expected() == null) {
                continue;
            }
            boolean equalBefore = !seen.add(check);
            for (Term term : check.terms()) {
                List<EvaluatedCheck> using = byCell.computeIfAbsent(term.key(), key -> new ArrayList<>());
                boolean listed = !using.isEmpty() && using.get(using.size() - 1) == check
                        || equalBefore && using.contains(check);
                if (!listed) {
                    using.add(check);
                }
                terms.putIfAbsent(term.key(), term);
            }
            if (check.status() == CheckStatus.FAILED) {
                failing.add(check);
            }
        }
    }

    /**
     * The checks using a cell, failing ones first: a candidate value is usually ruled out by them.
     * Sorted once per cell: blame asks again for every suspect at each step of its search.
     */
    List<EvaluatedCheck> checksOf(CellKey cell) {
        return sorted.computeIfAbsent(cell, key -> {
            List<EvaluatedCheck> using = new ArrayList<>(byCell.getOrDefault(key, List.of()));
            using.sort((a, b) -> Boolean.compare(b.status() == CheckStatus.FAILED, a.status() == CheckStatus.FAILED));
            return java.util.Collections.unmodifiableList(using);
        });
    }

    Term term(CellKey cell) {
        return terms.get(cell);
    }

    /** The failing checks, grouped by shared cells. */
    List<List<EvaluatedCheck>> failingGroups() {
        Map<EvaluatedCheck, Integer> group = new HashMap<>();
        List<List<EvaluatedCheck>> groups = new ArrayList<>();
        for (EvaluatedCheck check : failing) {
            if (group.containsKey(check)) {
                continue;
            }
            List<EvaluatedCheck> members = new ArrayList<>();
            List<EvaluatedCheck> frontier = new ArrayList<>(List.of(check));
            group.put(check, groups.size());
            while (!frontier.isEmpty()) {
                EvaluatedCheck next = frontier.remove(frontier.size() - 1);
                members.add(next);
                for (Term term : next.terms()) {
                    for (EvaluatedCheck neighbour : byCell.get(term.key())) {
                        if (neighbour.status() == CheckStatus.FAILED && !group.containsKey(neighbour)) {
                            group.put(neighbour, groups.size());
                            frontier.add(neighbour);
                        }
                    }
                }
            }
            groups.add(members);
        }
        return groups;
    }

    /** The cells a bound check that could not be evaluated lacks because their text is no number. */
    List<Term> unreadableCells() {
        return terms.values().stream().filter(term -> !term.readable()).toList();
    }
}
