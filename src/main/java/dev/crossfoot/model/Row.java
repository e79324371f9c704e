package dev.crossfoot.model;

import java.util.List;

/**
 * A row as read: its label, the cells under each column, and the hints an extraction pipeline
 * may give. {@code depth} is null when the input did not say (the hierarchy is then inferred);
 * {@code concept} is an optional hint that overrides the concept dictionary.
 */
public record Row(String label, Integer depth, String concept, List<Cell> cells, Location location) {
    public Row {
        label = label == null ? "" : label;
        cells = List.copyOf(cells);
    }

    public boolean hasCells() {
        return !cells.isEmpty();
    }

    /** The cell under a column, or a blank one when the row is shorter than the header. */
    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : new Cell("", location);
    }
}
