package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a filing of {@code fixtures/fsds/layout-2009} and {@code layout-2025} becomes, where the findings alone
 * cannot show it (issue 11): the document's company, form and fiscal period from sub.txt; a column per period
 * captioned as a statement captions it; rows in pre.txt's line order; the unit caption; the value as presented (negating applied); locations
 * back into the data set; a pre.txt line with no value a row of unknown cells, named by its pre.txt line.
 */
class FsdsDocumentTest {

    private static final String ACME = "0000000001-09-000001";

    @Test
    void aFilingIsADocumentWithItsCompanyFormAndFiscalPeriod() {
        ReadResult read = read("layout-2009");
        Document acme = document(read, ACME);
        assertEquals("ACME WIDGETS INC", acme.entity());
        assertEquals("10-Q", acme.form());
        assertEquals("10-Q, fiscal 2009 Q2, period 20090630", acme.source());
        assertEquals(List.of(ACME, "0000000002-09-000002"), read.documents().stream().map(Document::id).toList(),
                "one document per filing, in sub.txt's order");
    }

    @Test
    void eachPeriodIsAColumnCaptionedAsStatementsCaptionIt() {
        Document acme = document(read("layout-2009"), ACME);
        assertEquals(List.of("June 30, 2009", "December 31, 2008"), table(acme, "R2").columns(), "instants");
        assertEquals(List.of("Three months ended June 30, 2009", "Three months ended June 30, 2008"), table(acme, "R4").columns());
        assertEquals("in millions of USD, except per share amounts", table(acme, "R4").unit(),
                "the precision of the money's digits and the per-share line's unit");
    }

    @Test
    void aValueIsShownAsPresentedWithItsLocationInTheDataSet() {
        Table income = table(document(read("layout-2009"), ACME), "R4");
        Cell taxes = row(income, "Income taxes").cell(0);
        assertEquals("(5)", taxes.text(), "num.txt's 5000000 on a negating line of pre.txt, in millions");
        assertEquals("DATA#" + ACME + "/R4/line-4/20090630-q1", taxes.location().toString());
        assertEquals("DATA#" + ACME + "/R4/line-4", row(income, "Income taxes").location().toString());
    }

    @Test
    void aPreLineWithNoValueIsARowOfUnknownCellsNamedByItsLine() {
        ReadResult read = read("layout-2009");
        Row commitments = row(table(document(read, ACME), "R2"), "Commitments and contingencies");
        assertTrue(commitments.cells().stream().allMatch(Cell::notGiven), () -> commitments.cells().toString());
        assertTrue(read.problems().stream().anyMatch(problem -> problem.location().toString().equals("DATA/pre.txt:13")
                        && problem.message().contains("'Commitments and contingencies'") && problem.message().contains("not given")),
                () -> read.problems().toString());
    }

    @Test
    void rowsStandInTheirLineOrderWhateverTheOrderOfPreTxt(@TempDir Path copy) throws Exception {
        Path data = Path.of("fixtures/fsds/layout-2009/data");
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        List<String> pre = new ArrayList<>(Files.readAllLines(data.resolve("pre.txt")));
        Collections.reverse(pre.subList(1, pre.size()));
        Files.write(copy.resolve("pre.txt"), pre);
        CollectedDocuments collected = new CollectedDocuments();
        new FsdsReader().streamFolder(copy, "DATA", collected);
        ReadResult read = collected.result();
        assertEquals(List.of("Revenue", "Cost of revenue", "Gross profit", "Income taxes", "Net income",
                        "Net income per share, basic", "Weighted average shares outstanding, basic"),
                table(document(read, ACME), "R4").rows().stream().map(Row::label).toList());
    }

