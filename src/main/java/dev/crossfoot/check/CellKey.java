package dev.crossfoot.check;

/**
 * Identifies one cell of a document: which table, row and column.
 * <p>
 * Diagnosis looks cells up in its maps of replaced values for every candidate repair of every
 * check, and the record's generated equality (read field by field through method handles) was a
 * twentieth of checking an SEC quarter: written out here, with the generated hash's very values,
 * so that no map iterates in another order.
 */
public record CellKey(int table, int row, int column) {

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof CellKey key && table == key.table && row == key.row && column == key.column;
    }

    @Override
    public int hashCode() {
        return (table * 31 + row) * 31 + column;
    }
}
