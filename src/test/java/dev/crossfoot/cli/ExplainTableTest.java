package dev.crossfoot.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("explain-table shows how a table's structure was read")
class ExplainTableTest {

    private static final String AMBIGUOUS = "fixtures/cases/reading-chosen-once-ambiguous-columns/input.json";
    private static final String WRONG_CELL = "fixtures/cases/reading-chosen-once-wrong-cell-blamed-in-its-column/input.json";

    @Test
    void namesTheChosenReadingItsVoteAndTheRunnerUp() {
        Cli cli = Cli.run("explain-table", AMBIGUOUS + "#table-1");
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("Total = Segment A + Segment B + Segment C (holds in 1 of 2 columns); "
                + "runner-up: Total = Segment B + Segment C (holds in 1)"), cli.out());
        assertTrue(cli.out().contains("warning  2024"), cli.out());
        assertTrue(cli.out().contains("holds   2023"), cli.out());
    }

    @Test
    void theReadingOfATableWithAWrongCellIsTheOneItsOtherColumnsHold() {
        Cli cli = Cli.run("explain-table", WRONG_CELL + "#table-1");
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("Total operating costs = Medical costs + Operating costs + Cost of products sold"
                + " + Depreciation and amortization (holds in 2 of 3 columns)"), cli.out());
        assertTrue(cli.out().contains("error  2023"), cli.out());
    }

    @Test
    void anUnknownTableListsTheTablesThereAre() {
        Cli cli = Cli.run("explain-table", AMBIGUOUS + "#nope");
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("no table 'nope'") && cli.err().contains("table-1"), cli.err());
    }
}
