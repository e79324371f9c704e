package dev.crossfoot.check;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.read.JsonReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * The law of a line shown in its concept's own sign ({@link ReversedSigns}): a section whose total
 * takes off one of its lines, shown positive in every column, passes; and a wrong sign in one cell
 * of another line of the same table, which breaks one column, is still an error citing that cell.
 * Tables of three to four columns (see {@link #sections}).
 */
@Label("A line shown in its concept's own sign")
class ReversedSignProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path NAME = Path.of("generated.json");

    /** Lines × columns of positive figures, the line the total takes off, and a cell of another line to flip. */
    record Section(int[][] figures, int deducted, int flippedLine, int flippedColumn) {
        int columns() {
            return figures[0].length;
        }

        /**
         * Every figure differs from every other and from each total: a table of one figure repeated
         * has readings that hold by coincidence everywhere, and no reading then says which cell broke.
         */
        boolean distinct() {
            java.util.Set<Long> seen = new java.util.HashSet<>();
            int count = 0;
            for (int[] line : figures) {
                for (int figure : line) {
                    seen.add((long) figure);
                    count++;
                }
            }
            for (int c = 0; c < columns(); c++) {
                seen.add(Math.abs(total(c)));
                count++;
            }
            return seen.size() == count;
        }

        @Override
        public String toString() {
            return java.util.Arrays.deepToString(figures) + ", line " + deducted + " taken off, cell (" + flippedLine + ", "
                    + flippedColumn + ") flipped";
        }

        long total(int column) {
            long total = 0;
            for (int line = 0; line < figures.length; line++) {
                int sign = line == deducted ? -1 : 1;
                total += (long) sign * figures[line][column];
            }
            return total;
        }
    }

    /**
     * Three columns at least: in a table of two, a cued reading that holds in one column by chance
     * (a line about twice another) looks like a wrong cell, and the convention is not read there
     * ({@link ReadingChoice}); with one cell wrong, two columns are left to show it.
     */
    @Provide
    Arbitrary<Section> sections() {
        return sections(3);
    }

    private static Arbitrary<Section> sections(int fewestColumns) {
        return Combinators.combine(Arbitraries.integers().between(3, 6), Arbitraries.integers().between(fewestColumns, 4))
                .flatAs((lines, columns) -> Combinators.combine(
                        Arbitraries.integers().between(100, 9_999).array(int[].class).ofSize(columns).array(int[][].class).ofSize(lines),
                        Arbitraries.integers().between(0, lines - 1),
                        Arbitraries.integers().between(0, lines - 2),
                        Arbitraries.integers().between(0, columns - 1))
                        .as((figures, deducted, other, column) -> new Section(figures, deducted,
                                other >= deducted ? other + 1 : other, column)));
    }

    @Property(tries = 400)
    @Label("the section passes: the line counts with its sign reversed in every column")
    void aLineShownInItsOwnSignInEveryColumnPasses(@ForAll("sections") Section section) {
        Assume.that(section.distinct());
        CheckRun run = check(section, false);
        assertNoError(run);
    }

    @Property(tries = 400)
    @Label("one wrong sign on another line is an error citing that cell")
    void oneWrongSignElsewhereIsCaught(@ForAll("sections") Section section) {
        Assume.that(section.distinct());
        CheckRun run = check(section, true);
        String pointer = "/tables/0/rows/" + section.flippedLine() + "/cells/" + section.flippedColumn();
        boolean cited = run.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .anyMatch(f -> f.cells().stream().anyMatch(cell -> cell.location().fragment().equals(pointer)));
        if (!cited) {
            throw new AssertionError("no error cites " + pointer + ": " + run.findings());
        }
    }

    private static void assertNoError(CheckRun run) {
        List<Finding> errors = run.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(errors.toString());
        }
    }

    private static CheckRun check(Section section, boolean flip) {
        ObjectNode document = JSON.createObjectNode();
        document.put("crossfoot", 1);
        document.putObject("document").put("id", "generated");
        ObjectNode table = document.putArray("tables").addObject();
        table.put("id", "t");
        table.put("title", "Statement of comprehensive income");
        ArrayNode columns = table.putArray("columns");
        for (int c = 0; c < section.columns(); c++) {
            columns.add("Year " + (2020 - c));
        }
        ArrayNode rows = table.putArray("rows");
        for (int line = 0; line < section.figures().length; line++) {
            ObjectNode row = rows.addObject();
            row.put("label", "Adjustment " + (char) ('A' + line));
            ArrayNode cells = row.putArray("cells");
            for (int c = 0; c < section.columns(); c++) {
                int figure = section.figures()[line][c];
                boolean flipped = flip && line == section.flippedLine() && c == section.flippedColumn();
                cells.add(flipped ? "(" + String.format("%,d", figure) + ")" : String.format("%,d", figure));
            }
        }
        ObjectNode total = rows.addObject();
        total.put("label", "Total other comprehensive income");
        ArrayNode cells = total.putArray("cells");
        for (int c = 0; c < section.columns(); c++) {
            long value = section.total(c);
            cells.add(value < 0 ? "(" + String.format("%,d", -value) + ")" : String.format("%,d", value));
        }
        byte[] bytes = document.toString().getBytes(StandardCharsets.UTF_8);
        return Crossfoot.standard().check(List.of(NAME.toString()), new JsonReader().read(NAME, NAME.toString(), bytes));
    }
}
