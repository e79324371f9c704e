package dev.crossfoot.read;

import dev.crossfoot.model.Table;

import java.util.List;

/** Fixed-width tables of plain-text filings. */
final class FixedWidthTables {

    private FixedWidthTables() {
    }

    static List<Table> find(String[] lines, String name, List<InputProblem> problems) {
        return List.of();
    }
}
