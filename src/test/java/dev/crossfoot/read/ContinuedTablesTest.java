package dev.crossfoot.read;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.crossfoot.read.HtmlPages.check;
import static dev.crossfoot.read.HtmlPages.errors;
import static dev.crossfoot.read.HtmlPages.head;
import static dev.crossfoot.read.HtmlPages.read;
import static dev.crossfoot.read.HtmlPages.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table that a page break cut into two HTML tables is checked as one; separate tables stay separate. */
@DisplayName("Tables continued across a page break")
class ContinuedTablesTest {

    /** What EDGAR prints between the parts: a page-footer table and a page break. */
    private static final String PAGE_BREAK = "<table><tr><td>39</td><td>| 2024 Form 10-K</td></tr></table>"
            + "<div style=\"page-break-after:always\"></div>";

    private static List<String> tableIds(String body) {
        return read(body).documents().get(0).tables().stream().map(Table::id).toList();
    }

    /** Net sales over two pages: the total only in the second part, which repeats the headers. */
    private static String splitSales(String productA) {
        return "<p>Net sales by product (in millions)</p><table>" + head("2024", "2023") + row("Net sales:")
                + row("Product A", productA, "1,100") + row("Product B", "2,000", "1,900") + "</table>"
                + PAGE_BREAK
                + "<table>" + head("2024", "2023") + row("Product C", "500", "450")
                + row("Total net sales", "3,734", "3,450") + "</table>";
    }

    @Test
    void aTableSplitAtAPageBreakFootsAsOneTable() {
        CheckRun run = check(splitSales("1,234"));
        assertEquals(List.of(), errors(run));
        assertEquals(List.of("table-1", "table-2"), tableIds(splitSales("1,234")),
                "the second part joins the first; the page footer stays a table of its own");
        assertTrue(run.outcomes().stream().anyMatch(o -> o.rule().equals("FOOT.section-total") && o.status() == CheckStatus.PASSED));
    }

    @Test
    void aMisreadCellInTheFirstPartIsCitedWhereItStands() {
        List<Finding> errors = errors(check(splitSales("1,243")));
        assertEquals(1, errors.size(), errors.toString());
        List<String> cited = errors.get(0).cells().stream().map(CellRef::location).map(Object::toString).toList();
        assertTrue(cited.contains("t.htm#table-1/row-3/col-3"), "the misread cell, in the first <table>: " + cited);
        assertTrue(cited.contains("t.htm#table-3/row-3/col-3"), "the total, in the second <table>: " + cited);
    }

    @Test
    void aSecondPartWithoutHeadersGoesOnWithTheOpenSection() {
        String body = "<p>Financial liabilities (in millions)</p><table>" + head("Carrying Amount", "Fair Value")
                + row("Current debt", "$11,526", "11,495") + row("Non-current debt:")
                + row("2.95% Notes due 2027", "950", "984") + row("0.95% Notes due 2027", "1,478", "1,410") + "</table>"
                + "<table><tr><td>Form 10-Q</td><td>17</td></tr></table><div style=\"page-break-after:always\"></div>"
                + "<p>Table of Contents</p>"
                + "<table>" + row("3.70% Notes due 2055", "1,172", "1,118") + row("Other", "85", "88")
                + row("Total non-current debt", "$3,685", "3,600") + "</table>";
        assertEquals(List.of("table-1", "table-2"), tableIds(body));
        assertEquals(List.of(), errors(check(body)));
    }

    /** A note of the financial-statement pages cut by the page number "F-17" between its parts, as older filings print it. */
    private static String splitNote(String total) {
        return "<p>Long term notes payable are as follows at:</p><table>" + head("June 30, 2021", "June 30, 2020")
                + row("Note payable with a bank", "$ 237,039", "$ 274,900") + row("Long term PPP loan", "-", "310,832") + "</table>"
                + "<p>F-17</p><div style=\"page-break-after:always\"></div>"
                + "<table>" + row("Note payable with a finance company", "31,016", "34,019")
                + row("Total Notes Payable", total, "619,751") + "</table>";
    }

    @Test
    void aFinancialStatementPageNumberIsAPageMark() {
        assertEquals(List.of("table-1"), tableIds(splitNote("268,055")), "the second part joins the first across 'F-17'");
        assertEquals(List.of(), errors(check(splitNote("268,055"))));
        assertEquals(1, errors(check(splitNote("286,055"))).size(), "a misread total is still caught");
    }

    /** A balance sheet whose liabilities side is on the next page, under "(CONTINUED)" and the page's running heads. */
    private static String splitBalanceSheet(String totalAssets) {
        return "<p>CONSOLIDATED BALANCE SHEET</p><p>Dollars in millions</p><table>" + head("At June 30, 2025", "At December 31, 2024")
                + row("Assets:") + row("Cash", "100", "90") + row("Receivables", "50", "40")
                + row("Total assets", totalAssets, "130") + "</table>"
                + "<p>(Amounts may not add due to rounding.)</p>" + PAGE_BREAK
                + "<p>ACME CORPORATION AND SUBSIDIARY COMPANIES</p><p>CONSOLIDATED BALANCE SHEET – (CONTINUED)</p>"
                + "<p>(UNAUDITED)</p><p>Dollars in millions except per share amounts</p><table>"
                + head("At June 30, 2025", "At December 31, 2024") + row("Liabilities:") + row("Payables", "60", "50")
                + row("Total liabilities", "60", "50") + row("Equity:") + row("Retained earnings", "90", "80")
                + row("Total equity", "90", "80") + row("Total liabilities and equity", "150", "130") + "</table>";
    }

