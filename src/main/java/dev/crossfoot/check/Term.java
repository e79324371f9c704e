package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

/**
 * A reported cell used by a check, with the sign the table's convention gives it
 * ({@code orientation} −1 where, say, a tax provision is shown in parentheses).
 */
public record Term(StatementTable table, StatementRow row, int column, Amount amount, int orientation) {

    public CellKey key() {
        return new CellKey(table.tableIndex(), row.index(), column);
    }

    /** The absolute interval the cell stands for, signed by the table's convention. */
    public Interval interval() {
        Interval interval = amount.interval();
        return orientation < 0 ? interval.negate() : interval;
    }

    public CellRef ref() {
        return new CellRef(table.id(), row.label(), table.table().column(column), row.cell(column).text(),
                row.cell(column).location());
    }
}
