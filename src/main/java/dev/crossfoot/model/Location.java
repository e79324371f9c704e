package dev.crossfoot.model;

/**
 * Where a cell, row or table came from, so that every finding can point back into the input.
 *
 * <p>{@code line} is 1-based and 0 when unknown; {@code fragment} is a JSON Pointer for JSON
 * input ({@code /tables/3/rows/13/cells/1}) or {@code table-N/row-R/col-C} for HTML, or null.
 */
public record Location(String file, int line, String fragment) {

    public static Location ofLine(String file, int line) {
        return new Location(file, line, null);
    }

    public static Location ofFragment(String file, String fragment) {
        return new Location(file, 0, fragment);
    }

    public Location withFragment(String newFragment) {
        return new Location(file, line, newFragment);
    }

    /** The form used in every report: {@code file:line}, {@code file#pointer} or {@code file:line#pointer}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(file == null ? "" : file);
        if (line > 0) {
            text.append(':').append(line);
        }
        if (fragment != null) {
            text.append('#').append(fragment);
        }
        return text.toString();
    }
}
