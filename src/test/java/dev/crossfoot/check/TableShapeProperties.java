package dev.crossfoot.check;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Suggestion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The laws of reading a table's structure from its numbers, on the path without structure hints
 * and on visual indentation, over tables of every shape the grammar knows ({@link TableShapes}):
 * a consistent table passes with every total evaluated, and any single cell changed beyond
 * rounding is caught by an error citing that cell.
 */
@Label("Reading a table's structure from its numbers")
class TableShapeProperties {

    /** One generated table, how its depths are given, and one cell to change and how. */
    record Case(TableShapes.Table table, TableShapes.Depths depths, int line, int column, Change change) { }

    enum Change { TIMES_TEN, SIGN, PLUS_NINE_THOUSAND }

    @Property(tries = 300)
    @Label("a consistent table passes, every total evaluated in every column")
    void consistentTablePasses(@ForAll("tables") TableShapes.Table table, @ForAll TableShapes.Depths depths) {
        CheckRun run = TestRuns.check(table.json(depths));
        List<Finding> errors = run.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new AssertionError(table.kind() + " " + depths + " gave errors " + errors + "\n" + table.json(depths));
        }
        long totals = table.lines().stream().filter(line -> !line.header()).filter(TableShapeProperties::isTotal).count();
        long passed = run.outcomes().stream().filter(o -> o.status() == CheckStatus.PASSED).count();
        if (passed < totals * table.columns()) {
            throw new AssertionError(table.kind() + " " + depths + ": " + passed + " checks passed, fewer than its "
                    + totals + " totals × " + table.columns() + " columns; outcomes " + run.outcomes() + "\n" + table.json(depths));
        }
    }

    // Catching is checked on every try; blame is a share held to 90 %, a statistic of the sample:
    // over random seeds it was 94-95 %, and one seed in many drew a sample at 89 %. The seed is
    // fixed so that a CI run measures the same sample every time (the share is printed).
    @Property(tries = 600, seed = "20261205")
    @Label("a single cell changed beyond rounding is caught, and the change is blamed")
    void singleCellChangeIsCaught(@ForAll("cases") Case change) {
        TableShapes.Line line = change.table().lines().get(change.line());
        Assume.that(!line.header());
        // In one column nothing tells a deduction shown in parentheses from one shown positive:
        // the sign of a "Less:" line is settled by the other columns, so there must be one.
        Assume.that(!(change.change() == Change.SIGN && line.label().startsWith("Less") && change.table().columns() == 1));
        // In one column, a total right under another total may add lines the table does not show
        // (a summary): only other columns can show that the grand total's reading holds.
        Assume.that(!(change.table().columns() == 1 && line.label().equals("Total")));
        long original = line.amounts()[change.column()];
        long altered = switch (change.change()) {
            case TIMES_TEN -> original * 10;
            case SIGN -> -original;
            case PLUS_NINE_THOUSAND -> original + 9_000;
        };
        String json = withCell(change.table(), change.depths(), change.line(), change.column(), altered);
        CheckRun run = TestRuns.check(json);
        String pointer = "/tables/0/rows/" + change.line() + "/cells/" + change.column();
        // With one column and visual depths, a wrong cell can leave neither the depths' reading nor
        // the labels' holding, and nothing then says the depths are only indentation: the run still
        // fails, but its finding may cite the total under the depths' reading, not the changed cell.
        boolean onlyTheRunFails = change.table().columns() == 1 && change.depths() == TableShapes.Depths.VISUAL;
        // In two columns, a deduction whose sign is lost in one of them is added in one column and
        // deducted in the other: two readings explain one column each, and that is a warning naming
        // both, citing the cell, not an error.
        boolean ambiguous = change.change() == Change.SIGN && line.label().startsWith("Less") && change.table().columns() == 2;
        boolean caught = run.findings().stream().filter(f -> ambiguous || f.severity() == Severity.ERROR)
                .anyMatch(f -> onlyTheRunFails || f.cells().stream().anyMatch(cell -> pointer.equals(cell.location().fragment())));
        if (!caught) {
            throw new AssertionError(change.table().kind() + " " + change.depths() + ": '" + line.label() + "' "
                    + original + " -> " + altered + " in column " + change.column() + " was not caught; findings "
                    + run.findings() + "\n" + json);
        }
        Optional<Suggestion> top = run.findings().stream().map(Finding::suggestion).filter(Objects::nonNull)
                .max(Comparator.comparingDouble(Suggestion::confidence));
        boolean blamed = top.isPresent() && pointer.equals(top.get().cell().location().fragment());
        // A slip the text shows (a digit appended, a sign lost) can be told from the other lines of
        // its sum; a changed digit (340,000 read as 349,000) cannot, beyond the text's own cues: any
        // line of the sum could be the one. Blame is held to 90 % for the first, measured for the second.
        if (change.change() == Change.PLUS_NINE_THOUSAND) {
            Statistics.label("blame of a changed digit").collect(blamed);
        } else {
            Statistics.label("blame of a slip the text shows").collect(blamed);
            Statistics.label("blame of a slip the text shows").coverage(coverage -> coverage.check(true).percentage(p -> p >= 90.0));
        }
    }

    @Property(tries = 300)
    @Label("a copy worded in German or French reads the same: the same outcome for every check")
    void aGermanOrFrenchCopyBehavesTheSame(@ForAll("tables") TableShapes.Table table, @ForAll TableShapes.Depths depths,
                                           @ForAll TableShapes.Language language, @ForAll boolean misread) {
        // Consistent, or with one amount read ten times too large: the translation must catch it alike.
        TableShapes.Table checked = misread ? withFirstAmountTimesTen(table) : table;
        CheckRun english = TestRuns.check(checked.json(depths));
        CheckRun translated = TestRuns.check(checked.json(depths, language));
        List<String> expected = outcomes(english);
        List<String> actual = outcomes(translated);
        if (!expected.equals(actual)) {
            throw new AssertionError(language + " " + table.kind() + " " + depths + ": " + actual + " instead of " + expected
                    + "\n" + checked.json(depths, language));
        }
    }

    /** Each check's rule, column and status, and each finding's rule, severity and cell, in order. */
    private static List<String> outcomes(CheckRun run) {
        List<String> outcomes = new java.util.ArrayList<>();
        run.outcomes().forEach(o -> outcomes.add(o.rule() + " " + o.column() + " " + o.status()));
        run.findings().forEach(f -> outcomes.add(f.rule() + " " + f.severity() + " " + f.primaryLocation().fragment()));
        return outcomes;
    }

    private static TableShapes.Table withFirstAmountTimesTen(TableShapes.Table table) {
        for (int i = 0; i < table.lines().size(); i++) {
            if (!table.lines().get(i).header()) {
                List<TableShapes.Line> lines = new java.util.ArrayList<>(table.lines());
                TableShapes.Line line = lines.get(i);
                long[] amounts = line.amounts().clone();
                amounts[0] *= 10;
                lines.set(i, new TableShapes.Line(line.label(), line.indent(), amounts, line.signed()));
                return new TableShapes.Table(table.kind(), lines, table.columns());
            }
        }
        return table;
    }

    @Provide
    Arbitrary<TableShapes.Table> tables() {
        return TableShapes.tables();
    }

    @Provide
    Arbitrary<Case> cases() {
        return TableShapes.tables().flatMap(table -> Combinators.combine(
                Arbitraries.of(TableShapes.Depths.class),
                Arbitraries.integers().between(0, table.lines().size() - 1),
                Arbitraries.integers().between(0, table.columns() - 1),
                Arbitraries.of(Change.class)).as((depths, line, column, how) -> new Case(table, depths, line, column, how)));
    }

    private static boolean isTotal(TableShapes.Line line) {
        return line.label().startsWith("Total") || line.label().endsWith(", net") || line.label().startsWith("Balance at end")
                || line.label().isEmpty();
    }

    private static String withCell(TableShapes.Table table, TableShapes.Depths depths, int lineIndex, int column, long amount) {
        List<TableShapes.Line> lines = new java.util.ArrayList<>(table.lines());
        TableShapes.Line line = lines.get(lineIndex);
        long[] amounts = line.amounts().clone();
        amounts[column] = amount;
        lines.set(lineIndex, new TableShapes.Line(line.label(), line.indent(), amounts, line.signed()));
        return new TableShapes.Table(table.kind(), lines, table.columns()).json(depths);
    }
}
