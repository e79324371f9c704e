package dev.crossfoot.read;

import dev.crossfoot.model.Table;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Headers, captions and titles in the layouts filers print them in, and how each table is read. Found by printing
 * the SEC data sets' statements as HTML and reading them back ({@code bench.HtmlRenderedStatements}).
 */
@DisplayName("HTML statements are read in the layouts filers print them in")
class HtmlFilingLayoutsTest {

    private static Table only(String body) {
        List<Table> tables = HtmlPages.read(body).documents().get(0).tables();
        assertEquals(1, tables.size(), "one table: " + tables);
        return tables.get(0);
    }

    @Test
    void aOneCellHeaderHeadsItsOwnColumnNotTheNextOne() {
        // One cell per column, no spacers: each header cell is within two grid columns of the next column too.
        Table table = only("<table><tr><th></th><th>Three Months Ended</th><th>Three Months Ended</th></tr>"
                + "<tr><th></th><th>June 30, 2009</th><th>June 30, 2008</th></tr>"
                + "<tr><td>Revenues</td><td>1,200</td><td>1,100</td></tr>"
                + "<tr><td>Net income</td><td>(200)</td><td>100</td></tr></table>");
        assertEquals(List.of("Three Months Ended June 30, 2009", "Three Months Ended June 30, 2008"), table.columns());
    }

    @Test
    void yearsUnderASpanningPeriodEachHeadTheirColumn() {
        // The older RR Donnelley layout: a spacer cell before each amount, the period spanning both, the years below.
        Table table = only("<table><tr><td></td><td></td><td colspan=\"3\">Three Months Ended June 30,</td></tr>"
                + "<tr><td></td><td></td><td>2009</td><td></td><td>2008</td></tr>"
                + "<tr><td>Revenues</td><td></td><td>$ 1,200</td><td></td><td>$ 1,100</td></tr>"
                + "<tr><td>Net income</td><td></td><td>(200)</td><td></td><td>100</td></tr></table>");
        assertEquals(List.of("Three Months Ended June 30, 2009", "Three Months Ended June 30, 2008"), table.columns());
    }

    @Test
    void aHeaderOverTheDollarCellStillHeadsTheNumberBesideIt() {
        // Workiva's one-cell header over the "$" cell, the number one grid column to its right: what the nearness is for.
        Table table = only("<table><tr><td></td><td>2009</td><td></td><td></td><td>2008</td><td></td></tr>"
                + "<tr><td>Revenues</td><td>$</td><td>1,200</td><td></td><td>$</td><td>1,100</td></tr>"
                + "<tr><td>Net income</td><td></td><td>(200</td><td>)</td><td></td><td>100</td></tr></table>");
        assertEquals(2, table.columns().size(), table.columns().toString());
        assertEquals(List.of(true, true), table.columns().stream().map(c -> c.contains("2009") != c.contains("2008")).toList(),
                "each column one year: " + table.columns());
        assertEquals(true, table.columns().get(0).contains("2009"), table.columns().toString());
    }

    @Test
    void aCaptionAboveAnotherStatementsTitleIsNotThisTablesUnit() {
        // Two statements on two pages: the balance sheet in thousands, then its parenthetical, in dollars, with no caption.
        List<Table> tables = HtmlPages.read("<p>ACME CORP</p><p>CONSOLIDATED BALANCE SHEETS</p><p>(In thousands)</p><table>"
                + "<tr><td></td><td>June 30, 2009</td><td>December 31, 2008</td></tr>"
                + "<tr><td>Cash</td><td>1,200</td><td>1,100</td></tr><tr><td>Total assets</td><td>1,200</td><td>1,100</td></tr></table>"
                + "<p style=\"page-break-before:always\"></p><p>ACME CORP</p><p>CONSOLIDATED BALANCE SHEETS (Parenthetical)</p><table>"
                + "<tr><td></td><td>June 30, 2009</td><td>December 31, 2008</td></tr>"
                + "<tr><td>Common stock, par value per share</td><td>0.01</td><td>0.01</td></tr></table>")
                .documents().get(0).tables();
        assertEquals(List.of("In thousands", ""), tables.stream().map(Table::unit).toList());
    }

    @Test
    void aCaptionUnderTheTitleIsStillTheTablesUnit() {
        Table table = only("<p>CONSOLIDATED STATEMENTS OF OPERATIONS</p><p>(In millions, except per share amounts)</p>"
                + "<p>(Unaudited)</p><table><tr><td></td><td>2009</td><td>2008</td></tr>"
                + "<tr><td>Revenues</td><td>1,200</td><td>1,100</td></tr></table>");
        assertEquals("In millions, except per share amounts", table.unit());
    }

    @Test
    void twoColumnsEachWithAHeaderOfItsOwnStayTwoWhereTheirLinesDoNotMeet() {
        // A balance date beside the last period, filled only on the lines the period leaves blank: two columns, as
        // the header row says, not one whose numbers stand a grid column aside on some lines.
        Table table = only("<table><tr><th></th><th>Six Months Ended June 30, 2009</th><th>June 30, 2008</th></tr>"
                + "<tr><td>Net income</td><td>100</td><td></td></tr>"
                + "<tr><td>Depreciation</td><td>20</td><td></td></tr>"
                + "<tr><td>Cash at end of period</td><td></td><td>500</td></tr></table>");
        assertEquals(List.of("Six Months Ended June 30, 2009", "June 30, 2008"), table.columns());
    }

