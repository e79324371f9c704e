package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A total column adds the columns beside it in every row, as the rows' vote reads them")
class ColumnFootingTest {

    /** Components after the total, shares first and a comprehensive income memo column before it. */
    private static final String EQUITY = """
        {"crossfoot": 1, "document": {"id": "t"},
         "tables": [{"id": "t1", "title": "Statement of shareholders' equity", "unit": "In millions",
          "columns": ["Common shares outstanding", "Comprehensive income", "Total", "Retained earnings",
                      "Accumulated other comprehensive loss", "Common stock", "Noncontrolling interests"],
          "rows": [
            {"label": "Balance at March 31, 2025", "cells": ["4,304", "", "64,019", "77,189", "(16,482)", "1,760", "1,552"]},
            {"label": "Net income", "cells": ["", "3,849", "3,849", "%s", "", "", "39"]},
            {"label": "Other comprehensive income", "cells": ["", "724", "724", "", "724", "", ""]},
            {"label": "Dividends", "cells": ["", "", "(2,196)", "(2,196)", "", "", ""]},
            {"label": "Balance at June 30, 2025", "cells": ["4,304", "", "66,396", "78,803", "(15,758)", "1,760", "1,591"]}
          ]}]}
        """;

    @Test
    @DisplayName("a consistent statement holds in every row; shares and comprehensive income are no components")
    void consistentEquity() {
        List<CheckOutcome> outcomes = crossFoot(EQUITY.formatted("3,810"));
        assertEquals(5, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o.status() == CheckStatus.PASSED), outcomes.toString());
    }

    @Test
    @DisplayName("one wrong component fails its own row only, as an error")
    void oneWrongCell() {
        List<CheckOutcome> outcomes = crossFoot(EQUITY.formatted("3,180"));
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.FAILED, CheckStatus.PASSED, CheckStatus.PASSED, CheckStatus.PASSED),
                outcomes.stream().map(CheckOutcome::status).toList());
        Finding finding = outcomes.get(1).finding();
        assertEquals(Severity.ERROR, finding.severity());
        assertEquals("Net income", finding.cells().get(0).row());
    }

    @Test
    @DisplayName("a reading that breaks in two rows or more is reported as ambiguous, a warning")
    void severalRowsBroken() {
        String twoWrong = EQUITY.formatted("3,180").replace("\"(2,196)\", \"(2,196)\"", "\"(2,196)\", \"(2,169)\"");
        List<CheckOutcome> failed = crossFoot(twoWrong).stream().filter(o -> o.status() == CheckStatus.FAILED).toList();
        assertEquals(2, failed.size());
        assertTrue(failed.stream().allMatch(o -> o.finding().severity() == Severity.WARNING
                && o.finding().message().contains("ambiguous")), failed.toString());
    }

    @Test
    @DisplayName("a column headed 'Total' that no reading of its neighbours adds up to is not checked")
    void notATotalOfItsNeighbours() {
        String group = """
            {"crossfoot": 1, "document": {"id": "t"},
             "tables": [{"id": "t1", "title": "Segments", "unit": "In millions",
              "columns": ["Total company 2025", "Total company 2024", "Total company 2023"],
              "rows": [
                {"label": "Revenue", "cells": ["100", "90", "80"]},
                {"label": "Cost", "cells": ["60", "55", "50"]},
                {"label": "Margin", "cells": ["40", "35", "30"]}
              ]}]}
            """;
        assertEquals(List.of(), crossFoot(group));
    }

    @Test
    @DisplayName("a total after its parts and a running total after it: each adds its own columns")
    void totalsAfterTheirParts() {
        String table = """
            {"crossfoot": 1, "document": {"id": "t"},
             "tables": [{"id": "t1", "title": "Equity", "unit": "In millions",
              "columns": ["Common stock", "Retained earnings", "Total shareholders' equity", "Noncontrolling interests", "Total equity"],
              "rows": [
                {"label": "Balance, beginning", "cells": ["10", "90", "100", "5", "105"]},
                {"label": "Net income", "cells": ["", "20", "20", "1", "21"]},
                {"label": "Balance, ending", "cells": ["10", "110", "120", "6", "%s"]}
              ]}]}
            """;
        assertTrue(crossFoot(table.formatted("126")).stream().allMatch(o -> o.status() == CheckStatus.PASSED));
        assertEquals(6, crossFoot(table.formatted("126")).size());
        assertEquals(1, crossFoot(table.formatted("162")).stream().filter(o -> o.status() == CheckStatus.FAILED).count());
    }

    private static List<CheckOutcome> crossFoot(String document) {
        return dev.crossfoot.TestRuns.check(document).outcomes().stream()
                .filter(o -> o.rule().equals("FOOT.column-total")).toList();
    }
}
