package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Suggestion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Lines whose values were written into each other's columns: the same check fails in two
 * columns of a table, and exchanging the two columns' values of its lines (or of its reported
 * cell alone) makes both hold. One cell at a time cannot explain that, since every changed line
 * is off by a different amount; the exchange explains it whole.
 */
final class ColumnSwaps {

    private static final double CONFIDENCE = 0.9;

    /** The suggestion for each failed check that a column swap explains. */
    Map<EvaluatedCheck, Suggestion> explain(List<EvaluatedCheck> checks) {
        List<EvaluatedCheck> failed = checks.stream()
                .filter(check -> check.status() == CheckStatus.FAILED && check.reported() != null).toList();
        Map<EvaluatedCheck, Suggestion> explained = new LinkedHashMap<>();
        for (int i = 0; i < failed.size(); i++) {
            for (int j = i + 1; j < failed.size(); j++) {
                EvaluatedCheck a = failed.get(i);
                EvaluatedCheck b = failed.get(j);
                if (explained.containsKey(a) || explained.containsKey(b) || !sameCheckOtherColumn(a, b)) {
                    continue;
                }
                List<Term> swapped = swappedLines(a, b);
                if (!swapped.isEmpty()) {
                    explained.put(a, suggestion(swapped.get(0), b.column(), a, b));
                    explained.put(b, suggestion(partner(swapped.get(0), b), a.column(), a, b));
                    explainOthers(failed, swapped, a, b, explained);
                }
            }
        }
        return explained;
    }

    /** Other failing checks that use the exchanged cells and hold once they are put back (a tie to another statement). */
    private static void explainOthers(List<EvaluatedCheck> failed, List<Term> swapped, EvaluatedCheck a, EvaluatedCheck b,
                                      Map<EvaluatedCheck, Suggestion> explained) {
        Map<CellKey, Interval> exchange = exchange(swapped, b);
        for (EvaluatedCheck other : failed) {
            if (explained.containsKey(other) || !other.holdsWith(exchange)) {
                continue;
            }
            for (Term term : other.terms()) {
                for (Term line : swapped) {
                    Term partner = partner(line, b);
                    if (term.key().equals(line.key())) {
                        explained.put(other, suggestion(line, b.column(), a, b));
                    } else if (term.key().equals(partner.key())) {
                        explained.put(other, suggestion(partner, a.column(), a, b));
                    }
                }
            }
        }
    }

    private static boolean sameCheckOtherColumn(EvaluatedCheck a, EvaluatedCheck b) {
        return a.rule() == b.rule() && a.table() == b.table() && a.column() != b.column()
                && a.reported().row() == b.reported().row() && a.terms().size() == b.terms().size();
    }

    /** The lines whose exchange makes both checks hold: the items, or else the reported cells; none if neither. */
    private static List<Term> swappedLines(EvaluatedCheck a, EvaluatedCheck b) {
        List<Term> termsA = a.terms();
        List<Term> termsB = b.terms();
        for (int k = 0; k < termsA.size(); k++) {
            if (termsA.get(k).row() != termsB.get(k).row() || !termsA.get(k).readable() || !termsB.get(k).readable()) {
                return List.of();
            }
        }
        List<Term> items = termsA.subList(1, termsA.size()).stream()
                .filter(term -> !Objects.equals(term.amount().value(), partner(term, b).amount().value())).toList();
        if (!items.isEmpty() && bothHold(a, b, items)) {
            return items;
        }
        List<Term> reported = List.of(termsA.get(0));
        return bothHold(a, b, reported) ? reported : List.of();
    }

    private static boolean bothHold(EvaluatedCheck a, EvaluatedCheck b, List<Term> lines) {
        Map<CellKey, Interval> exchange = exchange(lines, b);
        return a.holdsWith(exchange) && b.holdsWith(exchange);
    }

    /** Each line's cell given the value of the same line in the other column, and back. */
    private static Map<CellKey, Interval> exchange(List<Term> lines, EvaluatedCheck other) {
        Map<CellKey, Interval> exchange = new HashMap<>();
        for (Term term : lines) {
            Term partner = partner(term, other);
            exchange.put(term.key(), partner.amount().interval());
            exchange.put(partner.key(), term.amount().interval());
        }
        return exchange;
    }

    /** The same line's cell in the other check's column. */
    private static Term partner(Term term, EvaluatedCheck other) {
        for (Term candidate : other.terms()) {
            if (candidate.row() == term.row()) {
                return candidate;
            }
        }
        throw new IllegalStateException("line '" + term.row().label() + "' is not in the other column's check");
    }

    private static Suggestion suggestion(Term cell, int fromColumn, EvaluatedCheck a, EvaluatedCheck b) {
        String value = cell.row().cell(fromColumn).text().strip().replaceFirst("^\\$\\s*", "");
        List<String> columns = new ArrayList<>(List.of(a.columnHeader(), b.columnHeader()));
        return new Suggestion(cell.ref(), value, Cause.COLUMNS_SWAPPED.label() + " (" + String.join(" ↔ ", columns) + ")",
                CONFIDENCE);
    }
}
