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
 * over it is not evaluated, with that reason. A blank cell ({@code ""}) is what a statement prints for
 * nothing: it counts as nothing and the total is checked.
 */
class NotGivenCellsTest {

    @TempDir
    Path folder;

    private CheckRun check(String shortTermInvestments) throws Exception {
        Path input = folder.resolve("balance.json");
        Files.writeString(input, """
                {"crossfoot": 1, "document": {"id": "b"}, "tables": [{"id": "t", "title": "Balance sheet",
                 "columns": ["2010", "2009"], "rows": [
                  {"label": "Cash", "cells": ["100", "90"]},
                  {"label": "Short-term investments", "cells": [%s, %s]},
                  {"label": "Receivables", "cells": ["50", "40"]},
                  {"label": "Total current assets", "cells": ["150", "130"]}]}]}
                """.formatted(shortTermInvestments, shortTermInvestments));
        return Crossfoot.standard().check(List.of(input));
    }

    private static List<CheckOutcome> totals(CheckRun run) {
        return run.outcomes().stream().filter(o -> o.rule().equals("FOOT.section-total")).toList();
    }

    @Test
    void aTotalOverALineWithNoFigureIsNotEvaluatedAndSaysWhy() throws Exception {
        List<CheckOutcome> totals = totals(check("null"));
        assertEquals(2, totals.size(), totals::toString);
        for (CheckOutcome total : totals) {
            assertEquals(CheckStatus.NOT_EVALUATED, total.status(), total::toString);
            assertTrue(total.detail().contains("the input gives no figure for 'Short-term investments'"), total::toString);
        }
    }

    @Test
    void aBlankCellIsNothingAndTheTotalIsChecked() throws Exception {
        List<CheckOutcome> totals = totals(check("\"\""));
        assertEquals(2, totals.size(), totals::toString);
        assertTrue(totals.stream().allMatch(o -> o.status() == CheckStatus.PASSED), totals::toString);
    }
}
