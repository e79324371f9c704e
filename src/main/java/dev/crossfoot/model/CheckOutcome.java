package dev.crossfoot.model;

import java.util.List;

/**
 * One evaluated (or not evaluable) check, passed or not: what JUnit test cases and the summary
 * count. {@code finding} is present exactly when the check failed.
 */
public record CheckOutcome(String rule, String document, String table, String column, CheckStatus status,
                           String detail, List<CellRef> cells, Finding finding) {
    public CheckOutcome {
        cells = List.copyOf(cells);
    }
}
