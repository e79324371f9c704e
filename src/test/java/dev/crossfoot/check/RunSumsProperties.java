package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementKind;
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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The runs of implicit subtotals ({@link RunSums}) keep what a line compares as a total per line
 * ({@link LineSummands}) and find a line by its index among the table's rows: the best run they
 * give is the one summing every run afresh gives, cell by cell with {@link Term}s and exact
 * intervals, the comparing columns worked out afresh ({@link ComparisonColumns#scan}).
 */
@Label("Runs of implicit subtotals answer as runs summed afresh")
class RunSumsProperties {

    private static final String FILE = "t.jsonl";
    /** Headers of columns that report amounts, and of columns that compare them (never footed). */
    private static final List<String> HEADERS = List.of("2019", "2018", "Q1", "% Change", "Change", "Variance");

    /** One cell as generated: a figure in hundredths or units, or no number. */
    record GenCell(int kind, long figure, boolean cents) { }

    /** A generated table: its headers and rows; some rows are made the sum of rows beside them. */
    record GenTable(List<String> headers, List<List<GenCell>> rows, List<Integer> sums, int nudge, int limit) { }

    @Property(tries = 1500)
    @Label("every line's best run, below it and above it, is the one summed afresh")
    void bestRunsAreThePlainOnes(@ForAll("tables") GenTable generated) {
        StatementTable table = table(generated, 0);
        List<StatementRow> rows = table.rows();
        int found = 0;
        for (int i = 0; i < rows.size(); i++) {
            StatementRow line = rows.get(i);
            List<StatementRow> below = rows.subList(i + 1, rows.size());
            int plain = plainBestRun(table, line, below, generated.limit());
            found += plain > 0 ? 1 : 0;
            assertEquals(plain, RunSums.bestRun(table, line, below, generated.limit()), () -> "below line " + line.index() + " of " + generated);
            List<StatementRow> above = rows.subList(0, i);
            assertEquals(plainBestRun(table, line, reversed(above), generated.limit()),
                    RunSums.bestRunAbove(table, line, above, generated.limit()), () -> "above line " + line.index() + " of " + generated);
        }
        net.jqwik.api.statistics.Statistics.label("a run found below a line").collect(found > 0);
    }

    @Property(tries = 500)
    @Label("a line of the same index but not the table's own row is read as itself")
    void foreignLinesAreTheirOwn(@ForAll("tables") GenTable generated) {
        StatementTable table = table(generated, 0);
        // The same rows with other figures (every figure moved): the same indices, other objects.
        List<StatementRow> foreign = table(generated, 7).rows();
        List<StatementRow> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            // The table's own lines first, so that each index is kept before a foreign line of that index is asked.
            List<StatementRow> below = rows.subList(i + 1, rows.size());
            RunSums.bestRun(table, rows.get(i), below, generated.limit());
            List<StatementRow> mixed = new ArrayList<>();
            for (int k = i + 1; k < rows.size(); k++) {
                mixed.add((k % 2 == 0 ? foreign : rows).get(k));
            }
            StatementRow line = foreign.get(i);
            assertEquals(plainBestRun(table, line, mixed, generated.limit()), RunSums.bestRun(table, line, mixed, generated.limit()),
                    () -> "foreign line " + line.index() + " of " + generated);
        }
    }

    @Example
    @Label("the generated comparing headers are comparing columns")
    void comparingHeadersCompare() {
        GenTable generated = new GenTable(HEADERS, List.of(List.of(new GenCell(0, 1, false))), List.of(), 0, 30);
        BitSet comparing = ComparisonColumns.scan(table(generated, 0));
        assertTrue(comparing.get(3) && comparing.get(4) && comparing.get(5) && !comparing.get(0), comparing::toString);
    }

    /** The best run as {@link RunSums} defines it, every run summed afresh from its cells' terms, exactly. */
    static int plainBestRun(StatementTable table, StatementRow line, List<StatementRow> parts, int limit) {
        if (parts.size() < 2) {
            return 0;
        }
        BitSet comparing = ComparisonColumns.scan(table);
        int best = 0;
        int bestHolds = 0;
        for (int size = 2; size <= parts.size() && size <= limit; size++) {
            int compared = 0;
            int holds = 0;
            for (int c = 0; c < line.amounts().size(); c++) {
                Term total = Term.at(table, line, c, 1);
                if (comparing.get(c) || total == null || !total.readable()) {
                    continue;
                }
                Interval sum = Interval.ZERO;
                boolean nonZero = false;
                for (StatementRow part : parts.subList(0, size)) {
                    Term term = Term.at(table, part, c, 1);
                    if (term == null) {
                        continue;
                    }
                    if (!term.readable()) {
                        // No run this long or longer compares the column: none is better than the best so far.
                        return best;
                    }
                    sum = sum.plus(term.interval());
                    nonZero |= term.amount().value().signum() != 0;
                }
                if (!nonZero && total.amount().value().signum() == 0) {
                    continue;
                }
                compared++;
                holds += nonZero && sum.intersects(total.interval()) ? 1 : 0;
            }
            boolean mostly = compared > 0 && (compared <= 2 ? holds == compared : holds * 2 > compared);
            if (mostly && holds > bestHolds) {
                best = size;
                bestHolds = holds;
                if (holds == compared) {
                    break;
                }
            }
        }
        return best;
    }

    private static List<StatementRow> reversed(List<StatementRow> rows) {
        List<StatementRow> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        return reversed;
    }

    /** The generated table, each figure moved by {@code shift} (0: as generated). */
    private static StatementTable table(GenTable generated, long shift) {
        int width = generated.headers().size();
        List<List<GenCell>> cells = new ArrayList<>(generated.rows());
        // A line made the sum of the two to four lines below it (or above, for the last lines), nudged to touch an edge.
        for (int s = 0; s < generated.sums().size(); s++) {
            int at = generated.sums().get(s) % cells.size();
            int from = at + 1 + 4 <= cells.size() ? at + 1 : Math.max(0, at - 4);
            int to = from == at + 1 ? at + 1 + 2 + s % 3 : at;
            List<GenCell> sum = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                long figure = 0;
                for (int r = from; r < to && r < cells.size(); r++) {
                    GenCell cell = c < cells.get(r).size() ? cells.get(r).get(c) : null;
                    figure += cell != null && cell.kind() == 0 ? cell.figure() : 0;
                }
                sum.add(new GenCell(0, figure + (c == 0 ? generated.nudge() : 0), false));
            }
            cells.set(at, sum);
        }
        List<StatementRow> rows = new ArrayList<>();
        List<Row> read = new ArrayList<>();
        for (int r = 0; r < cells.size(); r++) {
            List<Cell> rowCells = new ArrayList<>();
            List<CellValue> values = new ArrayList<>();
            List<Amount> amounts = new ArrayList<>();
            List<GenCell> line = cells.get(r);
            for (int c = 0; c < line.size() && c < width; c++) {
                GenCell cell = line.get(c);
                Location at = new Location(FILE, 1, 0, "/tables/0/rows/" + r + "/cells/" + c);
                rowCells.add(new Cell("x", at));
                switch (cell.kind()) {
                    case 0 -> {
                        BigDecimal precision = cell.cents() ? new BigDecimal("0.01") : BigDecimal.ONE;
                        BigDecimal value = BigDecimal.valueOf(cell.figure() + shift, cell.cents() ? 2 : 0);
                        values.add(new CellValue.Number(value, precision, false, false));
                        amounts.add(new Amount(value, precision, Measure.MONEY, BigDecimal.ONE));
                    }
                    case 1 -> {
                        values.add(new CellValue.Malformed("not a number"));
                        amounts.add(null);
                    }
                    case 2 -> {
                        values.add(new CellValue.NotGiven());
                        amounts.add(null);
                    }
                    default -> {
                        values.add(new CellValue.Absent());
                        amounts.add(null);
                    }
                }
            }
            Row row = new Row("line " + r, null, null, rowCells, new Location(FILE, 1, "/tables/0/rows/" + r));
            read.add(row);
            rows.add(new StatementRow(row, "line " + r, r, 0, RowRole.ITEM, List.of(), null, Measure.MONEY, values, amounts));
        }
        Table source = new Table("t", "Revenue", "", null, generated.headers(), read, null);
        return new StatementTable(new Document("d", "", "", "", FILE, List.of(source)), source, 0, StatementKind.INCOME,
                List.of(), rows);
    }

    @Provide
    Arbitrary<GenTable> tables() {
        Arbitrary<GenCell> number = Combinators.combine(
                Arbitraries.oneOf(Arbitraries.longs().between(-60, 60), Arbitraries.longs().between(-9_999_999, 9_999_999),
                        Arbitraries.just(0L)),
                Arbitraries.of(true, false)).as((figure, cents) -> new GenCell(0, figure, cents));
        Arbitrary<GenCell> other = Arbitraries.integers().between(1, 3).map(kind -> new GenCell(kind, 0, false));
        Arbitrary<GenCell> cell = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(12, number), net.jqwik.api.Tuple.of(1, other));
        Arbitrary<List<String>> headers = Arbitraries.of(HEADERS).list().ofMinSize(1).ofMaxSize(5);
        Arbitrary<List<List<GenCell>>> rows = cell.list().ofMinSize(0).ofMaxSize(5).list().ofMinSize(2).ofMaxSize(14);
        Arbitrary<List<Integer>> sums = Arbitraries.integers().between(0, 40).list().ofMaxSize(4);
        Arbitrary<Integer> nudge = Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(-2, 2));
        Arbitrary<Integer> limit = Arbitraries.oneOf(Arbitraries.just(30), Arbitraries.integers().between(2, 6));
        return Combinators.combine(headers, rows, sums, nudge, limit).as(GenTable::new);
    }
}
