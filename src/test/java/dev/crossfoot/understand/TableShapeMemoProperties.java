package dev.crossfoot.understand;

import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The law of the shapes' memo ({@link TableShape}): a table understood with the memo warm (after tables of the
 * same shape and of shapes one input apart) reads exactly as it reads cold, with the memo off; and two tables
 * whose shapes differ in any input the shape is worked out from do not share a key, while two that differ only
 * in their numbers' digits do.
 */
class TableShapeMemoProperties {

    private static final ConceptDictionary CONCEPTS = RuleBook.builtIn().concepts();

    private static final List<String> LABELS = List.of("Revenue:", "Product", "Service", "Total revenue", "Cost of revenue",
            "Gross profit", "Research and development", "Total operating expenses", "Operating income (loss)",
            "Net income", "Net loss", "Basic", "Diluted", "Net income per share:", "Weighted average shares outstanding:",
            "Total", "Gross margin", "% of revenue", "GAAP gross profit", "Stock-based compensation", "Non-GAAP gross profit",
            "Cash and cash equivalents", "Total current assets", "Total assets", "Total liabilities",
            "Total stockholders' equity", "Total liabilities and stockholders' equity", "Net cash provided by operating activities",
            "Commitments and contingencies", "", "(in thousands)", "2024");
    private static final List<String> CELLS = List.of("$ 1,234", "1,234", "(45)", "—", "-", "12%", "100%", "100.0 %", "",
            "2024", "2023", "n/a", "1.23", "$ (0.05)", "€ 17", "7,654,321", "0");
    private static final List<String> TITLES = List.of("Condensed Consolidated Statements of Operations",
            "Condensed Consolidated Balance Sheets", "Statements of Cash Flows", "Reconciliation of GAAP to Non-GAAP",
            "Selected data", "");
    private static final List<String> UNITS = List.of("in thousands, except per share amounts", "in millions", "", "%");
    private static final List<String> COLUMNS = List.of("Three months ended September 30, 2011",
            "Three months ended June 30, 2011", "September 30, 2010", "December 31, 2010", "Nine months ended September 30, 2011",
            "% of Revenues", "Percent to Sales", "As Reported (GAAP)", "Constant Currency Adjustment", "2024", "");

    @Property(tries = 300)
    @Label("a table read with the memo warm (after its own shape, shapes one input apart, other numbers) reads as it does cold")
    void warmReadsAsCold(@ForAll("tables") Table table, @ForAll long seed) {
        Random random = new Random(seed);
        List<Table> run = new ArrayList<>();
        run.add(table);
        for (int i = 0; i < 6; i++) {
            run.add(random.nextBoolean() ? renumbered(table, random) : oneInputApart(table, random));
        }
        run.add(table);
        TableAnalyzer warm = new TableAnalyzer(CONCEPTS);
        Document document = new Document("doc", "", "", "", "file", run);
        for (int t = 0; t < run.size(); t++) {
            TableAnalyzer.Readings memo = warm.analyzeWithAndWithoutDepths(document, run.get(t), t, true);
            TableAnalyzer.Readings cold = new TableAnalyzer(CONCEPTS).analyzeWithAndWithoutDepths(document, run.get(t), t, false);
            assertSameReading(cold.givenDepths(), memo.givenDepths());
            if (cold.withoutDepths() == null) {
                assertNull(memo.withoutDepths());
            } else {
                assertSameReading(cold.withoutDepths(), memo.withoutDepths());
            }
        }
    }

    @Property(tries = 300)
    @Label("tables one shape input apart do not share a key; tables whose digits alone differ do, when their cells ask alike"
            + " and their numbers confirm the same unlabelled totals")
    void keysSeparateShapes(@ForAll("tables") Table table, @ForAll long seed) {
        Random random = new Random(seed);
        Table other = oneInputApart(table, random);
        if (!sameInputs(table, other)) {
            assertNotEquals(key(table), key(other));
        }
        TableShape.Key digits = key(otherDigits(table, random));
        if (java.util.Arrays.equals(key(table).unlabelledTotals(), digits.unlabelledTotals())) {
            assertEquals(key(table), digits);
        } else {
            assertNotEquals(key(table), digits);
        }
    }

