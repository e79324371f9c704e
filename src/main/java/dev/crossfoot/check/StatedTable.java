package dev.crossfoot.check;

import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A table as a claim in words is tied to it ({@link ClaimTies}): its name, kind, title, unit, the
 * header and period of each column, and its lines that state an amount ({@link StatedRow}). It is
 * what a run keeps of another document's tables for the claims of its company
 * ({@link CrossDocumentClaims}): not the table as read, its rows without amounts, its cells'
 * readings or the document, which a run of thousands of filings of a few companies could not keep.
 * Compared by identity, as a table of one document is one table.
 */
final class StatedTable {

    private final String id;
    private final StatementKind kind;
    private final String title;
    private final String unit;
    /** Each column's header as {@code Table.column} names it ("column 3" where the extraction left none). */
    private final String[] columns;
    private final List<Period> periods;
    private final List<StatedRow> rows;

    @SuppressWarnings("unchecked")
    private StatedTable(StatementTable table, UnaryOperator<Object> shared) {
        this.id = table.id();
        this.kind = table.kind();
        this.title = (String) shared.apply(table.table().title());
        this.unit = (String) shared.apply(table.table().unit());
        this.columns = new String[table.width()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = (String) shared.apply(table.table().column(c));
        }
        this.periods = (List<Period>) shared.apply(table.periods());
        List<StatedRow> stating = new ArrayList<>();
        for (var row : table.rows()) {
            StatedRow stated = StatedRow.of(row, shared);
            if (stated != null) {
                stating.add(stated);
            }
        }
        this.rows = List.copyOf(stating);
    }

    /** The tables as a claim reads them, each repeated value (a label, a header, a cell's text) taken from {@code shared}. */
    static List<StatedTable> of(List<StatementTable> tables, UnaryOperator<Object> shared) {
        List<StatedTable> stated = new ArrayList<>(tables.size());
        for (StatementTable table : tables) {
            stated.add(new StatedTable(table, shared));
        }
        return stated;
    }

    String id() {
        return id;
    }

    StatementKind kind() {
        return kind;
    }

    String title() {
        return title;
    }

    String unit() {
        return unit;
    }

    int width() {
        return columns.length;
    }

    /** The column's header; "column N" past the table's width, as {@code Table.column} says. */
    String column(int column) {
        return column < columns.length ? columns[column] : "column " + (column + 1);
    }

    List<Period> periods() {
        return periods;
    }

    Period period(int column) {
        return column < periods.size() ? periods.get(column) : null;
    }

    /** The lines that state an amount in some column, in the table's order. */
    List<StatedRow> rows() {
        return rows;
    }

    /** How many of its cells state an amount: what {@link CrossDocumentClaims} bounds a run by. */
    int cells() {
        int cells = 0;
        for (StatedRow row : rows) {
            cells += row.cells();
        }
        return cells;
    }
}
