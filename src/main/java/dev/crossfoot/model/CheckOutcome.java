package dev.crossfoot.model;

import java.util.List;

/**
 * One evaluated (or not evaluable) check, passed or not: what JUnit test cases and the summary
 * count. {@code finding} is present exactly when the check failed. {@code reading} says, for a
 * footing whose structure was read from the table, which lines the total was read to add and how
 * the table's columns voted for that reading and its runner-up; null for a rule's own identity.
 */
public record CheckOutcome(String rule, String document, String table, String column, CheckStatus status,
                           String detail, List<CellRef> cells, Finding finding, String reading) {
    public CheckOutcome {
        cells = List.copyOf(cells);
    }

    public CheckOutcome(String rule, String document, String table, String column, CheckStatus status,
                        String detail, List<CellRef> cells, Finding finding) {
        this(rule, document, table, column, status, detail, cells, finding, null);
    }
}
