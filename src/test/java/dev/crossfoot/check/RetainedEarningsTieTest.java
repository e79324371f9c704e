package dev.crossfoot.check;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Retained earnings move by net income where nothing else moves them: the tie (a warning) is
 * evaluated where the statement of cash flows shows no dividends paid, and stands aside, naming
 * the line, where it shows them ({@code unless shown dividends_paid}).
 */
class RetainedEarningsTieTest {

    private static final String RULE = "TIE.accumulated-deficit";

    @Test
    void retainedEarningsMoveByNetIncomeWhereNoDividendsArePaid() {
        assertEquals(List.of(CheckStatus.PASSED), statuses(document("4,836", "", "")));
        assertEquals(List.of(CheckStatus.FAILED), statuses(document("4,536", "", "")));
    }

    @Test
    void theTieStandsAsideWhereTheCashFlowsShowDividendsPaid() {
        List<CheckOutcome> outcomes = outcomes(document("5,336", "Dividends paid", "(500)"));
        assertEquals(List.of(CheckStatus.NOT_EVALUATED), outcomes.stream().map(CheckOutcome::status).toList());
        assertTrue(outcomes.get(0).detail().contains("'Dividends paid'"), outcomes.get(0).detail());
        // Dividends received are income of the operating activities, not a movement of retained earnings.
        assertEquals(List.of(CheckStatus.PASSED), statuses(document("4,836", "Dividends received from affiliates", "20")));
    }

    @Test
    void dividendsPaidAreKnownHoweverTheLineWordsThem() {
        for (String line : List.of("Cash dividend payments", "Payments for cash dividends", "Preferred stock dividends paid",
                "Dividend payments on common stock")) {
            assertEquals(List.of(CheckStatus.NOT_EVALUATED), statuses(document("5,336", line, "(500)")), line);
        }
    }

    @Test
    void retainedEarningsTakeOnlyTheParentsPartOfNetIncome() {
        // Consolidated net income 1,000 on the cash flows, of which 50 belongs to the noncontrolling
        // interest: retained earnings move by the parent's 950.
        assertEquals(List.of(CheckStatus.PASSED), statuses(withIncomeStatement(document("4,886", "", ""))));
        assertEquals(List.of(CheckStatus.FAILED), statuses(withIncomeStatement(document("4,836", "", ""))));
    }

    /** The document with a statement of operations that gives 50 of its net income of 1,000 to the noncontrolling interest. */
    private static String withIncomeStatement(String document) {
        String income = """
             {"id": "is", "title": "Consolidated Statements of Operations", "unit": "in thousands",
              "columns": ["Year ended December 31, 2024"], "rows": [
               {"label": "Revenue", "cells": ["5,000"]},
               {"label": "Operating expenses", "cells": ["4,000"]},
               {"label": "Net income", "cells": ["1,000"]},
               {"label": "Net income attributable to the noncontrolling interest", "cells": ["50"]},
               {"label": "Net income attributable to Example Corp.", "cells": ["950"]}]},
            """;
        int tables = document.indexOf("\"tables\": [") + "\"tables\": [".length();
        return document.substring(0, tables) + "\n" + income + document.substring(tables);
    }

    private static List<CheckStatus> statuses(String document) {
        return outcomes(document).stream().map(CheckOutcome::status).toList();
    }

    private static List<CheckOutcome> outcomes(String document) {
        return TestRuns.check(document).outcomes().stream().filter(outcome -> outcome.rule().equals(RULE)).toList();
    }

    /** A balance sheet whose retained earnings were {@code opening} a year before 5,836, and the year's cash flows. */
    private static String document(String opening, String financingLine, String financingAmount) {
        String extra = financingLine.isEmpty() ? "" : """
            {"label": "%s", "cells": ["%s"]},""".formatted(financingLine, financingAmount);
        return """
            {"crossfoot": 1, "document": {"id": "re"}, "tables": [
             {"id": "bs", "title": "Consolidated Balance Sheets", "unit": "in thousands",
              "columns": ["December 31, 2024", "December 31, 2023"], "rows": [
               {"label": "Cash and cash equivalents", "cells": ["1,000", "1,000"]},
               {"label": "Total assets", "cells": ["6,836", "%1$s"]},
               {"label": "Retained earnings", "cells": ["5,836", "%1$s"]},
               {"label": "Total stockholders' equity", "cells": ["5,836", "%1$s"]},
               {"label": "Total liabilities and stockholders' equity", "cells": ["6,836", "%1$s"]}]},
             {"id": "cf", "title": "Consolidated Statements of Cash Flows", "unit": "in thousands",
              "columns": ["Year ended December 31, 2024"], "rows": [
               {"label": "Net income", "cells": ["1,000"]},
               {"label": "Net cash provided by operating activities", "cells": ["1,000"]},
               %2$s
               {"label": "Net cash used in financing activities", "cells": ["(1,000)"]},
               {"label": "Net increase in cash and cash equivalents", "cells": ["0"]},
               {"label": "Cash and cash equivalents at beginning of year", "cells": ["1,000"]},
               {"label": "Cash and cash equivalents at end of year", "cells": ["1,000"]}]}]}
            """.formatted(opening, extra);
    }
}
