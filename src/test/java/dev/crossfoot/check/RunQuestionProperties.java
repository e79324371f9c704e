package dev.crossfoot.check;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.Inputs;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The law of the runs {@link RunSums} keeps per table ({@link RunQuestion}): asked in any order, after any other
 * questions of the same table and of others, a question gets the answer worked out afresh; questions that differ in
 * the line, the limit, or any line of the run (one dropped, one replaced, two swapped) are different questions, and
 * the same question asked again is the same. The tables are those of the FSDS fixture cases (read without depths,
 * where implicit subtotals are looked for), the questions the runs right above and below each line.
 */
class RunQuestionProperties {

    private static final List<StatementTable> TABLES = tables();
    /** The tables a line of which the lines right above add up to. */
    private static final List<StatementTable> WITH_RUNS = TABLES.stream().filter(RunQuestionProperties::hasRun).toList();

    private static boolean hasRun(StatementTable table) {
        for (int t = 0; t < table.rows().size(); t++) {
            List<StatementRow> above = new ArrayList<>(table.rows().subList(0, t));
            Collections.reverse(above);
            if (RunSums.bestRunAfresh(table, table.rows().get(t), above, 30) > 0) {
                return true;
            }
        }
        return false;
    }

    private static List<StatementTable> tables() {
        try {
            List<Path> inputs = new ArrayList<>();
            try (Stream<Path> cases = Files.list(Path.of("fixtures/cases"))) {
                cases.filter(folder -> folder.getFileName().toString().startsWith("fsds-")).sorted()
                        .forEach(folder -> inputs.add(folder.resolve("input.json")));
            }
            Checker checker = new Checker(RuleBook.builtIn());
            List<StatementTable> tables = new ArrayList<>();
            for (Document document : Inputs.standard().readAll(inputs).documents()) {
                tables.addAll(checker.check(document).statements());
            }
            return tables;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private record Asked(StatementTable table, StatementRow line, List<StatementRow> parts, int limit) { }

    @Property(tries = 200)
    @Label("a run kept for a question is the run worked out afresh, whatever was asked before")
    void keptRunsAreRunsWorkedOutAfresh(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int tablesAsked) {
        Random random = new Random(seed);
        List<Asked> questions = new ArrayList<>();
        for (int n = 0; n < tablesAsked; n++) {
            StatementTable table = n == 0 ? WITH_RUNS.get(random.nextInt(WITH_RUNS.size())) : TABLES.get(random.nextInt(TABLES.size()));
            List<StatementRow> rows = table.rows();
            for (int t = 0; t < rows.size(); t++) {
                List<StatementRow> above = new ArrayList<>(rows.subList(0, t));
                Collections.reverse(above);
                List<StatementRow> below = new ArrayList<>(rows.subList(t + 1, rows.size()));
                for (List<StatementRow> run : List.of(above, below)) {
                    int limit = 2 + random.nextInt(30);
                    questions.add(new Asked(table, rows.get(t), run, limit));
                    questions.add(new Asked(table, rows.get(t), varied(run, rows, random), limit));
                    questions.add(new Asked(table, rows.get(t), run, 2 + random.nextInt(30)));
                }
            }
        }
        // The same questions again, in another order: most are answered from what was kept.
        List<Asked> again = new ArrayList<>(questions);
        Collections.shuffle(again, random);
        questions.addAll(again);
        int found = 0;
        for (Asked asked : questions) {
            int kept = RunSums.bestRun(asked.table(), asked.line(), asked.parts(), asked.limit());
            assertEquals(RunSums.bestRunAfresh(asked.table(), asked.line(), asked.parts(), asked.limit()), kept,
                    asked.table().id() + " line " + asked.line().index());
            found += kept > 0 ? 1 : 0;
        }
        assertTrue(found > 0, "no question found a run among " + questions.size());
    }

    /** The run with one line dropped, replaced by another of the table, or two swapped. */
    private static List<StatementRow> varied(List<StatementRow> run, List<StatementRow> rows, Random random) {
        List<StatementRow> varied = new ArrayList<>(run);
        if (varied.size() < 2) {
            return varied;
        }
        int i = random.nextInt(Math.min(varied.size(), 6));
        switch (random.nextInt(3)) {
            case 0 -> varied.remove(i);
            case 1 -> varied.set(i, rows.get(random.nextInt(rows.size())));
            default -> Collections.swap(varied, i, (i + 1) % varied.size());
        }
        return varied;
    }

    @Property(tries = 300)
    @Label("questions one input apart are different questions; the same question is the same")
    void questionsOneInputApartDiffer(@ForAll long seed) {
        Random random = new Random(seed);
        StatementTable table = TABLES.get(random.nextInt(TABLES.size()));
        List<StatementRow> rows = table.rows();
        StatementRow line = rows.get(random.nextInt(rows.size()));
        StatementRow[] parts = new StatementRow[1 + random.nextInt(Math.min(rows.size(), 30))];
        for (int k = 0; k < parts.length; k++) {
            parts[k] = rows.get(random.nextInt(rows.size()));
        }
        int limit = 2 + random.nextInt(29);
        RunQuestion question = new RunQuestion(line, parts, limit);
        RunQuestion same = new RunQuestion(line, parts.clone(), limit);
        assertEquals(question, same);
        assertEquals(question.hashCode(), same.hashCode());
        assertNotEquals(question, new RunQuestion(line, parts, limit + 1));
        assertNotEquals(question, new RunQuestion(line, java.util.Arrays.copyOf(parts, parts.length + 1), limit));
        if (parts.length > 1) {
            assertNotEquals(question, new RunQuestion(line, java.util.Arrays.copyOf(parts, parts.length - 1), limit));
        }
        int k = random.nextInt(parts.length);
        for (StatementRow other : rows) {
            if (other != parts[k]) {
                StatementRow[] replaced = parts.clone();
                replaced[k] = other;
                assertNotEquals(question, new RunQuestion(line, replaced, limit), "part " + k + " replaced");
            }
            if (other != line) {
                assertNotEquals(question, new RunQuestion(other, parts, limit), "another line");
            }
        }
    }
}
