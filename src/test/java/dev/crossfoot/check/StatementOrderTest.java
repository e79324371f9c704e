package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.SyntaxError;
import dev.crossfoot.understand.ConceptDictionary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A table whose lines are not in its statement's order: what depends on where lines stand is not evaluated")
class StatementOrderTest {

    private static final String CURRENT_ASSETS = """
        {"label": "Cash and cash equivalents", "cells": ["100", "90"]},
        {"label": "Accounts receivable", "cells": ["50", "40"]},
        {"label": "Total current assets", "cells": ["%s", "130"]},
        """;
    private static final String TOTAL_ASSETS = """
        {"label": "Property and equipment, net", "cells": ["200", "210"]},
        {"label": "Total assets", "cells": ["350", "340"]},
        """;
    private static final String LIABILITIES_AND_EQUITY = """
        {"label": "Accounts payable", "cells": ["80", "70"]},
        {"label": "Total current liabilities", "cells": ["80", "70"]},
        {"label": "Long-term debt", "cells": ["120", "130"]},
        {"label": "Total liabilities", "cells": ["200", "200"]},
        {"label": "Common stock", "cells": ["100", "100"]},
        {"label": "Retained earnings", "cells": ["50", "40"]},
        {"label": "Total stockholders' equity", "cells": ["150", "140"]},
        {"label": "Total liabilities and stockholders' equity", "cells": ["%s", "340"]}
        """;

    @Test
    @DisplayName("in the statement's order, a wrong total of current assets fails its section")
    void inOrderTheSectionIsFooted() {
        CheckRun run = run(CURRENT_ASSETS.formatted("160") + TOTAL_ASSETS + LIABILITIES_AND_EQUITY.formatted("350"));
        assertEquals(CheckStatus.FAILED, status(run, "FOOT.section-total", "Total current assets"));
    }

    @Test
    @DisplayName("'Total assets' above the current assets: no section is footed, each withheld with the reason")
    void outOfOrderNoSectionIsFooted() {
        CheckRun run = run(TOTAL_ASSETS + CURRENT_ASSETS.formatted("160") + LIABILITIES_AND_EQUITY.formatted("350"));
        List<CheckOutcome> footings = outcomes(run, "FOOT.section-total");
        assertTrue(!footings.isEmpty() && footings.stream().allMatch(o -> o.status() == CheckStatus.NOT_EVALUATED), footings.toString());
        assertTrue(footings.stream().anyMatch(o -> o.detail().startsWith("'Total current assets': its lines are not in its statement's order")
                && o.detail().contains("'Total assets' stands above 'Total current assets'")), footings.toString());
    }

