package dev.crossfoot.model;

import java.util.List;

/**
 * One discrepancy, as every report prints it. {@code expected}, {@code actual} and
 * {@code difference} are decimal strings in the reported cell's display unit; {@code allowed}
 * is the rounding (plus any rule tolerance) that the difference exceeded. {@code cells} lists
 * every cell the check used, the reported one first.
 */
public record Finding(String rule, Severity severity, String message, String document, String file,
                      String table, String column, List<CellRef> cells, String identity,
                      String expected, String actual, String difference, String allowed,
                      Suggestion suggestion) {
    public Finding {
        cells = List.copyOf(cells);
    }

    public Finding withSuggestion(Suggestion newSuggestion) {
        return new Finding(rule, severity, message, document, file, table, column, cells, identity,
                expected, actual, difference, allowed, newSuggestion);
    }

    public Finding withSeverity(Severity newSeverity) {
        return new Finding(rule, newSeverity, message, document, file, table, column, cells, identity,
                expected, actual, difference, allowed, suggestion);
    }

    /** The location of the reported cell, or of the document when no cell is involved. */
    public Location primaryLocation() {
        return cells.isEmpty() ? Location.ofLine(file, 0) : cells.get(0).location();
    }
}
