package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Labels;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Quarters add up to the year to date: where a document shows a duration of 6, 9 or 12 months
 * and every quarter inside it (in the same table or another of the same statement kind), each
 * money line of the longer period equals the sum of its quarters. Lines are matched by concept,
 * or by label and section where no concept is known. Per-share amounts and ratios do not add.
 */
final class PeriodSums {

    private final Rule rule;

    PeriodSums(Rule rule) {
        this.rule = rule;
    }

    List<EvaluatedCheck> check(StatementTable table, DocumentTables document) {
        List<EvaluatedCheck> checks = new ArrayList<>();
        for (int c = 0, width = table.width(); c < width; c++) {
            Period period = table.period(c);
            if (period == null || period.instant() || period.end() == null || period.months() <= 3 || period.months() % 3 != 0) {
                continue;
            }
            List<Quarter> quarters = quartersOf(period, table, document);
            if (quarters == null) {
                continue;
            }
            for (StatementRow row : table.rows()) {
                EvaluatedCheck check = sumOfQuarters(table, row, c, quarters);
                if (check != null) {
                    checks.add(check);
                }
            }
        }
        return checks;
    }

    private EvaluatedCheck sumOfQuarters(StatementTable table, StatementRow row, int column, List<Quarter> quarters) {
        Amount total = row.amount(column);
        // Share counts are weighted averages: a year's average is not the sum of its quarters.
        if (total == null || row.measure() != Measure.MONEY) {
            return null;
        }
        List<Term> terms = new ArrayList<>();
        for (Quarter quarter : quarters) {
            StatementRow same = quarter.table() == table ? row : sameLine(quarter.table(), table, row);
            Amount amount = same == null ? null : same.amount(quarter.column());
            if (amount == null) {
                return null;
            }
            terms.add(new Term(quarter.table(), same, quarter.column(), amount, 1));
        }
        return EvaluatedCheck.of(rule, table, column, new Term(table, row, column, total, 1), BoundExpr.sum(terms));
    }

    /** Every quarter inside the period, latest first, or null when one is missing. */
    private static List<Quarter> quartersOf(Period period, StatementTable table, DocumentTables document) {
        List<Quarter> quarters = new ArrayList<>();
        LocalDate end = period.end();
        for (int q = 0; q < period.months() / 3; q++) {
            Quarter found = quarterEnding(end, period.variant(), table, document);
            if (found == null) {
                return null;
            }
            quarters.add(found);
            end = end.minusMonths(3);
            if (period.end().getDayOfMonth() == period.end().lengthOfMonth()) {
                end = end.withDayOfMonth(end.lengthOfMonth());
            }
        }
        return quarters;
    }

    private static Quarter quarterEnding(LocalDate end, String variant, StatementTable table, DocumentTables document) {
        for (StatementTable candidate : document.tables()) {
            if (candidate.kind() != table.kind()) {
                continue;
            }
            for (int c = 0; c < candidate.width(); c++) {
                Period period = candidate.period(c);
                if (period != null && !period.instant() && period.months() == 3 && end.equals(period.end())
                        && Objects.equals(variant, period.variant())) {
                    return new Quarter(candidate, c);
                }
            }
        }
        return null;
    }

    /**
     * The same line in another table: by concept when known, else by label within its section. Where
     * several lines of a table match ("Distribution and servicing" among the revenue and again among
     * the expenses; "Other" in both), the line is the one in the same place among them.
     */
    private static StatementRow sameLine(StatementTable table, StatementTable own, StatementRow row) {
        int place = 0;
        for (StatementRow mine : own.rows()) {
            if (mine == row) {
                break;
            }
            place += same(row, mine) ? 1 : 0;
        }
        for (StatementRow other : table.rows()) {
            if (same(row, other) && place-- == 0) {
                return other;
            }
        }
        return null;
    }

    private static boolean same(StatementRow row, StatementRow other) {
        boolean same = row.concept() != null
                ? row.concept().equals(other.concept())
                : row.normalLabel().equals(other.normalLabel())
                        && row.sectionPath().stream().map(Labels::normalise).toList()
                                .equals(other.sectionPath().stream().map(Labels::normalise).toList());
        return same && other.measure() == row.measure();
    }

    private record Quarter(StatementTable table, int column) { }
}
