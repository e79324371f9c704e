package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

/** A line with no label is a total where the currency sign and the numbers both say so. */
class UnlabelledTotalsTest {

    @Test
    void aSignedLineWithNoLabelUnderUnsignedLinesThatAddUpToItIsATotal() {
        Rows rows = new Rows()
                .line("Senior notes due 2026", "$ 400", "$ 402")
                .line("Senior notes due 2028", "800", "807")
                .line("Senior notes due 2030", "1,000", "996")
                .line("", "$ 2,200", "$ 2,205");
        assertArrayEquals(new boolean[] {false, false, false, true}, rows.totals());
    }

    @Test
    void aSignedLineWithNoLabelThatTheLinesDoNotAddUpToStaysALine() {
        Rows rows = new Rows()
                .line("Senior notes due 2026", "$ 400", "$ 402")
                .line("Senior notes due 2028", "800", "807")
                .line("", "$ 1,600", "$ 1,604");
        assertArrayEquals(new boolean[] {false, false, false}, rows.totals());
    }

    @Test
    void oneColumnOfThreeOffLeavesTheLayoutsReadingStanding() {
        Rows rows = new Rows()
                .line("Cash", "$ 100", "$ 50", "$ 150")
                .line("Funds", "20", "5", "25")
                .line("Bonds", "30", "5", "35")
                .line("", "$ 150", "$ 60", "$ 210");
        assertArrayEquals(new boolean[] {false, false, false, true}, rows.totals());
    }

    @Test
    void theSignAfterARowOfYearsStartsNoTotal() {
        // The payments triangle under its incurred costs: "Year 2023 2024", then a signed line whose
        // year is in a cell: the lines since the last signed one are the years, which add up to nothing.
        Rows rows = new Rows()
                .line("", "$ 242,734", "$ 242,156")
                .line("", "", "264,885")
                .line("Total", "", "$ 507,041")
                .line("Year", "2023", "2024")
                .line("", "$ (211,380)", "$ (240,112)");
        assertArrayEquals(new boolean[] {false, false, false, false, false}, rows.totals());
    }

    @Test
    void aLabelledLineIsTheLexiconsToReadNotTheSigns() {
        Rows rows = new Rows()
                .line("Senior notes due 2026", "$ 400", "$ 402")
                .line("Senior notes due 2028", "800", "807")
                .line("Carrying amount", "$ 1,200", "$ 1,209");
        assertArrayEquals(new boolean[] {false, false, false}, rows.totals());
    }

    @Test
    void whereEveryLineShowsTheSignTheRunOfNamedLinesDecides() {
        Rows rows = new Rows()
                .line("Senior notes due 2026", "$ 400", "$ 402")
                .line("Senior notes due 2028", "$ 800", "$ 807")
                .line("", "$ 1,200", "$ 1,209")
                .line("Senior notes due 2030", "$ 300", "$ 301")
                .line("", "$ 1,500", "$ 1,510");
        assertArrayEquals(new boolean[] {false, false, true, false, false}, rows.totals());
    }

    @Test
    void anUnnamedLineClosingARunOfNamedLinesThatAddUpToItIsATotal() {
        Rows rows = new Rows()
                .heading("Accounts payable and accrued liabilities")
                .line("Accrued liabilities", "822", "650")
                .line("Accounts payable", "592", "547")
                .line("Deferred revenue", "400", "276")
                .line("", "1,814", "1,473");
        assertArrayEquals(new boolean[] {false, false, false, false, true}, rows.totals());
    }

    @Test
    void anUnnamedLineTheRunDoesNotAddUpToStaysALine() {
        Rows rows = new Rows()
                .line("Accrued liabilities", "822", "650")
                .line("Accounts payable", "592", "547")
                .line("", "1,500", "1,297");
        assertArrayEquals(new boolean[] {false, false, false}, rows.totals());
    }

    @Test
    void oneOfTwoColumnsAddingUpMakesATotalWhoseOtherColumnIsTheFinding() {
        Rows rows = new Rows()
                .line("Accrued liabilities", "822", "650")
                .line("Accounts payable", "592", "547")
                .line("", "1,500", "1,197");
        assertArrayEquals(new boolean[] {false, false, true}, rows.totals());
    }

    @Test
    void oneOfTwoColumnsAddingUpOnlyByRepeatingItsOneFigureConfirmsNothing() {
        Rows rows = new Rows()
                .line("Accrued liabilities", "822", "650")
                .line("Accounts payable", "592", "0")
                .line("", "1,500", "650");
        assertArrayEquals(new boolean[] {false, false, false}, rows.totals());
    }

    @Test
    void oneNamedLineIsNoRunToTotal() {
        // Payments by year, the years set in cells: each unnamed line follows at most one named line.
        Rows rows = new Rows()
                .line("July through December 2025", "1,820", "1,820")
                .line("", "2,263", "2,263")
                .line("", "3,215", "3,215");
        assertArrayEquals(new boolean[] {false, false, false}, rows.totals());
    }

    private static final class Rows {
        private final List<String> labels = new ArrayList<>();
        private final List<List<CellValue>> values = new ArrayList<>();

        Rows line(String label, String... cells) {
            labels.add(label);
            List<CellValue> row = new ArrayList<>();
            for (String cell : cells) {
                row.add(value(cell));
            }
            values.add(row);
            return this;
        }

        Rows heading(String label) {
            labels.add(label);
            values.add(List.of());
            return this;
        }

        boolean[] totals() {
            return UnlabelledTotals.of(labels, values);
        }

        private static CellValue value(String text) {
            if (text.isEmpty()) {
                return new CellValue.Absent();
            }
            boolean currency = text.startsWith("$");
            String digits = text.replace("$", "").replace(",", "").strip();
            boolean negative = digits.startsWith("(");
            BigDecimal amount = new BigDecimal(digits.replace("(", "").replace(")", ""));
            return new CellValue.Number(negative ? amount.negate() : amount, BigDecimal.ONE, false, currency);
        }
    }
}
