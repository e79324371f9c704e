package dev.crossfoot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a CI pipeline relies on beyond the gate itself: baselines that survive renames and moves,
 * folder runs that skip what they should, no green run on no input, standard input and output,
 * rule control without rewriting rules, and messages in crossfoot's words.
 */
class CiConventionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A statement whose id comes from its file name: a wrong total, one error. */
    private static final String WRONG = "Line item,2024,2023\nRevenue:,,\nProduct,100,90\nService,50,40\nTotal revenue,160,130\n";
    private static final String RIGHT = "Line item,2024,2023\nRevenue:,,\nProduct,100,90\nService,50,40\nTotal revenue,150,130\n";

    @TempDir
    Path folder;

    @BeforeEach
    void nothingYet() throws Exception {
        Files.createDirectories(folder.resolve("data"));
    }

    @Test
    void a_baseline_keeps_its_matches_when_the_input_is_renamed_and_moved_into_a_folder() throws Exception {
        Path original = write("data/sales.csv", WRONG);
        Path baseline = folder.resolve("baseline.json");
        assertEquals(1, Cli.run("check", original.toString(), "--write-baseline", baseline.toString()).exit());
        Path moved = folder.resolve("data/2024/q4/renamed-sales.csv");
        Files.createDirectories(moved.getParent());
        Files.move(original, moved);
        Cli again = Cli.run("check", folder.resolve("data").toString(), "--baseline", baseline.toString(), "--report", "json=-");
        assertEquals(0, again.exit(), again.err());
        JsonNode findings = JSON.readTree(again.out()).path("findings");
        assertEquals(1, findings.size());
        assertEquals("accepted", findings.get(0).path("verdict").asText());
        assertEquals("renamed-sales", findings.get(0).path("document").asText(), "the document keeps the name it has now");

        write("data/2024/q4/renamed-sales.csv", WRONG.replace("Service,50,40", "Service,50,41"));
        assertEquals(0, Cli.run("check", moved.toString(), "--baseline", baseline.toString()).exit(),
                "a figure changed elsewhere in the table: the wrong total is still the accepted one");
    }

    @Test
    void a_finding_names_its_document_the_same_way_for_every_rule() throws Exception {
        write("data/sales.csv", WRONG);
        write("data/broken.json", "{\"crossfoot\": 1, \"tables\": [");
        Cli cli = Cli.run("check", folder.resolve("data").toString(), "--report", "json=-");
        assertEquals(1, cli.exit());
        TreeSet<String> documents = new TreeSet<>();
        JSON.readTree(cli.out()).path("findings").forEach(f -> documents.add(f.path("document").asText()));
        assertEquals(new TreeSet<>(List.of("broken", "sales")), documents, "ids, never paths, whether the file read or not");
        assertFalse(cli.out().contains("REDACTED") || cli.out().contains("StreamReadFeature"), "no parser internals: " + cli.out());
    }

    @Test
    void exclude_globs_leave_files_out_of_a_folder_run_and_say_so() throws Exception {
        write("data/good.csv", RIGHT);
        write("data/drafts/wrong.csv", WRONG);
        write("data/old.csv", WRONG);
        assertEquals(1, Cli.run("check", folder.resolve("data").toString()).exit());
        Cli cli = Cli.run("check", folder.resolve("data").toString(), "--exclude", "drafts/**", "--exclude", "old.*");
        assertEquals(0, cli.exit(), cli.out() + cli.err());
        assertTrue(cli.err().contains("1 file(s) not read: excluded by --exclude drafts/**"), cli.err());
        assertTrue(cli.err().contains("1 file(s) not read: excluded by --exclude old.*"), cli.err());
    }

    @Test
    void crossfoots_own_reports_and_baseline_in_the_folder_are_not_read_the_next_run() throws Exception {
        write("data/sales.csv", WRONG);
        Path data = folder.resolve("data");
        List<String> args = new ArrayList<>(List.of("check", data.toString(), "--write-baseline", data.resolve("baseline.json").toString()));
        for (String format : List.of("json", "sarif", "html", "csv", "markdown", "junit", "github")) {
            args.add("--report");
            args.add(format + "=" + data.resolve("out/report." + (format.equals("markdown") ? "md" : format.equals("sarif") ? "sarif.json" : format)));
        }
        args.add("--report");
        args.add("text=" + data.resolve("out/report.txt"));
        Cli first = Cli.run(args.toArray(String[]::new));
        assertEquals(1, first.exit(), first.err());
        Cli second = Cli.run("check", data.toString(), "--baseline", data.resolve("baseline.json").toString(), "--report", "json=-");
        assertEquals(0, second.exit(), second.err());
        JsonNode report = JSON.readTree(second.out());
        assertEquals(1, report.path("summary").path("documents").asInt(), "only the statement is a document: " + second.err());
        for (String own : List.of("baseline", "JSON report", "SARIF report", "HTML report", "markdown report", "CSV report", "text report")) {
            assertTrue(second.err().contains("crossfoot's own output (a crossfoot " + own), own + ": " + second.err());
        }
    }

    @Test
    void a_path_named_twice_or_also_inside_a_named_folder_is_read_once() throws Exception {
        Path sales = write("data/sales.csv", WRONG);
        Cli cli = Cli.run("check", sales.toString(), folder.resolve("data/../data/sales.csv").toString(), folder.resolve("data").toString(),
                "--report", "json=-");
        assertEquals(1, JSON.readTree(cli.out()).path("summary").path("documents").asInt(), cli.err());
        assertEquals(1, JSON.readTree(cli.out()).path("findings").size());
    }

    @Test
    void no_document_or_no_table_is_no_pass() throws Exception {
        Cli empty = Cli.run("check", folder.resolve("data").toString(), "--report", "json=" + folder.resolve("r.json"));
        assertEquals(2, empty.exit());
        assertEquals("crossfoot: nothing to check: no document found in " + folder.resolve("data") + "\n", empty.err());
        assertFalse(Files.exists(folder.resolve("r.json")), "no green report of a run that checked nothing");

        write("data/scan.pdf", "%PDF-1.4");
        Cli pdfs = Cli.run("check", folder.resolve("data").toString());
        assertEquals(2, pdfs.exit());
        assertTrue(pdfs.err().contains("(1 file(s) of formats crossfoot does not read)"), pdfs.err());

        for (String name : List.of("empty.txt", "empty.csv")) {
            Cli blank = Cli.run("check", write(name, "").toString());
            assertEquals(2, blank.exit(), name + ": " + blank.err());
            assertTrue(blank.err().startsWith("crossfoot: "), blank.err());
            assertEquals(1, blank.err().lines().count(), blank.err());
        }
    }

    @Test
    void check_dash_reads_standard_input_and_report_dash_writes_standard_output() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(WRONG.getBytes(StandardCharsets.UTF_8)));
            Cli sniffed = Cli.run("check", "-", "--report", "json=-");
            assertEquals(1, sniffed.exit(), sniffed.err());
            JsonNode finding = JSON.readTree(sniffed.out()).path("findings").get(0);
            assertEquals("stdin", finding.path("document").asText());
            assertTrue(finding.path("cells").get(0).path("location").asText().startsWith("stdin.csv:"), finding.toString());

            System.setIn(new ByteArrayInputStream("| Item | 2024 |\n|---|---:|\n| Revenue: | |\n| Product | 100 |\n| Service | 50 |\n| Total revenue | 160 |\n"
                    .getBytes(StandardCharsets.UTF_8)));
            Cli declared = Cli.run("check", "-", "--stdin-format", "md", "--report", "json=-");
            assertTrue(JSON.readTree(declared.out()).path("findings").get(0).path("cells").get(0).path("location").asText()
                    .startsWith("stdin.md:"), declared.out());
        } finally {
            System.setIn(stdin);
        }
        assertFalse(Files.exists(Path.of("-")), "'-' is standard output, not a file");
        assertEquals(2, Cli.run("check", "-", folder.toString()).exit(), "'-' stands alone");
    }

    @Test
    void a_config_file_turns_rules_off_sets_their_severity_and_scopes_them() throws Exception {
        Path sales = write("data/sales.csv", WRONG);
        Path config = write(".crossfoot.json", "{\"rules\": {\"FOOT.section-total\": \"off\"}}");
        assertEquals(0, Cli.run("check", sales.toString(), "--config", config.toString()).exit(), "turned off");

        write(".crossfoot.json", "{\"fail-on\": \"warning\", \"rules\": {\"FOOT.section-total\": \"warning\"}}");
        Cli warning = Cli.run("check", sales.toString(), "--config", config.toString(), "--report", "json=-");
        assertEquals("warning", JSON.readTree(warning.out()).path("findings").get(0).path("severity").asText());
        assertEquals(1, warning.exit(), "fail-on warning from the file");
        assertEquals(0, Cli.run("check", sales.toString(), "--config", config.toString(), "--fail-on", "error").exit(), "the flag wins");

        write(".crossfoot.json", "{\"rules\": {\"FOOT.section-total\": {\"statements\": [\"cash-flow\"]}}}");
        assertEquals(0, Cli.run("check", sales.toString(), "--config", config.toString()).exit(), "scoped to cash-flow statements");
        write(".crossfoot.json", "{\"rules\": {\"FOOT.section-total\": {\"tables\": [\"*segment*\"]}}}");
        assertEquals(0, Cli.run("check", sales.toString(), "--config", config.toString()).exit(), "scoped to segment tables");
        write(".crossfoot.json", "{\"rules\": {\"FOOT.section-total\": {\"tables\": [\"SALES\"]}}}");
        assertEquals(1, Cli.run("check", sales.toString(), "--config", config.toString()).exit(), "its title is sales, case aside");
    }

    @Test
    void flags_set_rules_too_and_the_rules_command_shows_what_is_in_force() throws Exception {
        Path sales = write("data/sales.csv", WRONG);
        assertEquals(0, Cli.run("check", sales.toString(), "--rule", "FOOT.section-total=off").exit());
        assertEquals(0, Cli.run("check", sales.toString(), "--rule", "FOOT.section-total=info").exit());
        assertEquals(0, Cli.run("check", sales.toString(), "--rule-statements", "FOOT.section-total=equity").exit());
        Cli rules = Cli.run("rules", "--rule", "FOOT.section-total=off", "--rule", "INPUT.unreadable-rows=error");
        assertTrue(rules.out().lines().anyMatch(l -> l.startsWith("FOOT.section-total") && l.contains(" off ")), rules.out());
        assertTrue(rules.out().lines().anyMatch(l -> l.startsWith("INPUT.unreadable-rows") && l.contains(" error ")), rules.out());

        Cli unknown = Cli.run("check", sales.toString(), "--rule", "NO.such=off");
        assertEquals(2, unknown.exit());
        assertEquals("crossfoot: --rule NO.such=off: no rule NO.such ('crossfoot rules' lists them)\n", unknown.err());
        Cli inputOff = Cli.run("check", sales.toString(), "--rule", "INPUT.unreadable-document=off");
        assertEquals(2, inputOff.exit());
        assertTrue(inputOff.err().contains("takes a severity only"), inputOff.err());
    }

    @Test
    void rules_accepts_a_single_rule_file() throws Exception {
        Path sales = write("data/sales.csv", RIGHT);
        Path rule = write("extra.rules", """
                statement income

                rule REVIEW.gross-profit "Gross profit should equal total revenue less total cost of revenue"
                  gross_profit = revenue.total - cost_of_revenue.total
                  severity warning
                """);
        Cli cli = Cli.run("rules", "--rules", rule.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().lines().anyMatch(l -> l.startsWith("REVIEW.gross-profit") && l.contains(" warning ")), cli.out());
        assertEquals(2, Cli.run("check", sales.toString(), "--rules", write("x.txt", "").toString()).exit());
    }

    @Test
    void a_config_file_with_a_mistake_is_an_error_naming_file_and_place() throws Exception {
        Path sales = write("data/sales.csv", WRONG);
        Path config = write("c.json", "{\"rules\": {\"FOOT.section-total\": \"of\"}}");
        Cli level = Cli.run("check", sales.toString(), "--config", config.toString());
        assertEquals(2, level.exit());
        assertEquals("crossfoot: " + config + ": /rules/FOOT.section-total: 'of' is not a level: off, info, warning or error\n", level.err());
        write("c.json", "{\"rule\": {}}");
        assertTrue(Cli.run("check", sales.toString(), "--config", config.toString()).err()
                .contains(config + ": /rule: unknown setting (known: exclude, fail-on, rules)"));
        write("c.json", "{\"rules\": {\"FOOT.section-total\": 'off'}}");
        Cli malformed = Cli.run("check", sales.toString(), "--config", config.toString());
        assertEquals("crossfoot: " + config + ":1: not a crossfoot config: unexpected ''' where a value should be (text needs double quotes)\n",
                malformed.err());
    }

    @Test
    void quiet_leaves_only_the_report() throws Exception {
        Path sales = write("data/sales.csv", WRONG);
        Path baseline = folder.resolve("b.json");
        Cli.run("check", sales.toString(), "--write-baseline", baseline.toString());
        Cli normal = Cli.run("check", sales.toString(), "--baseline", baseline.toString());
        assertTrue(normal.err().contains("gate passed"), normal.err());
        Cli quiet = Cli.run("check", sales.toString(), "--baseline", baseline.toString(), "--quiet");
        assertEquals("", quiet.err());
        assertEquals(normal.out(), quiet.out());
    }

    @Test
    void a_bad_file_in_a_survey_is_a_line_and_the_survey_goes_on() throws Exception {
        Path bad = write("data/a-broken.json", "{");
        Path good = write("data/b-sales.csv", WRONG);
        Cli cli = Cli.run("survey", bad.toString(), good.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("not read: " + bad + ":1: malformed JSON"), cli.out());
        assertTrue(cli.out().lines().anyMatch(l -> l.endsWith(good.toString())), cli.out());
        assertTrue(cli.out().strip().endsWith("total of 2 file(s), 1 not read"), cli.out());
    }

    @Test
    void messages_about_a_path_say_what_is_wrong_with_it() {
        Cli unknown = Cli.run("check", "/etc/hostname");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("crossfoot: /etc/hostname: unknown input format (expected .json"), unknown.err());
    }

    @Test
    void a_report_that_cannot_be_written_is_one_line_in_crossfoots_words() throws Exception {
        Path sales = write("data/sales.csv", WRONG);
        Cli cli = Cli.run("check", sales.toString(), "--report", "json=" + folder.resolve("data"));
        assertEquals(2, cli.exit());
        assertEquals("crossfoot: " + folder.resolve("data") + ": cannot write the json report: is a directory\n", cli.err());
    }

    @Test
    void the_text_report_says_the_gate_and_marks_each_finding() throws Exception {
        Path sales = write("data/sales.csv", WRONG);
        Cli cli = Cli.run("check", sales.toString(), "--fail-on", "never");
        assertEquals(0, cli.exit());
        assertTrue(cli.out().contains("[FOOT.section-total]  (below --fail-on)"), cli.out());
        assertTrue(cli.out().strip().endsWith("gate passed: --fail-on never, 1 new finding(s) reported"), cli.out());
    }

    /** $GITHUB_STEP_SUMMARY is the process's environment, so this runs crossfoot as a process of its own. */
    @Test
    void a_markdown_report_to_the_github_step_summary_is_appended() throws Exception {
        Path sales = write("data/sales.csv", WRONG);
        Path summary = write("summary.md", "## an earlier step\n");
        ProcessBuilder process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.crossfoot.cli.Main",
                "check", sales.toString(), "--report", "markdown=" + summary, "--quiet")
                .redirectErrorStream(true).redirectOutput(folder.resolve("out.txt").toFile());
        process.environment().put("GITHUB_STEP_SUMMARY", summary.toString());
        assertEquals(1, process.start().waitFor(), Files.readString(folder.resolve("out.txt")));
        String text = Files.readString(summary);
        assertTrue(text.startsWith("## an earlier step\n### crossfoot: "), text);

        Path other = write("other.md", "old\n");
        assertEquals(1, Cli.run("check", sales.toString(), "--report", "markdown=" + other).exit());
        assertTrue(Files.readString(other).startsWith("### crossfoot: "), "any other file is written over");
    }

    private Path write(String name, String text) throws Exception {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