    @Test
    void aBalanceSheetContinuedOnTheNextPageBalancesAsOne() {
        assertEquals(List.of("table-1", "table-2"), tableIds(splitBalanceSheet("150")));
        CheckRun run = check(splitBalanceSheet("150"));
        assertEquals(List.of(), errors(run));
        assertEquals(2, run.outcomes().stream().filter(o -> o.rule().equals("BS.balance") && o.status() == CheckStatus.PASSED).count(),
                "total assets on one page, total liabilities and equity on the next");
        assertTrue(errors(check(splitBalanceSheet("160"))).stream().anyMatch(f -> f.rule().equals("BS.balance")));
    }

    @Test
    void aRunningHeadSayingContinuedDoesNotJoinTheNextNoteTable() {
        String body = "<p>Stock-based compensation (in millions)</p><table>" + head("2025", "2024")
                + row("Cost of revenue", "10", "8") + row("Research and development", "30", "25") + row("Total", "40", "33")
                + "</table>" + PAGE_BREAK + "<p>Notes to the Consolidated Financial Statements (Continued)</p>"
                + "<p>A summary of equity awards granted:</p><table>" + head("2025", "2024")
                + row("Awards granted", "12", "14") + row("Grant-date fair value", "2,100", "1,900") + "</table>";
        assertEquals(List.of("table-1", "table-2", "table-3"), tableIds(body), "a new table introduced by its own sentence");
    }

    @Test
    void theSameStatementPrintedForAnotherYearStaysSeparate() {
        String sheet = "<table>" + head("Parent", "Subsidiaries", "Consolidated") + row("Cash", "%s", "40", "140")
                + row("Receivables", "50", "60", "110") + row("Total assets", "150", "100", "250") + "</table>";
        String body = "<p>Condensed consolidating balance sheet (in millions)</p>" + sheet.formatted("100")
                + PAGE_BREAK + sheet.formatted("100");
        assertEquals(List.of("table-1", "table-2", "table-3"), tableIds(body), "a balance sheet again, for the year before");
        assertEquals(List.of(), errors(check(body)));
    }

    @Test
    void aRollForwardOfTheYearBeforeStaysSeparate() {
        String body = "<p>Changes in accumulated other comprehensive income (in millions)</p><table>" + head("Translation", "Total")
                + row("Beginning balance at January 1, 2025", "(5,928)", "(5,928)") + row("Other comprehensive income", "10,166", "10,166")
                + row("Ending balance at June 30, 2025", "4,238", "4,238") + "</table>" + PAGE_BREAK
                + "<table>" + row("Beginning balance at January 1, 2024", "950", "950") + row("Other comprehensive loss", "(2,801)", "(2,801)")
                + row("Ending balance at June 30, 2024", "(1,851)", "(1,851)") + "</table>";
        assertEquals(List.of("table-1", "table-2", "table-3"), tableIds(body));
    }

    @Test
    void tablesWithTextBetweenThemOrNoPageBreakStaySeparate() {
        String first = "<p>Net sales by product (in millions)</p><table>" + head("2024", "2023")
                + row("Product A", "1,234", "1,100") + row("Product B", "2,000", "1,900") + "</table>";
        String second = "<table>" + head("2024", "2023") + row("Product C", "500", "450") + row("Product D", "300", "250") + "</table>";
        assertEquals(List.of("table-1", "table-2"), tableIds(first + "<p>Sales of services grew in every region, as follows:</p>" + second));
        assertEquals(List.of("table-1", "table-2"), tableIds(first + second), "no page break: two tables the filer made");
    }

    @Test
    void aCaptionNamingTheTitleAsContinuedJoinsAPartThatOpensWithALabelTheFirstHas() {
        // A balance sheet cut in its liabilities' list of instruments, which its assets list too: the labels alone
        // read the second part as a second copy; the caption says it goes on.
        String body = "<p>CONSOLIDATED BALANCE SHEETS</p><p>(In millions)</p><table>" + head("2010", "2009")
                + row("U.S. government securities", "100", "90") + row("Other sovereign obligations", "50", "40")
                + row("Total assets", "150", "130") + row("Financial instruments sold:") + row("U.S. government securities", "20", "10")
                + "</table>" + PAGE_BREAK + "<p>CONSOLIDATED BALANCE SHEETS (Continued)</p><p>(In millions)</p><table>"
                + head("2010", "2009") + row("Other sovereign obligations", "5", "4")
                + row("Total liabilities", "25", "14") + "</table>";
        assertEquals(List.of("table-1", "table-2"), tableIds(body), "the second part joins the first");
    }

    @Test
    void aContinuedCaptionOverTheNextYearsCopyOfTheStatementKeepsItApart() {
        // An equity statement's second roll-forward on the next page, "(Continued)": it opens where the first
        // opened, with the balance at another date, a second copy, not the rest of the first.
        String body = "<p>CONSOLIDATED STATEMENT OF EQUITY</p><p>(In millions)</p><table>" + head("Retained earnings", "Total")
                + row("Equity - April 1, 2024", "100", "120") + row("Net income", "10", "10")
                + row("Equity - June 30, 2024", "110", "130") + "</table>" + PAGE_BREAK
                + "<p>CONSOLIDATED STATEMENT OF EQUITY - (CONTINUED)</p><p>(In millions)</p><table>"
                + head("Retained earnings", "Total") + row("Equity - January 1, 2025", "200", "220")
                + row("Dividends", "(5)", "(5)") + row("Equity - June 30, 2025, end", "195", "215") + "</table>";
        assertEquals(List.of("table-1", "table-2", "table-3"), tableIds(body), "two statements, the page footer between");
    }
}
