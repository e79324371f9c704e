package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JSON {@code null} cell is a figure the input does not give for a line it has: unknown, so a total
 * over it is not evaluated, with that reason — unless the line is given in no column and the other
 * lines add up to the total without it in two columns at least and in more than they fail: then it
 * adds nothing and the total is checked without it. A blank cell ({@code ""}) is what a statement
 * prints for nothing: it counts as nothing and the total is checked.
 */
class NotGivenCellsTest {

    @TempDir
    Path folder;

    private CheckRun check(String investments2010, String investments2009, String total2010) throws Exception {
        Path input = folder.resolve("balance.json");
        Files.writeString(input, """
                {"crossfoot": 1, "document": {"id": "b"}, "tables": [{"id": "t", "title": "Balance sheet",
                 "columns": ["2010", "2009"], "rows": [
                  {"label": "Cash", "cells": ["100", "90"]},
                  {"label": "Short-term investments", "cells": [%s, %s]},
                  {"label": "Receivables", "cells": ["50", "40"]},
                  {"label": "Total current assets", "cells": ["%s", "130"]}]}]}
                """.formatted(investments2010, investments2009, total2010));
        return Crossfoot.standard().check(List.of(input));
    }

    private CheckRun check(String shortTermInvestments) throws Exception {
        return check(shortTermInvestments, shortTermInvestments, "150");
    }

    private static List<CheckOutcome> totals(CheckRun run) {
        return run.outcomes().stream().filter(o -> o.rule().equals("FOOT.section-total")).toList();
    }

    @Test
    void aLineGivenInNoColumnAddsNothingWhereTheOtherLinesAddUpWithoutIt() throws Exception {
        List<CheckOutcome> totals = totals(check("null"));
        assertEquals(2, totals.size(), totals::toString);
        assertTrue(totals.stream().allMatch(o -> o.status() == CheckStatus.PASSED), totals::toString);
    }

    @Test
    void aLineGivenInNoColumnLeavesTheTotalUnknownWhereTheOtherLinesDoNotAddUp() throws Exception {
        List<CheckOutcome> totals = totals(check("null", "null", "170"));
        assertEquals(2, totals.size(), totals::toString);
        for (CheckOutcome total : totals) {
            assertEquals(CheckStatus.NOT_EVALUATED, total.status(), total::toString);
            assertTrue(total.detail().contains("the input gives no figure for 'Short-term investments'"), total::toString);
        }
    }

    @Test
    void aLineGivenInAnotherColumnIsAFigureMissingAndTheTotalIsNotEvaluatedWhereItIsMissing() throws Exception {
        List<CheckOutcome> totals = totals(check("null", "\"0\"", "150"));
        CheckOutcome missing = totals.stream().filter(o -> o.column().equals("2010")).findFirst().orElseThrow();
        assertEquals(CheckStatus.NOT_EVALUATED, missing.status(), missing::toString);
        assertTrue(missing.detail().contains("the input gives no figure for 'Short-term investments'"), missing::toString);
    }

    @Test
    void aBlankCellIsNothingAndTheTotalIsChecked() throws Exception {
        List<CheckOutcome> totals = totals(check("\"\""));
        assertEquals(2, totals.size(), totals::toString);
        assertTrue(totals.stream().allMatch(o -> o.status() == CheckStatus.PASSED), totals::toString);
    }
}
