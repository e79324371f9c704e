package dev.crossfoot.check;

import dev.crossfoot.model.Measure;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.ArrayList;
import java.util.List;

/**
 * Structural footing: a section's items add up to the row that totals them. Needs no concepts,
 * so it runs on every table in any language. Which rows a total adds up:
 * <ul>
 *   <li>walking back from the total at its own level, every item; a headed subsection counts
 *       once, as its own total; a previous total at the same level is a running total that
 *       already holds everything before it, so the walk stops there;</li>
 *   <li>a row that directly follows deeper rows that no header owns is their subtotal
 *       ("Cost of revenue" after its product and service lines).</li>
 * </ul>
 * Percentages and per-share amounts are never footed: they do not add.
 */
final class SectionFooting {

    private final Rule rule;

    SectionFooting(Rule rule) {
        this.rule = rule;
    }

    List<EvaluatedCheck> check(StatementTable table) {
        List<EvaluatedCheck> checks = new ArrayList<>();
        List<StatementRow> rows = table.rows();
        for (int t = 0; t < rows.size(); t++) {
            StatementRow total = rows.get(t);
            if (!additive(total) || total.role() == RowRole.HEADER) {
                continue;
            }
            List<StatementRow> addends = closesDeeperRun(rows, t) ? deeperRun(rows, t)
                    : total.role() == RowRole.TOTAL ? walkBack(rows, t) : List.of();
            if (addends.isEmpty() || addends.stream().anyMatch(row -> !additive(row))) {
                continue;
            }
            for (int c = 0; c < table.width(); c++) {
                EvaluatedCheck check = footColumn(table, total, addends, c);
                if (check != null) {
                    checks.add(check);
                }
            }
        }
        return checks;
    }

    private EvaluatedCheck footColumn(StatementTable table, StatementRow total, List<StatementRow> addends, int column) {
        Term reported = Term.at(table, total, column, 1);
        if (reported == null) {
            return null;
        }
        List<Term> terms = new ArrayList<>();
        for (StatementRow addend : addends) {
            Term term = Term.at(table, addend, column, 1);
            if (term != null) {
                terms.add(term);
            }
        }
        if (terms.isEmpty()) {
            return null;
        }
        return EvaluatedCheck.of(rule, table, column, reported, BoundExpr.sum(terms));
    }

    private static boolean additive(StatementRow row) {
        return row.measure() == Measure.MONEY || row.measure() == Measure.SHARES || row.measure() == Measure.PURE;
    }

    /** Whether the rows just above are deeper and belong to no header at this row's level. */
    private static boolean closesDeeperRun(List<StatementRow> rows, int t) {
        int level = rows.get(t).depth();
        if (t == 0 || rows.get(t - 1).depth() <= level) {
            return false;
        }
        for (int i = t - 1; i >= 0; i--) {
            StatementRow row = rows.get(i);
            if (row.depth() <= level) {
                return !(row.role() == RowRole.HEADER && row.depth() == level);
            }
        }
        return true;
    }

    private static List<StatementRow> deeperRun(List<StatementRow> rows, int t) {
        int level = rows.get(t - 1).depth();
        List<StatementRow> run = new ArrayList<>();
        for (int i = t - 1; i >= 0 && rows.get(i).depth() > rows.get(t).depth(); i--) {
            if (rows.get(i).depth() == level && rows.get(i).role() != RowRole.HEADER) {
                run.add(0, rows.get(i));
            }
        }
        return run;
    }

    private static List<StatementRow> walkBack(List<StatementRow> rows, int t) {
        int level = rows.get(t).depth();
        List<StatementRow> addends = new ArrayList<>();
        for (int i = t - 1; i >= 0; i--) {
            StatementRow row = rows.get(i);
            if (row.depth() > level) {
                continue;
            }
            if (row.depth() < level) {
                break;
            }
            if (row.role() == RowRole.HEADER) {
                addends.addAll(0, Sections.valueOf(rows, i));
            } else {
                addends.add(0, row);
                if (row.role() == RowRole.TOTAL) {
                    break;
                }
            }
        }
        return addends;
    }
}
