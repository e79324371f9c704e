package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

/**
 * A reported cell used by a check, with the sign the table's convention gives it
 * ({@code orientation} −1 where, say, a tax provision is shown in parentheses).
 * {@code amount} is null for a cell whose text is not a readable number: such a term keeps its
 * place in the identity so that diagnosis can solve for the value the cell should have held.
 */
public record Term(StatementTable table, StatementRow row, int column, Amount amount, int orientation) {

    /** Hashed by table, line and column, not by the whole line's cells; consistent with the derived {@code equals}. */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(table, row.index(), column, orientation);
    }


    /**
     * The term for a cell: a number (or dash) as its amount, malformed text or a figure the input
     * does not give as an unreadable term, and null for a cell that reports nothing (blank, N/A). A percentage in a line of
     * money or shares usually stands in a column of ratios ("% of Revenues", "% Increase
     * (Decrease)"): it is not an amount of the line, so it takes part in no identity of the line.
     * In a column of amounts it is a value out of place, unreadable like malformed text.
     */
    static Term at(StatementTable table, StatementRow row, int column, int orientation) {
        if (row.value(column) instanceof CellValue.Malformed || row.value(column) instanceof CellValue.NotGiven
                || RatioColumns.misplacedPercentage(table, row, column)) {
            return new Term(table, row, column, null, orientation);
        }
        if (row.value(column) instanceof CellValue.Number number && number.percent()
                && row.measure() != dev.crossfoot.model.Measure.PERCENT) {
            return null;
        }
        Amount amount = row.amount(column);
        return amount == null ? null : new Term(table, row, column, amount, orientation);
    }

    public boolean readable() {
        return amount != null;
    }

    public CellKey key() {
        return new CellKey(table.tableIndex(), row.index(), column);
    }

    /** The absolute interval the cell stands for, signed by the table's convention. */
    public Interval interval() {
        if (amount == null) {
            throw new IllegalStateException("'" + row.cell(column).text() + "' is not a readable number");
        }
        TimeBudget.tick();
        Interval interval = amount.interval();
        return orientation < 0 ? interval.negate() : interval;
    }

    public CellRef ref() {
        return new CellRef(table.id(), row.label(), table.table().column(column), row.cell(column).text(),
                row.cell(column).location());
    }
}