    @Test
    void theDailyLayoutIsReadByItsHeaderNames() {
        Document gamma = document(read("layout-2025"), "0000000003-25-000003");
        assertEquals("GAMMA TOOLS CO", gamma.entity());
        Table cash = table(gamma, "R4");
        assertEquals(List.of("Six months ended June 30, 2025", "Six months ended June 30, 2024"), cash.columns());
        assertEquals("in thousands of USD", cash.unit(), "values all multiples of a hundred: thousands with one decimal");
        assertEquals(List.of("12.5", "11.2"), row(cash, "Net income").cells().stream().map(Cell::text).toList());
        assertEquals("(4.8)", row(cash, "Purchases of property and equipment").cell(0).text(), "negating");
        assertEquals("40.0", row(cash, "Cash at beginning of period").cell(0).text(), "the balance at the period's start");
    }

    @Test
    void anOpeningBalanceItsFilerDatedAtThePeriodsEndIsReadAtTheStart(@TempDir Path copy) throws Exception {
        // The filer's own element for "Cash at beginning of period", each value tagged in its period's closing
        // context (General Electric's 2009 cash flows): 40,000 opens the six months that end on June 30, 2025.
        Table cash = cashFlows(copy, List.of("20250630\t2\t\tUSD\t40000.0", "20240630\t2\t\tUSD\t25000.0")
                .stream().map(value -> value.replace("\t2\t", "\t0\t")).toList());
        assertEquals(List.of("40.0", "25.0"), row(cash, "Cash at beginning of period").cells().stream().map(Cell::text).toList(),
                "dated at the period's end, the only dating under which every column has its opening balance");
    }

    @Test
    void anOpeningBalanceDatedAtTheStartStaysThereBesideACopyAtTheLatestEnd(@TempDir Path copy) throws Exception {
        // Dated by the calendar, with the latest opening balance tagged once more in the closing context
        // (American International Group's first quarter of 2010): the start fills both columns, the end one.
        Table cash = cashFlows(copy, List.of("20241231\t0\t\tUSD\t40000.0", "20231231\t0\t\tUSD\t25000.0",
                "20250630\t0\t\tUSD\t40000.0"));
        assertEquals(List.of("40.0", "25.0"), row(cash, "Cash at beginning of period").cells().stream().map(Cell::text).toList());
    }

    /** layout-2025's cash flows with the opening line on a filer's own element, whose values are given. */
    private static Table cashFlows(Path copy, List<String> openingValues) throws Exception {
        Path data = Path.of("fixtures/fsds/layout-2025/data");
        try (Stream<Path> files = Files.list(data)) {
            for (Path file : files.toList()) {
                Files.copy(file, copy.resolve(file.getFileName()));
            }
        }
        String adsh = "0000000003-25-000003";
        List<String> pre = Files.readAllLines(data.resolve("pre.txt")).stream()
                .map(line -> line.endsWith("Cash at beginning of period")
                        ? line.replace("CashCashEquivalentsRestrictedCashAndRestrictedCashEquivalents\tus-gaap/2025",
                                "CashAtBeginningOfPeriod\t" + adsh)
                        : line)
                .toList();
        Files.write(copy.resolve("pre.txt"), pre);
        List<String> num = new ArrayList<>(Files.readAllLines(data.resolve("num.txt")));
        openingValues.forEach(value -> num.add(adsh + "\tCashAtBeginningOfPeriod\t" + adsh + "\t" + value + "\t\t"));
        Files.write(copy.resolve("num.txt"), num);
        CollectedDocuments collected = new CollectedDocuments();
        new FsdsReader().streamFolder(copy, "DATA", collected);
        return table(document(collected.result(), adsh), "R4");
    }

    private static Document document(ReadResult read, String id) {
        return read.documents().stream().filter(document -> document.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id));
    }

    private static ReadResult read(String fixture) {
        CollectedDocuments read = new CollectedDocuments();
        new FsdsReader().streamFolder(Path.of("fixtures/fsds", fixture, "data"), "DATA", read);
        return read.result();
    }

    private static Table table(Document document, String id) {
        return document.tables().stream().filter(table -> table.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no table " + id + " among " + document.tables().stream().map(Table::id).toList()));
    }

    private static Row row(Table table, String label) {
        return table.rows().stream().filter(row -> row.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no row '" + label + "' in " + table.id()));
    }
}