    @Test
    void aColumnWhoseNumbersStandAGridColumnAsideOnSomeLinesIsStillOneColumn() {
        // One header cell spans both grid columns: the numbers that stand one column aside are the same column's.
        Table table = only("<table><tr><td></td><td colspan=\"2\">2009</td></tr>"
                + "<tr><td>Revenues</td><td>1,200</td><td></td></tr>"
                + "<tr><td>Costs</td><td></td><td>(900)</td></tr>"
                + "<tr><td>Net income</td><td>300</td><td></td></tr></table>");
        assertEquals(1, table.columns().size(), table.columns().toString());
    }

    @Test
    void aStatementsFirstSectionHeaderIsNotItsTitle() {
        // A cash-flow statement whose first row heads its operating section in capitals, a member's equity whose first
        // row is "Shareholders' equity:": the heading above the table is the title, as the statement's kind and a
        // "(Continued)" part's join depend on it.
        Table cash = only("<p>ACME CORP</p><p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><table>"
                + "<tr><td></td><td>2009</td><td>2008</td></tr>"
                + "<tr><td>CASH FLOWS FROM OPERATING ACTIVITIES</td><td></td><td></td></tr>"
                + "<tr><td>Net income</td><td>1,200</td><td>1,100</td></tr>"
                + "<tr><td>Net cash provided by operating activities</td><td>1,200</td><td>1,100</td></tr></table>");
        assertEquals("CONSOLIDATED STATEMENTS OF CASH FLOWS", cash.title());
        Table equity = only("<p>STATEMENTS OF CHANGES IN EQUITY \u2014 RetainedEarnings</p><table>"
                + "<tr><td></td><td>2009</td></tr>"
                + "<tr><td>Shareholders' equity:</td><td></td></tr>"
                + "<tr><td>Balance at beginning of year</td><td>1,200</td></tr></table>");
        assertEquals("STATEMENTS OF CHANGES IN EQUITY \u2014 RetainedEarnings", equity.title());
        Table inside = only("<table><tr><td>CONSOLIDATED STATEMENTS OF CASH FLOWS</td><td></td><td></td></tr>"
                + "<tr><td></td><td>2009</td><td>2008</td></tr>"
                + "<tr><td>Net income</td><td>1,200</td><td>1,100</td></tr></table>");
        assertEquals("CONSOLIDATED STATEMENTS OF CASH FLOWS", inside.title(), "a title inside the table is still its title");
    }

    @Test
    void aContinuedStatementOpeningWithASectionHeaderIsJoinedToItsFirstPart() {
        List<Table> tables = HtmlPages.read("<p>ACME CORP</p><p>CONSOLIDATED STATEMENTS OF CASH FLOWS</p><table>"
                + "<tr><td></td><td>2009</td><td>2008</td></tr>"
                + "<tr><td>CASH FLOWS FROM OPERATING ACTIVITIES</td><td></td><td></td></tr>"
                + "<tr><td>Net income</td><td>1,200</td><td>1,100</td></tr>"
                + "<tr><td>Depreciation</td><td>100</td><td>90</td></tr></table>"
                + "<p style=\"page-break-before:always\"></p><p>ACME CORP</p><p>CONSOLIDATED STATEMENTS OF CASH FLOWS (Continued)</p><table>"
                + "<tr><td></td><td>2009</td><td>2008</td></tr>"
                + "<tr><td>Net cash provided by operating activities</td><td>1,300</td><td>1,190</td></tr></table>")
                .documents().get(0).tables();
        assertEquals(1, tables.size(), tables.stream().map(Table::title).toList().toString());
    }
    @Test
    @DisplayName("a page's running 'Table of Contents' link is navigation: no title, caption or period of the table below it")
    void aRunningBackLinkIsNoHeading() {
        // Workiva prints a link back to the contents at the head of every page; the note's heading stands above it, at
        // the foot of the page before.
        Table table = only("<p>Note 8. Disclosures about Segments and Related Information</p>"
                + "<div style=\"page-break-after:always\"></div>"
                + "<div style=\"text-align:right\"><a href=\"#toc\">Table of Contents</a></div>"
                + "<table><tr><td></td><td>Upstream</td><td>Energy Products</td><td>Total</td></tr>"
                + "<tr><td>Revenues</td><td>12,000</td><td>40,000</td><td>52,000</td></tr>"
                + "<tr><td>Earnings</td><td>5,000</td><td>1,000</td><td>6,000</td></tr></table>");
        assertEquals("Note 8. Disclosures about Segments and Related Information", table.title());
    }

    @Test
    @DisplayName("a link inside a heading's words leaves the heading a heading")
    void aHeadingWithALinkInItIsStillAHeading() {
        Table table = only("<p>CONSOLIDATED BALANCE SHEETS (see <a href=\"#n1\">Note 1</a>)</p>"
                + "<table><tr><td></td><td>June 30, 2025</td></tr>"
                + "<tr><td>Cash</td><td>100</td></tr><tr><td>Total assets</td><td>100</td></tr></table>");
        assertEquals(true, table.title().startsWith("CONSOLIDATED BALANCE SHEETS (see Note 1"), table.title());
    }
}
