package dev.crossfoot.model;

/**
 * Where a cell, row, table or sentence came from, so that every finding can point back into the input.
 *
 * <p>{@code line} is 1-based and 0 when unknown; {@code column} is 1-based and 0 when unknown (a
 * sentence of a text file has one: {@code file.txt:LINE:COL}); {@code fragment} is a JSON Pointer
 * for JSON input ({@code /tables/3/rows/13/cells/1}) or {@code table-N/row-R/col-C} for HTML, or null.
 */
public record Location(String file, int line, int column, String fragment) {

    public Location(String file, int line, String fragment) {
        this(file, line, 0, fragment);
    }

    public static Location ofLine(String file, int line) {
        return new Location(file, line, null);
    }

    public static Location ofFragment(String file, String fragment) {
        return new Location(file, 0, fragment);
    }

    public Location withFragment(String newFragment) {
        return new Location(file, line, column, newFragment);
    }

    public Location atColumn(int newColumn) {
        return new Location(file, line, newColumn, fragment);
    }

    /** The form used in every report: {@code file:line}, {@code file:line:column}, {@code file#pointer} or {@code file:line#pointer}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file == null ? "" : file);
        if (line > 0) {
            text.append(':').append(line);
            if (column > 0) {
                text.append(':').append(column);
            }
        }
        if (fragment != null) {
            text.append('#').append(fragment);
        }
        return text.toString();
    }
}
