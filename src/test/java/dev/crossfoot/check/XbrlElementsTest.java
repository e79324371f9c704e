package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.understand.TableAnalyzer;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.SyntaxError;
import dev.crossfoot.understand.ConceptDictionary;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data set's lines carry their XBRL element as the concept hint. Where the statement repeats a label for
 * lines of different elements ("Total" under the taxes paid, "Total" under the effect of exchange rates: the
 * headings the data set does not hold), the element names the concept the words no longer can.
 */
@DisplayName("A line that lost its heading is known by its XBRL element")
class XbrlElementsTest {

    private static final String STATEMENT = """
        {"label": "Net income", "cells": ["100", "80"]},
        {"label": "Depreciation", "cells": ["40", "35"]},
        {"label": "Net cash provided by operating activities", "cells": ["140", "115"]},
        {"label": "Capital expenditures", "cells": ["(60)", "(50)"]},
        {"label": "Net cash used in investing activities", "cells": ["(60)", "(50)"]},
        {"label": "Dividends paid", "cells": ["(30)", "(30)"]},
        {"label": "Net cash used in financing activities", "cells": ["(30)", "(30)"]},
        {"label": "Continuing operations", "concept": "us-gaap:IncomeTaxesPaidContinuingOperations", "cells": ["20", "18"]},
        {"label": "Discontinued operations", "concept": "us-gaap:IncomeTaxesPaidDiscontinuedOperations", "cells": ["2", "1"]},
        {"label": "Total", "concept": "us-gaap:IncomeTaxesPaidNet", "cells": ["22", "19"]},
        {"label": "Continuing operations", "concept": "us-gaap:EffectOfExchangeRateOnCashAndCashEquivalentsContinuingOperations", "cells": ["4", "(6)"]},
        {"label": "Discontinued operations", "concept": "us-gaap:EffectOfExchangeRateOnCashAndCashEquivalentsDiscontinuedOperations", "cells": ["1", "1"]},
        {"label": "Total", "concept": "us-gaap:EffectOfExchangeRateOnCashAndCashEquivalents", "cells": ["%s", "(5)"]},
        {"label": "Net increase in cash and cash equivalents", "concept": "us-gaap:CashAndCashEquivalentsPeriodIncreaseDecrease", "cells": ["55", "30"]}
        """;

    @Test
    @DisplayName("the exchange rates' 'Total' is the effect of exchange rates: the net change holds with it")
    void theTotalOfTheExchangeRatesCountsInTheNetChange() {
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(run(STATEMENT.formatted("5")), "CF.net-change"));
    }

    @Test
    @DisplayName("…and a wrong figure there fails the net change in its column")
    void aWrongEffectFailsTheNetChange() {
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), statuses(run(STATEMENT.formatted("50")), "CF.net-change"));
    }

    @Test
    @DisplayName("a label said once keeps what its words say: the element names only a line whose heading was lost")
    void aLabelSaidOnceIsReadByItsWords() {
        assertEquals(java.util.Arrays.asList(null, "fx_effect_on_cash"), totals(STATEMENT.formatted("5")));
        // Without the taxes paid, "Total" is said once: on a page it would name nothing, and so it does here.
        String withoutTaxes = STATEMENT.formatted("5").lines()
                .filter(line -> !line.contains("IncomeTaxesPaid")).reduce("", (a, b) -> a + b + "\n");
        assertEquals(java.util.Arrays.asList((String) null), totals(withoutTaxes));
    }

    /** The concepts of the lines labelled "Total", in order. */
    private static List<String> totals(String rows) {
        String json = Checks.document("Consolidated Statements of Cash Flows", "In millions",
                List.of("Year ended December 31, 2024", "Year ended December 31, 2023"), rows);
        Document document = new JsonReader().read(Path.of("t.json"), "t.json", json.getBytes(StandardCharsets.UTF_8))
                .documents().get(0);
        StatementTable table = new TableAnalyzer(RuleBook.builtIn().concepts()).analyze(document, document.tables().get(0), 0);
        return table.rows().stream().filter(row -> row.label().equals("Total")).map(StatementRow::concept).toList();
    }

    @Test
    @DisplayName("an element line: prefixed elements, limited to a statement kind and a measure; a mistake names its file and line")
    void elementSyntax() {
        ConceptDictionary parsed = ConceptDictionary.parse("x.concepts", """
            concept total_assets
              "total assets" in balance-sheet measure money
              element "us-gaap:Assets", "ifrs-full:Assets" in balance-sheet measure money
            """);
        assertEquals("total_assets", parsed.conceptOfElement("ifrs-full:Assets", StatementKind.BALANCE_SHEET, Measure.MONEY));
        assertNull(parsed.conceptOfElement("us-gaap:Assets", StatementKind.INCOME, Measure.MONEY));
        assertNull(parsed.conceptOfElement("us-gaap:Assets", StatementKind.BALANCE_SHEET, Measure.SHARES));
        assertNull(parsed.conceptOf("us-gaap:Assets", List.of(), StatementKind.BALANCE_SHEET, Measure.MONEY));
        SyntaxError unprefixed = assertThrows(SyntaxError.class,
                () -> ConceptDictionary.parse("x.concepts", "concept total_assets\n  element \"Assets\"\n"));
        assertTrue(unprefixed.toString().contains("x.concepts:2") && unprefixed.toString().contains("prefix"), unprefixed.toString());
        assertThrows(SyntaxError.class,
                () -> ConceptDictionary.parse("x.concepts", "concept total_assets\n  element \"us-gaap:Assets\" under \"assets\"\n"));
    }

    @Test
    @DisplayName("the built-in dictionary knows the standard elements of the cash-flow totals")
    void builtInElements() {
        ConceptDictionary builtIn = RuleBook.builtIn().concepts();
        assertEquals("fx_effect_on_cash", builtIn.conceptOfElement("us-gaap:EffectOfExchangeRateOnCashAndCashEquivalents",
                StatementKind.CASH_FLOW, Measure.MONEY));
        assertEquals("total_liabilities_and_equity", builtIn.conceptOfElement("us-gaap:LiabilitiesAndStockholdersEquity",
                StatementKind.BALANCE_SHEET, Measure.MONEY));
    }

    private static CheckRun run(String rows) {
        return Checks.of(Checks.document("Consolidated Statements of Cash Flows", "In millions",
                List.of("Year ended December 31, 2024", "Year ended December 31, 2023"), rows));
    }

    private static List<CheckStatus> statuses(CheckRun run, String rule) {
        return run.outcomes().stream().filter(o -> o.rule().equals(rule)).map(CheckOutcome::status).toList();
    }
}
