package dev.crossfoot.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The CI gate of {@code crossfoot check}: --fail-on with --baseline, --write-baseline and --max-findings. */
class CheckGateTest {

    private static final Path SOURCE = Path.of("src/test/resources/reports/input/statements.json");

    @TempDir
    Path folder;
    private Path input;
    private Path baseline;
    private String err;

    @BeforeEach
    void copyTheFixture() throws Exception {
        input = folder.resolve("statements.json");
        Files.copy(SOURCE, input);
        baseline = folder.resolve("ci/crossfoot-baseline.json");
    }

    @Test
    void a_baseline_made_from_a_run_makes_the_same_run_pass() throws Exception {
        assertEquals(1, check(input.toString(), "--write-baseline", baseline.toString()), "five errors fail the first run");
        assertTrue(Files.exists(baseline));
        assertEquals(0, check(input.toString(), "--baseline", baseline.toString()), err);
        assertTrue(err.contains("gate passed: no new finding at or above error; 5 accepted by the baseline"), err);
    }

    @Test
    void a_new_discrepancy_still_fails_a_run_with_a_baseline() throws Exception {
        check(input.toString(), "--write-baseline", baseline.toString());
        replace("\"24,137\"", "\"24,173\"");
        assertEquals(1, check(input.toString(), "--baseline", baseline.toString()));
        assertTrue(err.contains("gate FAILED: 2 new finding(s)"), "the cost total's footing and its identity are new: " + err);
    }

    @Test
    void sarif_marks_each_result_new_or_unchanged_since_the_baseline() throws Exception {
        check(input.toString(), "--write-baseline", baseline.toString());
        replace("\"24,137\"", "\"24,173\"");
        Path sarif = folder.resolve("crossfoot.sarif");
        check(input.toString(), "--baseline", baseline.toString(), "--report", "sarif=" + sarif);
        com.fasterxml.jackson.databind.JsonNode results = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Files.readString(sarif)).path("runs").path(0).path("results");
        java.util.Map<String, Long> states = new java.util.TreeMap<>();
        results.forEach(result -> states.merge(result.path("baselineState").asText(), 1L, Long::sum));
        assertEquals(java.util.Map.of("new", 2L, "unchanged", 5L), states, "the two findings of the changed cell are new");
    }

    @Test
    void accepted_findings_keep_their_match_when_rows_move() throws Exception {
        check(input.toString(), "--write-baseline", baseline.toString());
        replace("{\"label\": \"Revenue:\", \"depth\": 0},",
                "{\"label\": \"Revenue:\", \"depth\": 0},\n        {\"label\": \"Licences\", \"depth\": 1, \"cells\": [\"—\", \"—\"]},");
        assertEquals(0, check(input.toString(), "--baseline", baseline.toString()), err);
    }

    @Test
    void a_baseline_counts_repeated_findings_rather_than_accepting_any_number() throws Exception {
        check(input.toString(), "--write-baseline", baseline.toString());
        Path second = folder.resolve("again.json");
        Files.copy(SOURCE, second);
        assertEquals(1, check(input.toString(), second.toString(), "--baseline", baseline.toString()),
                "a second document with the same findings is new");
        assertTrue(err.contains("gate FAILED: 5 new finding(s) at or above error; 5 accepted by the baseline"), err);
    }

    @Test
    void max_findings_tolerates_up_to_n_findings_at_or_above_fail_on() throws Exception {
        assertEquals(0, check(input.toString(), "--max-findings", "5"), "five errors are within five");
        assertTrue(err.contains("gate passed: 5 new finding(s) at or above error, within --max-findings 5"), err);
        assertEquals(1, check(input.toString(), "--max-findings", "4"));
        assertEquals(0, check(input.toString(), "--fail-on", "never", "--max-findings", "0"));
    }

    @Test
    void max_findings_counts_only_new_findings_with_a_baseline() throws Exception {
        check(input.toString(), "--write-baseline", baseline.toString());
        replace("\"24,137\"", "\"24,173\"");
        assertEquals(0, check(input.toString(), "--baseline", baseline.toString(), "--max-findings", "2"));
        assertEquals(1, check(input.toString(), "--baseline", baseline.toString(), "--max-findings", "1"));
    }

    @Test
    void a_negative_max_findings_is_a_bad_option() throws Exception {
        assertEquals(2, check(input.toString(), "--max-findings", "-1"));
        assertTrue(err.contains("--max-findings must be 0 or more"), err);
    }

    @Test
    void a_baseline_that_is_not_one_is_a_clear_error_naming_the_file() throws Exception {
        Path broken = folder.resolve("broken.json");
        Files.writeString(broken, "{\"crossfoot-baseline\": 1, \"findings\": [\n  {\"fingerprint\": ");
        assertEquals(2, check(input.toString(), "--baseline", broken.toString()));
        assertTrue(err.startsWith("crossfoot: " + broken + ":2: not a crossfoot baseline: malformed JSON"), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);

        Files.writeString(broken, "[]");
        assertEquals(2, check(input.toString(), "--baseline", broken.toString()));
        assertTrue(err.contains(broken + ": not a crossfoot baseline: expected"), err);

        Files.writeString(broken, "{\"crossfoot-baseline\": 1, \"findings\": [{\"rule\": \"X\"}]}");
        assertEquals(2, check(input.toString(), "--baseline", broken.toString()));
        assertTrue(err.contains(broken + ": /findings/0 has no \"fingerprint\" string"), err);

        Path missing = folder.resolve("missing.json");
        assertEquals(2, check(input.toString(), "--baseline", missing.toString()));
        assertTrue(err.contains(missing + ": no such file or folder"), err);
    }

    private void replace(String from, String to) throws Exception {
        String text = Files.readString(input);
        assertTrue(text.contains(from), "the fixture still holds " + from);
        Files.writeString(input, text.replace(from, to));
    }

    private int check(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "check";
        System.arraycopy(args, 0, command, 1, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int code = Main.run(command, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8));
        err = errBytes.toString(StandardCharsets.UTF_8);
        return code;
    }
}
