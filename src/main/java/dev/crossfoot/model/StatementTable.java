package dev.crossfoot.model;

import java.util.List;

/** A table understood: its statement kind, each column's period, and its rows. */
public record StatementTable(Document document, Table table, int tableIndex, StatementKind kind,
                             List<Period> periods, List<StatementRow> rows) {
    public StatementTable {
        periods = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(periods));
        rows = List.copyOf(rows);
    }

    /**
     * Hashed by what names the table, not by its content: the derived hash walked the whole
     * document (every table, row and cell) each time a check using this table was put in a map.
     * Consistent with the derived {@code equals}: equal tables name the same table.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(document.id(), tableIndex, table.id(), kind);
    }

    public int width() {
        return table.width();
    }

    public String id() {
        return table.id();
    }

    public Period period(int column) {
        return column < periods.size() ? periods.get(column) : null;
    }
}