    @Example
    void aTableOfTheSameShapeWithOtherNumbersTakesTheShapeAndItsOwnAmounts() {
        Table first = table("Revenue:", 0, "", "Product", 1, "$ 41,892", "Service", 1, "24,461", "Total revenue", 1, "66,353");
        Table second = table("Revenue:", 0, "", "Product", 1, "$ 41,893", "Service", 1, "24,461", "Total revenue", 1, "66,354");
        TableAnalyzer analyzer = new TableAnalyzer(CONCEPTS);
        Document document = new Document("doc", "", "", "", "file", List.of(first, second));
        analyzer.analyzeWithAndWithoutDepths(document, first, 0);
        StatementTable read = analyzer.analyzeWithAndWithoutDepths(document, second, 1).givenDepths();
        assertEquals(new java.math.BigDecimal("41893"), read.rows().get(1).amount(0).value());
        assertEquals(new java.math.BigDecimal("66354"), read.rows().get(3).amount(0).value());
        assertSameReading(new TableAnalyzer(CONCEPTS).analyzeWithAndWithoutDepths(document, second, 1, false).givenDepths(), read);
    }

    @Example
    void anUnlabelledLineIsATotalOnlyWhereItsOwnNumbersSaySo() {
        // The same shape twice: under the first table's lines the unnamed line is their total, under the second's it
        // is not. A reading kept for the first must not make the second's line a total.
        Table adds = table("Product", null, "41,892", "Service", null, "24,461", "", null, "66,353");
        Table doesNot = table("Product", null, "41,892", "Service", null, "24,461", "", null, "70,000");
        TableAnalyzer analyzer = new TableAnalyzer(CONCEPTS);
        Document document = new Document("doc", "", "", "", "file", List.of(adds, doesNot));
        assertEquals(dev.crossfoot.model.RowRole.TOTAL, analyzer.analyzeWithAndWithoutDepths(document, adds, 0).givenDepths()
                .rows().get(2).role());
        StatementTable warm = analyzer.analyzeWithAndWithoutDepths(document, doesNot, 1).givenDepths();
        assertSameReading(new TableAnalyzer(CONCEPTS).analyzeWithAndWithoutDepths(document, doesNot, 1, false).givenDepths(), warm);
    }

    private static void assertSameReading(StatementTable cold, StatementTable warm) {
        assertEquals(cold.table(), warm.table());
        assertEquals(cold.tableIndex(), warm.tableIndex());
        assertEquals(cold.kind(), warm.kind());
        assertEquals(cold.periods(), warm.periods());
        assertEquals(cold.rows().size(), warm.rows().size());
        for (int r = 0; r < cold.rows().size(); r++) {
            StatementRow coldRow = cold.rows().get(r);
            StatementRow warmRow = warm.rows().get(r);
            assertEquals(coldRow, warmRow);
            assertEquals(coldRow.normalLabel(), warmRow.normalLabel());
            assertEquals(coldRow.amounts(), warmRow.amounts());
            assertEquals(coldRow.row(), warmRow.row());
        }
    }

    private static TableShape.Key key(Table table) {
        TableAnalyzer analyzer = new TableAnalyzer(CONCEPTS);
        return analyzer.keyOf(table);
    }

    /** The same shape with every number's digits changed: a digit for another, never making a 100 or a year. */
    private static Table otherDigits(Table table, Random random) {
        return withCells(table, text -> {
            if (text.equals("100%") || text.equals("100.0 %") || text.matches("\\d{4}") || text.equals("0") || atMostOne(text)) {
                return text;
            }
            StringBuilder changed = new StringBuilder();
            for (char c : text.toCharArray()) {
                changed.append(Character.isDigit(c) ? (char) ('1' + random.nextInt(8)) : c);
            }
            return changed.toString();
        });
    }

    /** Whether a cell's number is 1 or a fraction of it, which a common-size statement's cells ask. */
    private static boolean atMostOne(String text) {
        String digits = text.replaceAll("[^0-9.]", "");
        return digits.matches("\\d*\\.?\\d+") && Double.parseDouble(digits) <= 1;
    }

    /** The same labels, with any cell's text drawn again: most keep the shape, some change it (a dash, a percentage). */
    private static Table renumbered(Table table, Random random) {
        return withCells(table, text -> random.nextInt(4) == 0 ? CELLS.get(random.nextInt(CELLS.size())) : text);
    }

