package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@link ContinuedTables#join} reads the blocks between two tables only while they can still decide a join (no other
 * text seen yet, a table with columns open): the tables it joins are those it joins reading every block. On generated
 * documents of tables with and without columns, headers or not, left-out layout tables, page-footer tables, page breaks,
 * and between them page numbers, running footers, "continued" captions (naming the open table's title or not), unit
 * captions, the open table's title repeated, short running heads and paragraphs, in any order.
 */
class ContinuedGapProperties {

    private static final List<String> TITLES = List.of("Consolidated Balance Sheets", "Net sales by product",
            "CONSOLIDATED STATEMENTS OF CASH FLOWS", "Long-term debt");

    @Property(tries = 2000)
    void joinsAsReadingEveryBlock(@ForAll("documents") List<ContinuedTables.Part> parts) {
        List<Table> shortcut = ContinuedTables.join(parts);
        List<Table> plain = ContinuedTables.join(parts, true);
        assertEquals(describe(plain), describe(shortcut));
        Statistics.label("joined").collect(plain.size() < parts.stream().filter(part -> part.table() != null).count());
        Statistics.label("other text before a page mark").collect(otherBeforeMark(parts));
        Statistics.label("joined").coverage(coverage -> coverage.check(true).percentage(percent -> percent > 3));
        Statistics.label("other text before a page mark").coverage(coverage -> coverage.check(true).percentage(percent -> percent > 10));
    }

    /** A paragraph, then a caption naming the open table as continued and a page number: no join, as reading all says. */
    @Example
    void aParagraphBeforeTheCaptionKeepsTheTablesApart() {
        Table first = table("t1", TITLES.get(0), 2, true, "Cash", "Receivables");
        Table second = table("t2", "", 2, true, "Inventories", "Total assets");
        List<ContinuedTables.Part> parts = List.of(
                new ContinuedTables.Part(first, true, "Consolidated Balance Sheets Cash 1 2", List.of(), false),
                new ContinuedTables.Part(second, false, "Inventories 3 4", List.of("We discuss our liquidity in the section"
                        + " below, where the reader finds the sources and uses of cash and how we fund our operations.",
                        "CONSOLIDATED BALANCE SHEETS (CONTINUED)", "17"), true));
        assertEquals(2, ContinuedTables.join(parts).size());
        assertEquals(describe(ContinuedTables.join(parts, true)), describe(ContinuedTables.join(parts)));
        List<ContinuedTables.Part> withoutParagraph = List.of(parts.get(0), new ContinuedTables.Part(second, false,
                "Inventories 3 4", List.of("CONSOLIDATED BALANCE SHEETS (CONTINUED)", "17"), true));
        assertEquals(1, ContinuedTables.join(withoutParagraph).size(), "the caption and the page break alone join them");
    }

    private static boolean otherBeforeMark(List<ContinuedTables.Part> parts) {
        for (ContinuedTables.Part part : parts) {
            boolean other = false;
            for (String block : part.between()) {
                other |= block.length() > 120;
                if (other && ContinuedTables.isPageMark(block)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> describe(List<Table> tables) {
        List<String> described = new ArrayList<>();
        for (Table table : tables) {
            StringBuilder text = new StringBuilder(table.id() + "|" + table.title() + "|" + table.unit() + "|" + table.columns());
            for (Row row : table.rows()) {
                text.append("|").append(row.label()).append("@").append(row.location());
            }
            described.add(text.toString());
        }
        return described;
    }

    private static Table table(String id, String title, int width, boolean withCells, String... labels) {
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < labels.length; r++) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; withCells && c < width; c++) {
                cells.add(new Cell(String.valueOf(100 * r + c), Location.ofFragment("t.htm", id + "/row-" + r + "/col-" + c)));
            }
            rows.add(new Row(labels[r], null, null, cells, Location.ofFragment("t.htm", id + "/row-" + r)));
        }
        List<String> columns = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columns.add(c % 2 == 0 ? "2024" : "2023");
        }
        return new Table(id, title, width == 0 ? "" : "in millions", null, columns, rows, Location.ofFragment("t.htm", id));
    }

    @Provide
    Arbitrary<List<ContinuedTables.Part>> documents() {
        return part().list().ofMinSize(1).ofMaxSize(10).map(ContinuedGapProperties::numbered);
    }

    /** The parts' tables given ids in order (each table is one of the document). */
    private static List<ContinuedTables.Part> numbered(List<ContinuedTables.Part> parts) {
        List<ContinuedTables.Part> numbered = new ArrayList<>();
        for (int p = 0; p < parts.size(); p++) {
            ContinuedTables.Part part = parts.get(p);
            Table table = part.table();
            Table renamed = table == null ? null : new Table("table-" + (p + 1), table.title(), table.unit(), null, table.columns(),
                    relocated(table.rows(), "table-" + (p + 1)), Location.ofFragment("t.htm", "table-" + (p + 1)));
            numbered.add(new ContinuedTables.Part(renamed, part.ownHeaders(), part.text(), part.between(), part.pageBreak()));
        }
        return numbered;
    }

    private static List<Row> relocated(List<Row> rows, String id) {
        List<Row> moved = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Row row = rows.get(r);
            moved.add(new Row(row.label(), null, null, row.cells(), Location.ofFragment("t.htm", id + "/row-" + r)));
        }
        return moved;
    }

    private Arbitrary<ContinuedTables.Part> part() {
        Arbitrary<String> label = Arbitraries.of("Cash", "Receivables", "Inventories", "Total assets", "Net sales:", "Product A",
                "Product B", "Total net sales", "Balance at January 1, 2024", "Balance at January 1, 2025", "Other");
        Arbitrary<Table> table = Combinators.combine(Arbitraries.of(TITLES), Arbitraries.of(0, 2, 2, 3), Arbitraries.of(true, true, false),
                label.list().ofMinSize(1).ofMaxSize(4))
                .as((title, width, cells, labels) -> table("t", title, width, cells, labels.toArray(String[]::new)));
        Arbitrary<String> block = Arbitraries.of("17", "F-17", "- 23 -", "2024 Form 10-K", "Apple Inc. | Q3 2025 Form 10-Q",
                "Table of Contents", "(continued)", "CONSOLIDATED BALANCE SHEETS (CONTINUED)", "Net sales by product (Continued)",
                "Notes to Condensed Consolidated Financial Statements (Continued)", "(In millions)", "(in millions, except per share amounts)",
                "Consolidated Balance Sheets", "Long-term debt", "(Unaudited)", "Liabilities and equity", "Apple Inc.", "",
                "The following table shows net sales by category for the three- and nine-month periods ended June 28, 2025 and"
                        + " June 29, 2024 (in millions), together with the change between them and what drove it.",
                "Our liquidity is discussed below; see Note 4 on page 17 of the Annual Report for the terms of the debt,"
                        + " and the Table of Contents for where each section stands in this Form 10-K.");
        Arbitrary<String> footer = Arbitraries.of("39 | 2024 Form 10-K", "17", "Table of Contents", "F-3");
        Arbitrary<ContinuedTables.Part> kept = Combinators.combine(table, Arbitraries.of(true, false), block.list().ofMaxSize(6),
                Arbitraries.of(true, false)).as((t, headers, between, pageBreak) -> new ContinuedTables.Part(t, headers,
                        t.title() + " " + t.rows().get(0).label(), between, pageBreak));
        Arbitrary<ContinuedTables.Part> pageFooter = Combinators.combine(footer, block.list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((text, between, pageBreak) -> new ContinuedTables.Part(table("t", "", 2, true, text), false, text, between, pageBreak));
        Arbitrary<ContinuedTables.Part> leftOut = Combinators.combine(Arbitraries.of("17", "Apple Inc.", "", "(continued)"),
                block.list().ofMaxSize(3), Arbitraries.of(true, false))
                .as((text, between, pageBreak) -> new ContinuedTables.Part(null, false, text, between, pageBreak));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(6, kept), net.jqwik.api.Tuple.of(2, pageFooter),
                net.jqwik.api.Tuple.of(1, leftOut));
    }
}
