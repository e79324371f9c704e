package dev.crossfoot.model;

import java.util.List;
import java.util.Objects;

/**
 * A table as read. {@code unit} is the caption that scales its amounts ("in thousands, except per
 * share amounts"); {@code statement} is an optional hint naming its kind.
 * <p>
 * Immutable and compared by value, as a record would be; a class so that its {@link #width()},
 * which every rule and column asks, is worked out once instead of walking the rows at each call.
 */
public final class Table {

    private final String id;
    private final String title;
    private final String unit;
    private final String statement;
    private final List<String> columns;
    private final List<Row> rows;
    private final Location location;
    private final int width;

    public Table(String id, String title, String unit, String statement,
                 List<String> columns, List<Row> rows, Location location) {
        this.id = id;
        this.title = title == null ? "" : title;
        this.unit = unit == null ? "" : unit;
        this.statement = statement;
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.location = location;
        int widest = this.columns.size();
        for (Row row : this.rows) {
            widest = Math.max(widest, row.cells().size());
        }
        this.width = widest;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public String statement() {
        return statement;
    }

    public List<String> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public Location location() {
        return location;
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
        return width;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof Table table && Objects.equals(id, table.id) && title.equals(table.title)
                && unit.equals(table.unit) && Objects.equals(statement, table.statement) && columns.equals(table.columns)
                && rows.equals(table.rows) && Objects.equals(location, table.location);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, title, unit, statement, columns, rows, location);
    }

    @Override
    public String toString() {
        return "Table[id=" + id + ", title=" + title + ", unit=" + unit + ", statement=" + statement + ", columns=" + columns
                + ", rows=" + rows + ", location=" + location + "]";
    }
}
