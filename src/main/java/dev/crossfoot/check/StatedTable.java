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

    /** {@code before}: the table kept before at the same place (or null), whose values equal to this one's are taken. */
    @SuppressWarnings("unchecked")
    private StatedTable(StatementTable table, UnaryOperator<Object> shared, StatedTable before) {
        this.id = table.id();
        this.kind = table.kind();
        this.title = (String) SharedValues.like(before == null ? null : before.title, table.table().title(), shared);
        this.unit = (String) SharedValues.like(before == null ? null : before.unit, table.table().unit(), shared);
        this.columns = new String[table.width()];
        for (int c = 0; c < columns.length; c++) {
            columns[c] = (String) SharedValues.like(before == null || c >= before.columns.length ? null : before.columns[c],
                    table.table().column(c), shared);
        }
        this.periods = (List<Period>) SharedValues.like(before == null ? null : before.periods, table.periods(), shared);
        List<StatedRow> stating = new ArrayList<>();
        for (var row : table.rows()) {
            int at = stating.size();
            StatedRow stated = StatedRow.of(row, shared, before == null || at >= before.rows.size() ? null : before.rows.get(at));
            if (stated != null) {
                stating.add(stated);
            }
        }
        this.rows = List.copyOf(stating);
    }

    /** The tables as a claim reads them, each repeated value (a label, a header, a cell's text) taken from {@code shared}. */
    static List<StatedTable> of(List<StatementTable> tables, UnaryOperator<Object> shared) {
        return of(tables, shared, List.of());
    }

    /**
     * As {@link #of(List, UnaryOperator)}, a value equal to the one the table kept before at the same place in
     * {@code before} (another document's tables, by position: table, line among those stating an amount, column) taken
     * from there: {@code before}'s values are {@code shared}'s.
     */
    static List<StatedTable> of(List<StatementTable> tables, UnaryOperator<Object> shared, List<StatedTable> before) {
        return of(tables, shared, t -> null, before);
    }

    /**
     * As {@link #of(List, UnaryOperator, List)}, the values of {@code named.apply(t)} taken where it gives a table (the
     * one the company's filings kept last under the name of the {@code t}-th table), before those of {@code before}'s
     * table at the same position: a company's statement repeats its own last statement's labels, texts and places line
     * for line wherever it stands among the document's tables, where the table at the same position of the document kept
     * just before (another statement, or another company's) may share little more than its JSON pointers. Which table
     * values are taken from changes no value kept, only how often one is looked up among all those {@code shared} keeps.
     */
    static List<StatedTable> of(List<StatementTable> tables, UnaryOperator<Object> shared, java.util.function.IntFunction<StatedTable> named,
                                List<StatedTable> before) {
        List<StatedTable> stated = new ArrayList<>(tables.size());
        for (int t = 0; t < tables.size(); t++) {
            StatedTable same = named.apply(t);
            stated.add(new StatedTable(tables.get(t), shared, same != null ? same : t < before.size() ? before.get(t) : null));
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