    @Test
    @DisplayName("out of order, identities of named rows alone still hold or fail: total assets against liabilities and equity")
    void outOfOrderTheBalanceIsStillChecked() {
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), outcomes(
                run(TOTAL_ASSETS + CURRENT_ASSETS.formatted("150") + LIABILITIES_AND_EQUITY.formatted("350")), "BS.balance")
                .stream().map(CheckOutcome::status).toList());
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), outcomes(
                run(TOTAL_ASSETS + CURRENT_ASSETS.formatted("150") + LIABILITIES_AND_EQUITY.formatted("305")), "BS.balance")
                .stream().map(CheckOutcome::status).toList());
    }

    @Test
    @DisplayName("the liabilities and equity listed before the assets, each in order, is not out of order")
    void eitherHalfMayComeFirst() {
        CheckRun run = run(LIABILITIES_AND_EQUITY.formatted("350") + ",\n" + CURRENT_ASSETS.formatted("160")
                + TOTAL_ASSETS.substring(0, TOTAL_ASSETS.lastIndexOf(',')));
        assertEquals(CheckStatus.FAILED, status(run, "FOOT.section-total", "Total current assets"));
    }

    private static final String OPERATING = """
        {"label": "Net income", "cells": ["100", "80"]},
        {"label": "Depreciation", "cells": ["40", "35"]},
        {"label": "Net cash provided by operating activities", "cells": ["%s", "115"]},
        """;
    private static final String INVESTING = """
        {"label": "Capital expenditures", "cells": ["(60)", "(50)"]},
        {"label": "Net cash used in investing activities", "cells": ["(60)", "(50)"]},
        """;
    private static final String FINANCING = """
        {"label": "Dividends paid", "cells": ["(30)", "(30)"]},
        {"label": "Net cash used in financing activities", "cells": ["(30)", "(30)"]},
        """;
    private static final String NET_CHANGE = """
        {"label": "Net increase in cash and cash equivalents", "cells": ["50", "35"]}
        """;

    @Test
    @DisplayName("a statement of cash flows shows its operating activities first; the financing may come before the investing")
    void operatingActivitiesComeFirst() {
        CheckRun utility = cashFlows(OPERATING.formatted("150") + FINANCING + INVESTING + NET_CHANGE);
        assertEquals(CheckStatus.FAILED, status(utility, "FOOT.section-total", "Net cash provided by operating activities"));
        CheckRun shuffled = cashFlows(FINANCING + INVESTING + OPERATING.formatted("150") + NET_CHANGE);
        List<CheckOutcome> footings = outcomes(shuffled, "FOOT.section-total");
        assertTrue(!footings.isEmpty() && footings.stream().allMatch(o -> o.status() == CheckStatus.NOT_EVALUATED), footings.toString());
    }

    private static CheckRun cashFlows(String rows) {
        return Checks.of(Checks.document("Consolidated Statements of Cash Flows", "In millions",
                List.of("Year ended December 31, 2024", "Year ended December 31, 2023"), rows));
    }

    private static final String EXPENSES = """
        {"label": "Cost of sales", "cells": ["600", "550"]},
        {"label": "Selling, general and administrative", "cells": ["200", "190"]},
        {"label": "Total operating expenses", "cells": ["800", "740"]},
        """;
    private static final String RESULTS = """
        {"label": "Operating income", "cells": ["200", "160"]},
        {"label": "Interest expense", "cells": ["(20)", "(20)"]},
        {"label": "Income before income taxes", "cells": ["180", "140"]},
        {"label": "Provision for income taxes", "cells": ["45", "35"]},
        {"label": "Income from continuing operations", "cells": ["135", "105"]},
        {"label": "Discontinued operations, net of tax", "cells": ["%s", "5"]},
        {"label": "Net income", "cells": ["145", "110"]}
        """;

    @Test
    @DisplayName("an income statement shows the operating expenses' total before the operating income; a data set that"
            + " lists the expenses last lost its order, and the lines between two results are not read from it")
    void operatingExpensesComeBeforeOperatingIncome() {
        String revenue = """
            {"label": "Net sales", "cells": ["1,000", "900"]},
            """;
        CheckRun inOrder = income(revenue + EXPENSES + RESULTS.formatted("10"));
        assertEquals(CheckStatus.PASSED, status(inOrder, "IS.net-income-from-continuing", "Net income"));
        CheckRun inOrderWrong = income(revenue + EXPENSES + RESULTS.formatted("20"));
        assertEquals(CheckStatus.FAILED, status(inOrderWrong, "IS.net-income-from-continuing", "Net income"));
        CheckRun expensesLast = income(revenue + RESULTS.formatted("20") + ",\n" + EXPENSES.substring(0, EXPENSES.lastIndexOf(',')));
        CheckOutcome netIncome = outcomes(expensesLast, "IS.net-income-from-continuing").get(0);
        assertEquals(CheckStatus.NOT_EVALUATED, netIncome.status(), netIncome.toString());
        assertTrue(netIncome.detail().contains("'Operating income' stands above 'Total operating expenses'"), netIncome.detail());
    }

    private static CheckRun income(String rows) {
        return Checks.of(Checks.document("Consolidated Statements of Operations", "In millions",
                List.of("Year ended December 31, 2024", "Year ended December 31, 2023"), rows));
    }

    @Test
    @DisplayName("an order line names one statement kind and two concepts at least; a mistake names its file and line")
    void orderSyntax() {
        ConceptDictionary parsed = ConceptDictionary.parse("x.concepts", "order in cash-flow: cash_from_operations, net_change_in_cash\n");
        assertEquals(List.of("cash_from_operations", "net_change_in_cash"), parsed.orders().get(0).concepts());
        SyntaxError oneConcept = assertThrows(SyntaxError.class,
                () -> ConceptDictionary.parse("x.concepts", "# orders\norder in income: net_income\n"));
        assertTrue(oneConcept.toString().contains("x.concepts:2"), oneConcept.toString());
        assertThrows(SyntaxError.class, () -> ConceptDictionary.parse("x.concepts", "order in sideways: a, b\n"));
    }

    private static CheckRun run(String rows) {
        return Checks.of(Checks.document("Consolidated Balance Sheets", "In millions",
                List.of("December 31, 2024", "December 31, 2023"), rows));
    }

    private static List<CheckOutcome> outcomes(CheckRun run, String rule) {
        return run.outcomes().stream().filter(o -> o.rule().equals(rule)).toList();
    }

    private static CheckStatus status(CheckRun run, String rule, String total) {
        return outcomes(run, rule).stream()
                .filter(o -> o.cells().stream().anyMatch(cell -> cell.row().equals(total)))
                .map(CheckOutcome::status).findFirst().orElse(null);
    }
}
