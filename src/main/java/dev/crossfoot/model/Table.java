package dev.crossfoot.model;

import java.util.List;

/**
 * A table as read. {@code unit} is the caption that scales its amounts ("in thousands, except per
 * share amounts"); {@code statement} is an optional hint naming its kind.
 */
public record Table(String id, String title, String unit, String statement,
                    List<String> columns, List<Row> rows, Location location) {
    public Table {
        title = title == null ? "" : title;
        unit = unit == null ? "" : unit;
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** The column's header; "column N" where the extraction left none, so every column has a name. */
    public String column(int index) {
        return index < columns.size() && !columns.get(index).isBlank() ? columns.get(index) : "column " + (index + 1);
    }

    /** The same table with no row's depth given: what its labels and numbers alone say. */
    public Table withoutDepths() {
        List<Row> plain = rows.stream().map(row -> row.depth() == null ? row
                : new Row(row.label(), null, row.concept(), row.cells(), row.location(), row.totalOf(), row.measure())).toList();
        return new Table(id, title, unit, statement, columns, plain, location);
    }

    /** The widest row decides how many columns the table really has. */
    public int width() {
        int width = columns.size();
        for (Row row : rows) {
            width = Math.max(width, row.cells().size());
        }
        return width;
    }
}
