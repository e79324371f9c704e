package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.SyntaxError;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.understand.ConceptDictionary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rockwell Automation's balance sheet (SEC data set 2009q3, tuning half) closes each side with the
 * total word alone: "TOTAL" under the assets and "TOTAL" at the foot under the equity. The first is
 * total assets, the last total liabilities and equity, so the balance is checked.
 */
@DisplayName("A balance sheet that closes each side with 'Total' alone: the two totals balance")
class BareTotalsOfTwoSidesTest {

    private static final String ASSETS = """
        {"label": "Cash and cash equivalents", "cells": ["580.5", "582.2"]},
        {"label": "Receivables", "cells": ["740.7", "959.9"]},
        {"label": "Inventories", "cells": ["460.3", "575.5"]},
        {"label": "Deferred income taxes", "cells": ["177.6", "190.0"]},
        {"label": "Other current assets", "cells": ["147.1", "129.0"]},
        {"label": "Total current assets", "cells": ["2,106.2", "2,436.6"]},
        {"label": "Property, net", "cells": ["525.8", "553.8"]},
        {"label": "Goodwill", "cells": ["905.6", "915.0"]},
        {"label": "Other intangible assets, net", "cells": ["231.6", "250.8"]},
        {"label": "Deferred income taxes", "cells": ["110.5", "120.1"]},
        {"label": "Prepaid pension", "cells": ["145.1", "138.4"]},
        {"label": "Other assets", "cells": ["139.2", "178.9"]},
        {"label": "TOTAL", "cells": ["4,164.0", "4,593.6"]},
        """;
    private static final String LIABILITIES_AND_EQUITY = """
        {"label": "Short-term debt", "cells": ["0.0", "100.1"]},
        {"label": "Accounts payable", "cells": ["287.6", "437.3"]},
        {"label": "Compensation and benefits", "cells": ["146.5", "210.0"]},
        {"label": "Income taxes payable", "cells": ["20.2", "39.4"]},
        {"label": "Other current liabilities", "cells": ["502.1", "516.3"]},
        {"label": "Total current liabilities", "cells": ["956.4", "1,303.1"]},
        {"label": "Long-term debt", "cells": ["904.8", "904.4"]},
        {"label": "Retirement benefits", "cells": ["389.1", "386.8"]},
        {"label": "Other liabilities", "cells": ["306.2", "310.5"]},
        {"label": "Common stock", "cells": ["216.4", "216.4"]},
        {"label": "Additional paid-in capital", "cells": ["1,296.7", "1,280.9"]},
        {"label": "Retained earnings", "cells": ["4,498.1", "4,486.1"]},
        {"label": "Accumulated other comprehensive loss", "cells": ["(403.5)", "(319.0)"]},
        {"label": "Common stock in treasury, at cost", "cells": ["(4,000.2)", "(3,975.6)"]},
        {"label": "Total shareowners' equity", "cells": ["1,607.5", "1,688.8"]},
        {"label": "TOTAL", "cells": ["%s", "4,593.6"]}
        """;

    @Test
    @DisplayName("the first 'TOTAL' is total assets, the last total liabilities and equity: they balance in both columns")
    void theTwoBareTotalsBalance() {
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(run(ASSETS + LIABILITIES_AND_EQUITY.formatted("4,164.0")), "BS.balance"));
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(run(ASSETS + LIABILITIES_AND_EQUITY.formatted("4,164.0")), "BS.total-assets"));
    }

    @Test
    @DisplayName("a wrong grand total of the liabilities and equity fails the balance")
    void aWrongGrandTotalFailsTheBalance() {
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), statuses(run(ASSETS + LIABILITIES_AND_EQUITY.formatted("4,146.0")), "BS.balance"));
    }

    @Test
    @DisplayName("a third bare 'Total' leaves the layout unsure: no balance is read from the bare totals")
    void threeBareTotalsSayNothingSure() {
        String third = ASSETS.replace("{\"label\": \"Total current assets\"", "{\"label\": \"Total\"");
        assertTrue(statuses(run(third + LIABILITIES_AND_EQUITY.formatted("4,164.0")), "BS.balance").isEmpty());
    }

    @Test
    @DisplayName("a sides line names one statement kind and two concepts; a mistake names its file and line")
    void sidesSyntax() {
        ConceptDictionary parsed = ConceptDictionary.parse("x.concepts", "sides in balance-sheet: total_assets, total_liabilities_and_equity\n");
        assertEquals("total_liabilities_and_equity", parsed.sides(StatementKind.BALANCE_SHEET).get(0).last());
        SyntaxError one = assertThrows(SyntaxError.class, () -> ConceptDictionary.parse("x.concepts", "# sides\nsides in balance-sheet: total_assets\n"));
        assertTrue(one.toString().contains("x.concepts:2"), one.toString());
    }

    private static CheckRun run(String rows) {
        return Checks.of(Checks.document("Balance sheet", "In millions",
                List.of("June 30, 2009", "September 30, 2008"), rows));
    }

    private static List<CheckStatus> statuses(CheckRun run, String rule) {
        return run.outcomes().stream().filter(o -> o.rule().equals(rule)).map(CheckOutcome::status).toList();
    }
}
