package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A rule holds exactly when rounding of the reported amounts can explain the difference")
class RoundingToleranceTest {

    private static final String QUARTER = "Three months ended September 30, 2011";

    @Test
    @DisplayName("41,892 + 24,461 = 66,353 holds")
    void sumOfRevenueLines() {
        CheckRun run = Checks.of(Checks.document("Statements of Operations", "in thousands", List.of(QUARTER), """
            {"label": "Revenue:"},
            {"label": "Product", "depth": 1, "cells": ["$ 41,892"]},
            {"label": "Service", "depth": 1, "cells": ["24,461"]},
            {"label": "Total revenue", "depth": 1, "cells": ["66,353"]}
            """));
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(run));
        assertTrue(run.findings().isEmpty());
    }

    @Test
    @DisplayName("42,216 / 66,353 = 63.6% holds, and 63.8% does not")
    void grossMargin() {
        String rows = """
            {"label": "Total revenue", "cells": ["66,353"]},
            {"label": "Cost of revenue", "cells": ["24,137"]},
            {"label": "Gross profit", "cells": ["42,216"]},
            {"label": "Gross margin %%", "cells": ["%s"]}
            """;
        CheckRun holds = Checks.of(Checks.document("Statements of Operations", "in thousands", List.of(QUARTER), rows.formatted("63.6%")));
        assertTrue(holds.findings().isEmpty(), () -> holds.findings().toString());
        assertTrue(outcome(holds, "IS.gross-margin").status() == CheckStatus.PASSED);
        CheckRun fails = Checks.of(Checks.document("Statements of Operations", "in thousands", List.of(QUARTER), rows.formatted("63.8%")));
        assertEquals("IS.gross-margin", fails.findings().get(0).rule());
    }

    @Test
    @DisplayName("1,909 / 278,721 = $0.01 holds, respecting units: income in thousands, shares in thousands, EPS in dollars")
    void earningsPerShare() {
        String rows = """
            {"label": "Net income", "cells": ["$ 1,909"]},
            {"label": "Earnings per share:"},
            {"label": "Basic", "depth": 1, "cells": ["$ %s"]},
            {"label": "Shares used to compute earnings per share:"},
            {"label": "Basic", "depth": 1, "cells": ["278,721"]}
            """;
        CheckRun holds = Checks.of(Checks.document("Statements of Operations", "in thousands, except per share amounts",
                List.of(QUARTER), rows.formatted("0.01")));
        assertEquals(CheckStatus.PASSED, outcome(holds, "IS.eps-basic").status());
        CheckRun fails = Checks.of(Checks.document("Statements of Operations", "in thousands, except per share amounts",
                List.of(QUARTER), rows.formatted("0.02")));
        assertEquals(CheckStatus.FAILED, outcome(fails, "IS.eps-basic").status());
    }

    @Test
    @DisplayName("a ten-line sum holds within rounding and fails one unit beyond it")
    void tenLineSum() {
        // Ten items of 1.4 shown as 1 each: the true total 14 is shown as 14, while the items add to 10.
        // Rounding explains up to 10 × 0.5 + 0.5 = 5.5, so 15 holds and 16 (one unit beyond) fails.
        assertEquals(CheckStatus.PASSED, footingOfTenOnes("15"));
        assertEquals(CheckStatus.FAILED, footingOfTenOnes("16"));
        assertEquals(CheckStatus.PASSED, footingOfTenOnes("5"));
        assertEquals(CheckStatus.FAILED, footingOfTenOnes("4"));
    }

    private static CheckStatus footingOfTenOnes(String total) {
        StringBuilder rows = new StringBuilder("{\"label\": \"Items:\"}");
        for (int i = 1; i <= 10; i++) {
            rows.append(", {\"label\": \"Item ").append(i).append("\", \"depth\": 1, \"cells\": [\"1\"]}");
        }
        rows.append(", {\"label\": \"Total items\", \"depth\": 1, \"cells\": [\"").append(total).append("\"]}");
        CheckRun run = Checks.of(Checks.document("Schedule", "", List.of("2011"), rows.toString()));
        return outcome(run, "FOOT.section-total").status();
    }

    private static List<CheckStatus> statuses(CheckRun run) {
        return run.outcomes().stream().map(CheckOutcome::status).toList();
    }

    private static CheckOutcome outcome(CheckRun run, String rule) {
        return run.outcomes().stream().filter(o -> o.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " check in " + run.outcomes()));
    }
}