    private static Table withCells(Table table, java.util.function.UnaryOperator<String> text) {
        List<Row> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (Cell cell : row.cells()) {
                cells.add(new Cell(text.apply(cell.text()), cell.location()));
            }
            rows.add(new Row(row.label(), row.depth(), row.concept(), cells, row.location(), row.totalOf(), row.measure()));
        }
        return new Table(table.id(), table.title(), table.unit(), table.statement(), table.columns(), rows, table.location());
    }

    /** The table with one input of its shape changed: a label, a depth, a stated concept or measure, the title, unit, statement or a column. */
    private static Table oneInputApart(Table table, Random random) {
        List<Row> rows = new ArrayList<>(table.rows());
        String title = table.title();
        String unit = table.unit();
        String statement = table.statement();
        List<String> columns = new ArrayList<>(table.columns());
        int r = random.nextInt(rows.size());
        Row row = rows.get(r);
        switch (random.nextInt(7)) {
            case 0 -> rows.set(r, new Row(LABELS.get(random.nextInt(LABELS.size())), row.depth(), row.concept(), row.cells(),
                    row.location(), row.totalOf(), row.measure()));
            case 1 -> rows.set(r, new Row(row.label(), row.depth() == null ? Integer.valueOf(random.nextInt(3))
                    : random.nextBoolean() ? null : Integer.valueOf(row.depth() + 1), row.concept(), row.cells(), row.location(),
                    row.totalOf(), row.measure()));
            case 2 -> rows.set(r, new Row(row.label(), row.depth(), random.nextBoolean() ? "revenue" : "net_income", row.cells(),
                    row.location(), row.totalOf(), row.measure()));
            case 3 -> rows.set(r, new Row(row.label(), row.depth(), row.concept(), row.cells(), row.location(), row.totalOf(),
                    Measure.values()[random.nextInt(Measure.values().length)]));
            case 4 -> title = TITLES.get(random.nextInt(TITLES.size()));
            case 5 -> unit = UNITS.get(random.nextInt(UNITS.size()));
            default -> {
                if (columns.isEmpty() || random.nextBoolean()) {
                    statement = random.nextBoolean() ? null : random.nextBoolean() ? "income" : "balance";
                } else {
                    columns.set(random.nextInt(columns.size()), COLUMNS.get(random.nextInt(COLUMNS.size())));
                }
            }
        }
        return new Table(table.id(), title, unit, statement, columns, rows, table.location());
    }

    private static boolean sameInputs(Table one, Table other) {
        return one.title().equals(other.title()) && one.unit().equals(other.unit())
                && java.util.Objects.equals(one.statement(), other.statement()) && one.columns().equals(other.columns())
                && one.rows().equals(other.rows());
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Integer> width = Arbitraries.integers().between(1, 4);
        return width.flatMap(w -> {
            Arbitrary<Row> row = Combinators.combine(Arbitraries.of(LABELS),
                            Arbitraries.integers().between(0, 2).injectNull(0.2),
                            Arbitraries.of(CELLS).list().ofSize(w))
                    .as((label, depth, texts) -> new Row(label, depth, null,
                            texts.stream().map(text -> new Cell(text, Location.ofLine("file", 1))).toList(), null));
            return Combinators.combine(row.list().ofMinSize(1).ofMaxSize(12), Arbitraries.of(TITLES), Arbitraries.of(UNITS),
                            Arbitraries.of(COLUMNS).list().ofSize(w), Arbitraries.of("income", "balance", "cash").injectNull(0.7))
                    .as((rows, title, unit, columns, statement) -> new Table("t", title, unit, statement, columns, rows, null));
        });
    }

    private static Table table(Object... rowsOfThree) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < rowsOfThree.length; i += 3) {
            String text = (String) rowsOfThree[i + 2];
            rows.add(new Row((String) rowsOfThree[i], (Integer) rowsOfThree[i + 1], null,
                    text.isEmpty() ? List.of() : List.of(new Cell(text, Location.ofLine("file", i))), null));
        }
        return new Table("ops", "Condensed Consolidated Statements of Operations", "in thousands", null,
                List.of("Three months ended September 30, 2011"), rows, null);
    }
}
