package dev.crossfoot.check;

import dev.crossfoot.model.Table;

import java.util.Optional;

/**
 * How large a table crossfoot checks. A financial statement has tens of lines and a handful of
 * columns; a table far beyond these bounds is a dump of data, not a statement, and checking it
 * (hierarchy and footing compare lines with lines) would cost time that grows faster than its
 * size. Such a table is skipped with the bound it exceeds as the reason, and reported.
 */
public final class TableBounds {

    /** Lines of one table: a long schedule of investments has a few hundred. */
    public static final int MAX_ROWS = 2_000;
    /** Amount columns of one table: a five-year comparison by quarter has twenty. */
    public static final int MAX_COLUMNS = 200;
    /** Cells of one table, rows times columns. */
    public static final int MAX_CELLS = 50_000;

    private TableBounds() {
    }

    /** Why the table is too large to check, or empty when it is within every bound. */
    public static Optional<String> exceeded(Table table) {
        int rows = table.rows().size();
        int columns = table.width();
        if (rows > MAX_ROWS) {
            return Optional.of("too large to check: " + rows + " rows, more than the " + MAX_ROWS + " crossfoot checks in one table");
        }
        if (columns > MAX_COLUMNS) {
            return Optional.of("too large to check: " + columns + " columns, more than the " + MAX_COLUMNS
                    + " crossfoot checks in one table");
        }
        if ((long) rows * columns > MAX_CELLS) {
            return Optional.of("too large to check: " + rows + " rows of " + columns + " columns, more than the "
                    + MAX_CELLS + " cells crossfoot checks in one table");
        }
        return Optional.empty();
    }
}
