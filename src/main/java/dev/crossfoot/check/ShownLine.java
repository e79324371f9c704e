package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;

/**
 * A line a reading of an identity adds to it beyond the rows the identity names: a line shown
 * between those rows (whether it follows a line the identity subtracts, and whether that line is
 * shown negative), or, with {@code takenBack}, a line the identity names as optional that the
 * reading leaves out again (its place in a table whose order is lost may be past the total).
 */
record ShownLine(StatementRow row, boolean deducted, boolean followsNegative, boolean takenBack) {

    static ShownLine added(StatementRow row, boolean deducted, boolean followsNegative) {
        return new ShownLine(row, deducted, followsNegative, false);
    }

    static ShownLine takenBack(StatementRow row) {
        return new ShownLine(row, false, false, true);
    }
}
