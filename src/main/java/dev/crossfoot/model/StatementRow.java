package dev.crossfoot.model;

import java.util.List;

/**
 * A row understood: its place in the hierarchy, the concept it reports (or null), what it
 * measures, and each cell's parsed value and amount (amount null where the cell is not a number).
 */
public record StatementRow(Row row, int index, int depth, RowRole role, List<String> sectionPath,
                           String concept, Measure measure, List<CellValue> values, List<Amount> amounts) {
    public StatementRow {
        sectionPath = List.copyOf(sectionPath);
        values = List.copyOf(values);
        amounts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(amounts));
    }

    public String label() {
        return row.label();
    }

    public Amount amount(int column) {
        return column < amounts.size() ? amounts.get(column) : null;
    }

    public CellValue value(int column) {
        return column < values.size() ? values.get(column) : new CellValue.Absent();
    }

    public Cell cell(int column) {
        return row.cell(column);
    }
}
