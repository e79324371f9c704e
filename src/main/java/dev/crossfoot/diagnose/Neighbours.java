package dev.crossfoot.diagnose;

import dev.crossfoot.check.Term;
import dev.crossfoot.model.Amount;
import dev.crossfoot.model.StatementRow;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The values next to a cell, in display units: the same row in the adjacent columns, and the
 * nearest rows above and below that report a number in the same column. A value read from the
 * wrong column or row equals one of these.
 */
record Neighbours(List<BigDecimal> columns, List<BigDecimal> rows) {

    static final Neighbours NONE = new Neighbours(List.of(), List.of());

    static Neighbours of(Term term) {
        List<BigDecimal> columns = new ArrayList<>();
        StatementRow row = term.row();
        if (term.column() > 0) {
            addValue(columns, row.amount(term.column() - 1));
        }
        addValue(columns, row.amount(term.column() + 1));
        List<BigDecimal> rows = new ArrayList<>();
        List<StatementRow> all = term.table().rows();
        for (int step : new int[] {-1, 1}) {
            for (int r = row.index() + step; r >= 0 && r < all.size(); r += step) {
                Amount amount = all.get(r).amount(term.column());
                if (amount != null) {
                    addValue(rows, amount);
                    break;
                }
            }
        }
        return new Neighbours(columns, rows);
    }

    private static void addValue(List<BigDecimal> values, Amount amount) {
        if (amount != null) {
            values.add(amount.value());
        }
    }

    boolean columnHas(BigDecimal value) {
        return columns.stream().anyMatch(v -> v.compareTo(value) == 0);
    }

    boolean rowHas(BigDecimal value) {
        return rows.stream().anyMatch(v -> v.compareTo(value) == 0);
    }
}
