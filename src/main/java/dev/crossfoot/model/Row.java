package dev.crossfoot.model;

import java.util.List;

/**
 * A row as read: its label, the cells under each column, and the hints an extraction pipeline
 * may give. {@code depth} is the row's visual indentation, null when the input did not say (one
 * cue for the structure, not the structure); {@code concept} is an optional hint: a concept, taken
 * over the concept dictionary, or an XBRL element ({@code us-gaap:Assets}), which names the concept
 * where the label no longer can (its heading lost); {@code totalOf} (null when not given) is explicit structure: the rows
 * this total adds, each with its weight, taken as given and checked. {@code measure} (null when not
 * given) is what the row measures when the input knows it (a data set's unit of each value: USD,
 * shares, USD/shares), taken as given instead of read from the label.
 */
public record Row(String label, Integer depth, String concept, List<Cell> cells, Location location,
                  List<TotalPart> totalOf, Measure measure) {
    public Row {
        label = label == null ? "" : label;
        cells = List.copyOf(cells);
        totalOf = totalOf == null ? null : List.copyOf(totalOf);
    }

    public Row(String label, Integer depth, String concept, List<Cell> cells, Location location) {
        this(label, depth, concept, cells, location, null, null);
    }

    public Row(String label, Integer depth, String concept, List<Cell> cells, Location location,
               List<TotalPart> totalOf) {
        this(label, depth, concept, cells, location, totalOf, null);
    }

    public boolean hasCells() {
        return !cells.isEmpty();
    }

    /** The cell under a column, or a blank one when the row is shorter than the header. */
    public Cell cell(int column) {
        return column < cells.size() ? cells.get(column) : new Cell("", location);
    }
}
