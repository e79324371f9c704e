package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How the reader lays out what {@code fixtures/fsds/equity-2025} holds, where the findings alone cannot show it:
 * each line's measure from its unit, the equity statement's share counts and a co-registrant kept apart, the
 * balance "as adjusted" between the opening and the closing line of its concept left blank, and the quarter
 * only net income has left out of the statement's columns.
 */
class FsdsEquityTest {

    private static final List<Table> TABLES = new ArrayList<>();

    @BeforeAll
    static void read() {
        new FsdsReader().streamFolder(Path.of("fixtures/fsds/equity-2025/data"), "DATA", new DocumentSink() {
            @Override
            public void document(Document document) {
                TABLES.addAll(document.tables());
            }

            @Override
            public void problem(InputProblem problem) {
            }

            @Override
            public void skipped(Skipped skipped) {
            }
        });
    }

    @Test
    void eachLineMeasuresWhatItsUnitSays() {
        Table income = table("R1");
        assertEquals(Measure.MONEY, row(income, "Net income").measure());
        assertEquals(Measure.PER_SHARE, row(income, "Basic earnings per share").measure(), "uom USD/shares");
        assertEquals(Measure.SHARES, row(income, "Shares used in computing basic earnings per share").measure(), "uom shares");
    }

    @Test
    void theCoRegistrantIsATableOfItsOwnNotMixedIntoTheEntitysColumns() {
        assertEquals("200", row(table("R1"), "Net income").cell(0).text());
        assertEquals("40", row(table("R1 [co-registrant SubsidiaryCo]"), "Net income").cell(0).text());
    }

    @Test
    void theEquityStatementsShareCountsAreATableOfTheirOwn() {
        Table equity = table("R2");
        assertTrue(equity.rows().stream().noneMatch(row -> row.measure() == Measure.SHARES), () -> equity.rows().toString());
        Table shares = table("R2 [shares]");
        assertEquals(List.of("100", "1", "101"), shares.rows().stream().map(row -> row.cell(0).text()).toList());
        assertTrue(shares.rows().stream().allMatch(row -> row.measure() == Measure.SHARES));
    }

    @Test
    void aBalanceBetweenTheOpeningAndTheClosingLineOfItsConceptIsNotGiven() {
        Table equity = table("R2");
        assertEquals("5,000", row(equity, "Beginning balance").cell(0).text());
        assertTrue(row(equity, "Adjusted beginning balance").cells().stream().allMatch(Cell::notGiven),
                "not the closing balance again, and not a blank that would count as nothing");
        assertTrue(row(equity, "Cumulative effect of an accounting change").cells().stream().allMatch(Cell::notGiven),
                "a line with no value in num.txt is unknown");
        assertEquals("5,160", row(equity, "Ending balance").cell(0).text());
    }

    @Test
    void theQuarterOnlyNetIncomeFillsIsNoColumnOfTheStatement() {
        assertEquals(List.of("Six months ended June 30, 2009", "Six months ended June 30, 2008"), table("R2").columns());
        assertTrue(TABLES.stream().noneMatch(table -> table.id().contains("other periods")), "skipped, not a table");
    }

    private static Table table(String id) {
        return TABLES.stream().filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id + " among " + TABLES.stream().map(Table::id).toList()));
    }

    private static Row row(Table table, String label) {
        return table.rows().stream().filter(row -> row.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + label + "' in " + table.id()));
    }
}
