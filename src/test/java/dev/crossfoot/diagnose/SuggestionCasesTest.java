package dev.crossfoot.diagnose;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Suggestion;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A fixture case under {@code fixtures/cases/} may say, in {@code expected-suggestion.txt}, which
 * cell the run's most confident suggestion must blame, the value it must propose and the cause it
 * must name ({@code cell}, {@code value}, {@code cause} lines; {@code #} comments). That is what the
 * injected-error benchmark counts as blame, repair and cause named, so each diagnosis mechanism is
 * pinned by a case of the kind that needed it.
 */
class SuggestionCasesTest {

    private static final Path CASES = Path.of("fixtures/cases");

    @TestFactory
    Stream<DynamicTest> theMostConfidentSuggestionBlamesRepairsAndNamesAsExpected() throws IOException {
        List<Path> cases;
        try (Stream<Path> listing = Files.list(CASES)) {
            cases = listing.filter(folder -> Files.exists(folder.resolve("expected-suggestion.txt"))).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no fixture case under " + CASES + " has an expected-suggestion.txt");
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            Map<String, String> expected = expected(folder.resolve("expected-suggestion.txt"));
            CheckRun run = Crossfoot.standard().check(List.of(folder.resolve("input.json")));
            Suggestion top = run.findings().stream().map(Finding::suggestion).filter(Objects::nonNull)
                    .max(Comparator.comparingDouble(Suggestion::confidence)).orElse(null);
            assertTrue(top != null, () -> folder + ": no suggestion at all");
            String actual = "cell " + top.cell().location().fragment() + "\nvalue " + top.value() + "\ncause " + top.cause();
            String wanted = "cell " + expected.get("cell") + "\nvalue " + expected.get("value") + "\ncause " + expected.get("cause");
            assertEquals(wanted, actual, () -> folder + ": the most confident suggestion");
            // A confidence is a probability, however much the line's other columns favour the repair.
            run.findings().stream().map(Finding::suggestion).filter(Objects::nonNull).forEach(suggestion ->
                    assertTrue(suggestion.confidence() > 0 && suggestion.confidence() < 1, () -> folder + ": confidence "
                            + suggestion.confidence() + " of " + suggestion.value()));
        }));
    }

    @org.junit.jupiter.api.Test
    void aDifferenceAKnownPracticeExplainsGetsNoRepairBesideIt() throws Exception {
        // Quanta's diluted EPS by the if-converted method: a warning naming the method, with no
        // "digits transposed" repair of the diluted shares to contradict it.
        CheckRun explained = Crossfoot.standard().check(List.of(CASES.resolve("income-diluted-eps-by-the-if-converted-method-consistent/input.json")));
        List<Finding> warnings = explained.findings().stream().filter(f -> f.rule().equals("IS.eps-diluted")).toList();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).message().contains("if-converted"), warnings.get(0).message());
        assertEquals(null, warnings.get(0).suggestion());
        // The same line misread below what any add-back explains is an error, and is diagnosed.
        CheckRun misread = Crossfoot.standard().check(List.of(CASES.resolve("income-diluted-eps-by-the-if-converted-method-misread/input.json")));
        Finding error = misread.findings().stream().filter(f -> f.rule().equals("IS.eps-diluted")).findFirst().orElseThrow();
        assertTrue(error.suggestion() != null, error.message());
    }

    private static Map<String, String> expected(Path file) throws IOException {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file)) {
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            int space = stripped.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException(file + ": '" + stripped + "' is not 'field value'");
            }
            fields.put(stripped.substring(0, space), stripped.substring(space + 1).strip());
        }
        for (String field : List.of("cell", "value", "cause")) {
            if (!fields.containsKey(field)) {
                throw new IllegalArgumentException(file + ": no '" + field + "' line");
            }
        }
        return fields;
    }
}
