package dev.crossfoot.diagnose;

import dev.crossfoot.check.InputRules;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Suggestion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Diagnosis blames the wrong cell and repairs it, using every check the cell takes part in")
class BlameAndRepairTest {

    private static final String COLUMNS = "\"Q3 2011\", \"Q2 2011\"";

    /** A statement of operations in thousands whose two columns agree; each test spoils some cells. */
    private static String operations(String productRevenue, String totalRevenue, String productCost, String eps) {
        return Documents.table("Condensed Consolidated Statements of Operations", "in thousands, except per share amounts",
                COLUMNS, """
                {"label": "Revenue:"},
                {"label": "Product", "depth": 1, "cells": ["%s", "29,446"]},
                {"label": "Service", "depth": 1, "cells": ["24,461", "22,326"]},
                {"label": "Total revenue", "depth": 1, "cells": ["%s", "51,772"]},
                {"label": "Cost of revenue:"},
                {"label": "Product", "depth": 1, "cells": ["%s", "9,618"]},
                {"label": "Service", "depth": 1, "cells": ["12,633", "12,218"]},
                {"label": "Total cost of revenue", "depth": 1, "cells": ["24,137", "21,836"]},
                {"label": "Gross profit", "cells": ["42,216", "29,936"]},
                {"label": "Gross profit %%:"},
                {"label": "Product", "depth": 1, "cells": ["72.5%%", "67.3%%"]},
                {"label": "Service", "depth": 1, "cells": ["48.4%%", "45.3%%"]},
                {"label": "Total gross profit %%", "depth": 1, "cells": ["63.6%%", "57.8%%"]},
                {"label": "Net income (loss)", "cells": ["$ 1,909", "$ (5,934)"]},
                {"label": "Net income (loss) per share:"},
                {"label": "Basic", "depth": 1, "cells": ["%s", "$ (0.02)"]},
                {"label": "Weighted average shares:"},
                {"label": "Basic", "depth": 1, "cells": ["278,721", "278,400"]}
                """.formatted(productRevenue, totalRevenue, productCost, eps));
    }

    private static String clean() {
        return operations("$ 41,892", "66,353", "11,504", "$ 0.01");
    }

    @Test
    void aConsistentStatementNeedsNoSuggestion() {
        CheckRun run = Documents.check(clean());
        assertTrue(run.findings().isEmpty(), run.findings().toString());
    }

    @Test
    void aTotalThatFailsEveryCheckItBalancesIsBlamedAndRepaired() {
        CheckRun run = Documents.check(operations("$ 41,892", "66,533", "11,504", "$ 0.01"));

        assertEquals(List.of("Total revenue @ Q3 2011"), Documents.suggestedCells(run));
        Suggestion suggestion = Documents.suggestions(run).get(0);
        assertEquals("66,353", suggestion.value());
        assertEquals("digits transposed", suggestion.cause());
        assertTrue(suggestion.confidence() > 0.8, "confidence " + suggestion.confidence());
    }

    @Test
    void anItemThatAlsoBalancesAPassingIdentityIsNotBlamedForAFootingError() {
        // Product revenue 41,982 fails the revenue footing and the product margin; service revenue
        // sits in the same footing but its own margin still holds, so it is not the culprit.
        CheckRun run = Documents.check(operations("$ 41,982", "66,353", "11,504", "$ 0.01"));

        assertEquals(List.of("Product @ Q3 2011"), Documents.suggestedCells(run));
        assertEquals("41,892", Documents.suggestions(run).get(0).value());
    }

    @Test
    void aRatioIsSolvedForItsReportedCellAndWrittenWithTheRowsDecimals() {
        CheckRun run = Documents.check(operations("$ 41,892", "66,353", "11,504", "$ (10.0)"));

        Suggestion suggestion = Documents.suggestions(run).get(0);
        assertEquals("Basic @ Q3 2011", suggestion.cell().row() + " @ " + suggestion.cell().column());
        assertEquals("0.01", suggestion.value());
    }

    @Test
    void twoIndependentErrorsInOneTableAreBothBlamed() {
        // Total revenue and product cost are wrong; their failing checks share no cell.
        CheckRun run = Documents.check(operations("$ 41,892", "66,533", "11,540", "$ 0.01"));

        assertEquals(Set.of("Total revenue @ Q3 2011", "Product @ Q3 2011"), Set.copyOf(Documents.suggestedCells(run)));
        assertEquals(Set.of("66,353", "11,504"), values(run));
    }

    @Test
    void twoErrorsWhoseFailingChecksMeetAreBothBlamedNotTheCellWhereTheyMeet() {
        // Product revenue and product cost both feed the product margin, which fails because of
        // both; repairing the margin cell alone would be the confusing third answer.
        CheckRun run = Documents.check(operations("$ 41,982", "66,353", "15,104", "$ 0.01"));

        List<String> cells = Documents.suggestedCells(run);
        assertEquals(Set.of("Product @ Q3 2011"), Set.copyOf(cells), "suggested: " + cells);
        assertEquals(Set.of("41,892", "11,504"), values(run));
        assertFalse(Documents.suggestions(run).stream().anyMatch(s -> s.cell().text().equals("72.5%")));
    }

    @Test
    void aTruncatedCellThatNoCheckCanUseIsRepairedOnItsMalformedNumberFinding() {
        CheckRun run = Documents.check(Documents.table("Supplemental Information", "in thousands", COLUMNS, """
                {"label": "Research and development", "cells": ["617", "527"]},
                {"label": "Sales and marketing", "cells": ["647", "563"]},
                {"label": "General and administrative", "cells": ["4,94", "627"]},
                {"label": "Total operating expense", "cells": ["6,211", "1,717"]}
                """));

        Finding malformed = run.findings().stream().filter(f -> f.rule().equals(InputRules.MALFORMED_NUMBER)).findFirst()
                .orElseThrow();
        assertEquals("4,947", malformed.suggestion().value());
        assertEquals("truncated", malformed.suggestion().cause());
        assertEquals(1, run.findings().size(), "the footing is not evaluated, so only the malformed cell is reported");
    }

    @Test
    void aRepairIsWrittenInTheTablesOwnStyleOfNegatives() {
        CheckRun run = Documents.check(Documents.table("Cash flows", "in thousands", COLUMNS, """
                {"label": "Purchases of equipment", "cells": ["-10,962", "-9,193"]},
                {"label": "Purchases of securities", "cells": ["-192,769", "-236,698"]},
                {"label": "Net cash used in investing activities", "cells": ["203,731", "-245,891"]}
                """));

        Suggestion suggestion = Documents.suggestions(run).get(0);
        assertEquals("-203,731", suggestion.value());
        assertEquals("sign lost", suggestion.cause());
    }

    private static Set<String> values(CheckRun run) {
        return Set.copyOf(Documents.suggestions(run).stream().map(Suggestion::value).toList());
    }
}
