package dev.crossfoot.bench;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The study's printer: a statement printed in every style, with every seeded variant, reads back as the same
 * labels, amounts, columns and unit scale — what {@link HtmlRenderedStatements} takes for granted when it blames
 * a difference on the reading.
 */
class StatementHtmlTest {

    private static Row row(String label, Measure measure, String... cells) {
        List<Cell> list = new ArrayList<>();
        for (String cell : cells) {
            list.add(new Cell(cell, Location.ofLine("t", 1)));
        }
        return new Row(label, null, null, list, Location.ofLine("t", 1), null, measure);
    }

    private static Document filing(String id) {
        Table income = new Table("R2", "Income statement", "in thousands of USD, except per share amounts", "income",
                List.of("Three months ended June 30, 2009", "Three months ended June 30, 2008", "Six months ended June 30, 2009",
                        "Six months ended June 30, 2008"),
                List.of(row("Revenues", Measure.MONEY, "1,200", "1,100", "2,300", "2,150"),
                        row("Cost of revenues", Measure.MONEY, "(700)", "(650)", "(1,350)", "(1,290)"),
                        row("Other expense", Measure.MONEY, "—", "(5)", "—", "(9)"),
                        row("Net income", Measure.MONEY, "500", "445", "950", "851"),
                        row("Earnings per share", Measure.PER_SHARE, "0.50", "0.45", "0.95", "0.85"),
                        row("Effective tax rate", Measure.PERCENT, "35.0%", "(2.5)%", "34.0%", "33.0%")),
                Location.ofLine("t", 1));
        List<Row> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(row("Asset line " + i, Measure.MONEY, i + ",000", i + ",100"));
        }
        lines.add(row("Total assets", Measure.MONEY, "1,830,000", "1,836,000"));
        Table balance = new Table("R1", "Balance sheet", "in millions of USD", "balance-sheet",
                List.of("June 30, 2009", "December 31, 2008"), lines, Location.ofLine("t", 1));
        Table cash = new Table("R3", "Statement of cash flows", "in thousands of USD", "cash-flow",
                List.of("Twelve months ended December 31, 2008", "Twelve months ended December 31, 2007"),
                List.of(row("Net income", Measure.MONEY, "950", "851"), row("Net change in cash", Measure.MONEY, "(20)", "30")),
                Location.ofLine("t", 1));
        return new Document(id, "Acme Widgets, Inc.", "10-Q", "t", "t", List.of(balance, income, cash));
    }

    @Test
    void everyStyleAndVariantReadsBackAsPrinted() {
        for (int n = 0; n < 16; n++) {
            Document document = filing("0000000000-09-" + n);
            for (StatementHtml.Style style : StatementHtml.Style.values()) {
                String page = StatementHtml.render(document, style);
                Document read = HtmlRenderedStatements.readBack(document, new ArrayList<>(), page);
                assertEquals(document.tables().size(), read.tables().size(), style + " " + document.id() + ": tables\n" + page);
                for (int t = 0; t < document.tables().size(); t++) {
                    Table given = document.tables().get(t);
                    assertNull(HtmlRenderedStatements.difference(given, read.tables().get(t), null, null),
                            style + " " + document.id() + "\n" + page);
                    for (int c = 0; c < given.columns().size(); c++) {
                        String year = given.columns().get(c).replaceAll(".*(\\d{4})$", "$1");
                        String header = read.tables().get(t).column(c);
                        assertTrue(header.contains(year) && header.replace(year, "").chars().filter(Character::isDigit).count() <= 2,
                                style + " " + document.id() + ": column " + (c + 1) + " '" + given.columns().get(c) + "' read as '" + header + "'");
                    }
                }
            }
        }
    }

    @Test
    void aLongStatementOfTheDonnelleyStyleIsCutByAPageBreakAndContinued() {
        String page = StatementHtml.render(filing("0000000000-09-1"), StatementHtml.Style.DONNELLEY);
        assertTrue(page.contains(" (Continued)"), page);
        assertEquals(4, page.split("<table").length - 1, "the balance sheet in two parts, then the other two statements");
    }

    @Test
    void theCaptionSaysTheScaleAndDropsTheDollars() {
        assertEquals("(In thousands, except per share amounts)", StatementHtml.caption("in thousands of USD, except per share amounts"));
        assertEquals("(In millions of EUR)", StatementHtml.caption("in millions of EUR"));
        assertEquals("", StatementHtml.caption("in USD, except per share amounts"));
    }

    @Test
    void aTotalsRunOfLinesGetsTheSectionHeaderItsLabelNames() {
        Table balance = new Table("R1", "Balance sheet", "in millions of USD", "balance-sheet", List.of("June 30, 2009", "December 31, 2008"),
                List.of(row("Cash", Measure.MONEY, "10", "8"),
                        row("Receivables", Measure.MONEY, "5", "4"),
                        row("Total current assets", Measure.MONEY, "15", "12"),
                        row("Property, net", Measure.MONEY, "20", "21"),
                        row("Total assets", Measure.MONEY, "35", "33"),
                        row("Accounts payable", Measure.MONEY, "7", "6"),
                        row("Total liabilities", Measure.MONEY, "8", "6"),
                        row("Basic (in dollars per share)", Measure.PER_SHARE, "0.10", "0.09"),
                        row("Diluted (in dollars per share)", Measure.PER_SHARE, "0.09", "0.08")),
                Location.ofLine("t", 1));
        List<FilerLayout.Line> lines = FilerLayout.lines(balance, new FilerLayout.Choices(false, true, 0, 0, 0, true));
        List<String> labels = lines.stream().map(line -> line.depth() + " " + line.label()).toList();
        assertEquals(List.of("0 ASSETS", "1 Current assets:", "2 Cash", "2 Receivables", "2 Total current assets", "1 Property, net",
                "1 Total assets", "0 Accounts payable", "0 Total liabilities", "0 Earnings per share:", "1 Basic", "1 Diluted"), labels,
                "a grand section in capitals; totals at their items' level; 7 is not 8, so no liabilities' section");
        List<String> out = FilerLayout.lines(balance, new FilerLayout.Choices(true, false, 0, 0, 0, true)).stream()
                .filter(line -> line.total()).map(line -> line.depth() + " " + line.label()).toList();
        assertEquals(List.of("1 Total current assets", "0 Total assets"), out, "totals one level out of their items");
    }

    @Test
    void netCashClosesItsActivitiesWithTheLinesSignsAsPrinted() {
        Table cash = new Table("R3", "Statement of cash flows", "in thousands of USD", "cash-flow",
                List.of("Six months ended June 30, 2009"),
                List.of(row("Net income", Measure.MONEY, "100"),
                        row("Depreciation", Measure.MONEY, "20"),
                        row("Receivables", Measure.MONEY, "(30)"),
                        row("Net cash provided by operating activities", Measure.MONEY, "90"),
                        row("Capital expenditures", Measure.MONEY, "(40)"),
                        row("Proceeds from sales", Measure.MONEY, "—"),
                        row("Net cash used in investing activities", Measure.MONEY, "(40)")),
                Location.ofLine("t", 1));
        List<String> headers = FilerLayout.lines(cash, new FilerLayout.Choices(false, false, 1, 0, 0, true)).stream()
                .filter(FilerLayout.Line::header).map(FilerLayout.Line::label).toList();
        assertEquals(List.of("Operating activities:", "Investing activities:"), headers);
    }
}
