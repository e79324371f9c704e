package dev.crossfoot.understand;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * Gives a flow column whose header lost its length ("September 30, 2011" where "Three months
 * ended" was dropped by the extraction) the length of the columns it shares numbers with: a
 * reconciliation's quarter repeats the quarter's figures of the supplemental schedule, not the
 * nine months'. Only a clear winner is taken (at least two distinct shared amounts, and more
 * than any other length); the table's other bare-date columns then take the same length.
 * Otherwise the length stays unknown and nothing is tied to the column.
 */
public final class PeriodAlignment {

    private static final BigDecimal TRIVIAL = new BigDecimal("100");

    public List<StatementTable> align(List<StatementTable> tables) {
        List<StatementTable> aligned = new ArrayList<>();
        for (StatementTable table : tables) {
            aligned.add(alignTable(table, tables));
        }
        return aligned;
    }

    private static StatementTable alignTable(StatementTable table, List<StatementTable> all) {
        List<Period> periods = new ArrayList<>(table.periods());
        boolean changed = false;
        for (int c = 0; c < periods.size(); c++) {
            Period period = periods.get(c);
            if (period == null || period.lengthKnown() || period.end() == null) {
                continue;
            }
            int months = sharedLength(table, c, period, all);
            if (months > 0) {
                periods.set(c, new Period(false, period.end(), months, period.variant()));
                changed = true;
            }
        }
        if (!changed) {
            return table;
        }
        sameLengthForTheRest(table.periods(), periods);
        return new StatementTable(table.document(), table.table(), table.tableIndex(), table.kind(), periods,
                table.rows());
    }

    /**
     * Columns of one table headed alike (bare dates, all of them) report periods of one length:
     * when the columns that share numbers elsewhere agree on it, the others take it too.
     */
    private static void sameLengthForTheRest(List<Period> before, List<Period> after) {
        Set<Integer> found = new HashSet<>();
        for (int c = 0; c < after.size(); c++) {
            if (before.get(c) != null && !before.get(c).lengthKnown() && after.get(c).lengthKnown()) {
                found.add(after.get(c).months());
            }
        }
        if (found.size() != 1) {
            return;
        }
        int months = found.iterator().next();
        for (int c = 0; c < after.size(); c++) {
            Period period = after.get(c);
            if (period != null && !period.lengthKnown() && period.end() != null) {
                after.set(c, new Period(false, period.end(), months, period.variant()));
            }
        }
    }

    /** The length whose columns ending on the same date share the most distinct amounts with this one; 0 if none wins. */
    private static int sharedLength(StatementTable table, int column, Period period, List<StatementTable> all) {
        Set<BigDecimal> mine = amounts(table, column);
        TreeMap<Integer, Set<BigDecimal>> shared = new TreeMap<>();
        for (StatementTable other : all) {
            if (other == table) {
                continue;
            }
            for (int c = 0; c < other.width(); c++) {
                Period candidate = other.period(c);
                if (candidate != null && !candidate.instant() && candidate.months() > 0 && period.end().equals(candidate.end())) {
                    Set<BigDecimal> common = new HashSet<>(amounts(other, c));
                    common.retainAll(mine);
                    shared.computeIfAbsent(candidate.months(), months -> new HashSet<>()).addAll(common);
                }
            }
        }
        int best = 0;
        int bestCount = 1;
        boolean tie = false;
        for (var entry : shared.entrySet()) {
            int count = entry.getValue().size();
            if (count > bestCount) {
                best = entry.getKey();
                bestCount = count;
                tie = false;
            } else if (count == bestCount && best != 0) {
                tie = true;
            }
        }
        return tie ? 0 : best;
    }

    /** The column's amounts large enough not to coincide by chance, by absolute value. */
    private static Set<BigDecimal> amounts(StatementTable table, int column) {
        Set<BigDecimal> values = new HashSet<>();
        for (StatementRow row : table.rows()) {
            Amount amount = row.amount(column);
            if (amount != null && amount.value().abs().compareTo(TRIVIAL) >= 0) {
                values.add(amount.absolute().abs().stripTrailingZeros());
            }
        }
        return values;
    }
}
