package dev.crossfoot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.cli.Main;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One CLI run writes every machine-read format at once, and they must tell the same story: the
 * same findings, by rule and location, as the JSON contract.
 */
class ReportsAgreeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void every_format_of_one_run_reports_the_same_findings(@TempDir Path folder) throws Exception {
        String[] formats = {"json", "junit", "sarif", "html", "csv", "markdown", "github"};
        List<String> args = new ArrayList<>(List.of("check", ReportFixture.INPUT.toString(), "--rules", ReportFixture.RULES.toString()));
        for (String format : formats) {
            args.add("--report");
            args.add(format + "=" + folder.resolve("report." + format));
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, code, err.toString(StandardCharsets.UTF_8));

        List<String> json = fromJson(read(folder, "json"));
        assertEquals(8, json.size(), "the fixture's findings: " + json);
        assertEquals(json, fromJUnit(read(folder, "junit")), "junit");
        assertEquals(json, fromSarif(read(folder, "sarif")), "sarif");
        assertEquals(json, fromHtml(read(folder, "html")), "html");
        assertEquals(json, fromCsv(read(folder, "csv")), "csv");
        assertEquals(json, fromMarkdown(read(folder, "markdown")), "markdown");
        assertEquals(json, fromGithub(read(folder, "github")), "github");
    }

    /**
     * The gate's one decision per finding, under a baseline and {@code --fail-on warning}: every
     * format marks each finding as the JSON report does (fails the gate, accepted by the
     * baseline…), and the findings that fail are exactly JUnit's failures and errors and
     * GitHub's error annotations; the exit code agrees.
     */
    @Test
    void every_format_marks_each_finding_new_or_accepted_and_failing_or_not_as_the_exit_code_says(@TempDir Path folder)
            throws Exception {
        Path input = folder.resolve("input");
        Files.createDirectories(input);
        for (String name : List.of("statements.json", "dataset.jsonl")) {
            Files.copy(ReportFixture.INPUT.resolve(name), input.resolve(name));
        }
        Path baseline = folder.resolve("baseline.json");
        assertEquals(1, run(List.of("check", input.toString(), "--rules", ReportFixture.RULES.toString(), "--report", "json=" + folder.resolve("first.json"),
                "--write-baseline", baseline.toString())));
        Path statements = input.resolve("statements.json");
        Files.writeString(statements, Files.readString(statements).replace("\"24,137\"", "\"24,173\""));

        Path reports = folder.resolve("gated");
        assertEquals(1, runAll(input, reports, "--baseline", baseline.toString(), "--fail-on", "warning"));
        Map<String, String> json = verdictsFromJson(read(reports, "json"));
        assertEquals(Map.of("accepted", 8L, "fails", 2L), counts(json), "two new findings of the changed cell: " + json);
        assertVerdictsAgree(reports, json);

        Path tolerated = folder.resolve("tolerated");
        assertEquals(0, runAll(input, tolerated, "--baseline", baseline.toString(), "--fail-on", "warning", "--max-findings", "5"));
        Map<String, String> within = verdictsFromJson(read(tolerated, "json"));
        assertEquals(Map.of("accepted", 8L, "tolerated", 2L), counts(within));
        assertVerdictsAgree(tolerated, within);
        assertEquals("0", JUnitReportTest.parse(read(tolerated, "junit")).getDocumentElement().getAttribute("failures"));
        assertEquals("0", JUnitReportTest.parse(read(tolerated, "junit")).getDocumentElement().getAttribute("errors"));
    }

    private static void assertVerdictsAgree(Path reports, Map<String, String> json) throws Exception {
        assertEquals(json, verdictsFromSarif(read(reports, "sarif")), "sarif");
        assertEquals(json, verdictsFromHtml(read(reports, "html")), "html");
        assertEquals(json, verdictsFromCsv(read(reports, "csv")), "csv");
        assertEquals(json, verdictsFromMarkdown(read(reports, "markdown")), "markdown");
        assertEquals(json, verdictsFromGithub(read(reports, "github")), "github");
        assertEquals(json.entrySet().stream().filter(e -> e.getValue().equals("fails")).map(Map.Entry::getKey).sorted().toList(),
                failingInJUnit(read(reports, "junit")), "junit failures and errors are the findings that fail the gate");
        Set<String> githubErrors = new TreeSet<>();
        for (String line : read(reports, "github").lines().toList()) {
            Matcher m = ANNOTATION.matcher(line);
            assertTrue(m.matches(), line);
            if (m.group(1).equals("error")) {
                githubErrors.add(m.group(5).replace("%2C", ","));
            }
        }
        assertEquals(json.containsValue("fails") ? Set.of("new, fails the gate") : Set.of(), githubErrors,
                "::error only for what fails the gate");
    }

    private int runAll(Path input, Path reports, String... options) {
        List<String> args = new ArrayList<>(List.of("check", input.toString(), "--rules", ReportFixture.RULES.toString()));
        for (String format : List.of("json", "junit", "sarif", "html", "csv", "markdown", "github")) {
            args.add("--report");
            args.add(format + "=" + reports.resolve("report." + format));
        }
        args.addAll(List.of(options));
        return run(args);
    }

    private static int run(List<String> args) {
        return Main.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    private static Map<String, Long> counts(Map<String, String> verdicts) {
        Map<String, Long> counts = new TreeMap<>();
        verdicts.values().forEach(v -> counts.merge(v, 1L, Long::sum));
        return counts;
    }

    /** A report's words for a verdict, as its label: "new, fails the gate" is {@code fails}. */
    private static String label(String words) {
        String plain = words.replaceFirst("^new, ", "");
        return switch (plain) {
            case "fails the gate" -> "fails";
            case "within --max-findings" -> "tolerated";
            case "below --fail-on" -> "below";
            case "accepted by the baseline" -> "accepted";
            default -> throw new AssertionError("not a verdict: " + words);
        };
    }

    /** Findings by rule, place and column; the fixture has no two findings alike in all three. */
    private static Map<String, String> verdictsFromJson(String text) throws Exception {
        Map<String, String> verdicts = new TreeMap<>();
        for (JsonNode finding : JSON.readTree(text).path("findings")) {
            String key = finding.path("rule").asText() + " @ " + finding.path("cells").get(0).path("location").asText()
                    + " [" + finding.path("column").asText() + "]";
            assertEquals(null, verdicts.put(key, finding.path("verdict").asText()), key);
            assertEquals(!finding.path("verdict").asText().equals("accepted"), finding.path("new").asBoolean());
        }
        return verdicts;
    }

    private static Map<String, String> verdictsFromSarif(String text) throws Exception {
        Map<String, String> verdicts = new TreeMap<>();
        for (JsonNode result : JSON.readTree(text).path("runs").get(0).path("results")) {
            String verdict = result.path("properties").path("verdict").asText();
            assertEquals(verdict.equals("accepted") ? "unchanged" : "new", result.path("baselineState").asText());
            // The temporary folder is absolute, which SARIF writes as a file URI.
            verdicts.put(result.path("ruleId").asText() + " @ "
                    + SarifReportTest.locationText(result.path("locations").get(0)).replaceFirst("^file://", "") + " [" + result.path("properties").path("column").asText() + "]", verdict);
        }
        return verdicts;
    }

    private static Map<String, String> verdictsFromHtml(String text) {
        Map<String, String> verdicts = new TreeMap<>();
        for (org.jsoup.nodes.Element article : Jsoup.parse(text).select("article.finding")) {
            String column = article.select("table.cells tr").size() > 1 ? article.select("table.cells tr").get(1).child(2).text() : "";
            verdicts.put(article.attr("data-rule") + " @ " + article.attr("data-location") + " [" + column + "]",
                    article.attr("data-verdict"));
            assertEquals(article.attr("data-verdict"), label(article.selectFirst("span.gate").text()));
        }
        return verdicts;
    }

    private static Map<String, String> verdictsFromCsv(String text) {
        Map<String, String> verdicts = new TreeMap<>();
        List<List<String>> rows = CsvReportTest.parse(text);
        int verdict = rows.get(0).indexOf("verdict");
        for (List<String> row : rows.subList(1, rows.size())) {
            verdicts.put(row.get(0) + " @ " + row.get(6) + " [" + row.get(4) + "]", row.get(verdict));
        }
        return verdicts;
    }

    private static Map<String, String> verdictsFromMarkdown(String text) {
        Map<String, String> verdicts = new TreeMap<>();
        for (String row : MarkdownReportTest.findingRows(text)) {
            List<String> c = MarkdownReportTest.cells(row);
            String where = c.get(3).replaceAll("\\\\(.)", "$1");
            String column = where.contains(" / ") ? where.substring(where.lastIndexOf(" / ") + 3) : "";
            verdicts.put(c.get(2).replace("`", "") + " @ " + c.get(4).replaceAll("\\\\(.)", "$1") + " [" + column + "]",
                    label(c.get(0)));
        }
        return verdicts;
    }

    private static Map<String, String> verdictsFromGithub(String text) {
        Map<String, String> verdicts = new TreeMap<>();
        for (String line : text.lines().toList()) {
            Matcher m = ANNOTATION.matcher(line);
            assertTrue(m.matches(), line);
            String title = line.substring(line.indexOf(",title=") + 7, line.indexOf("::", 2));
            String[] parts = title.replace("%3A", ":").replace("%2C", ",").replace("%25", "%").split(" · ");
            String column = parts.length > 2 ? parts[2].substring(0, parts[2].lastIndexOf(" (")) : "";
            String location = m.group(2).replace("%3A", ":").replace("%2C", ",").replace("%25", "%")
                    + (m.group(3) == null ? "" : ":" + m.group(3)) + (m.group(6) == null ? "" : "#" + m.group(6));
            verdicts.put(m.group(4) + " @ " + location + " [" + column + "]", label(m.group(5).replace("%2C", ",")));
        }
        return verdicts;
    }

    private static List<String> failingInJUnit(String text) {
        Document xml = JUnitReportTest.parse(text);
        List<String> failing = new ArrayList<>();
        for (String tag : List.of("failure", "error")) {
            NodeList nodes = xml.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element problem = (Element) nodes.item(i);
                String first = problem.getTextContent().split("\n")[0].replaceFirst(" at ", " @ ");
                String name = ((Element) problem.getParentNode()).getAttribute("name");
                java.util.regex.Matcher column = Pattern.compile("\\[(.*?)\\]").matcher(name);
                failing.add(first + " [" + (column.find() ? column.group(1) : "") + "]");
            }
        }
        return failing.stream().sorted().toList();
    }

    private static List<String> fromJson(String text) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode finding : JSON.readTree(text).path("findings")) {
            found.add(finding.path("rule").asText() + " @ " + finding.path("cells").get(0).path("location").asText());
        }
        return sorted(found);
    }

    /** Failures and errors name rule and place in their first line; warnings in the second line of system-out. */
    private static List<String> fromJUnit(String text) {
        Document xml = JUnitReportTest.parse(text);
        List<String> found = new ArrayList<>();
        for (String tag : List.of("failure", "error", "system-out")) {
            NodeList nodes = xml.getElementsByTagName(tag);
            for (int i = 0; i < nodes.getLength(); i++) {
                String[] lines = ((Element) nodes.item(i)).getTextContent().split("\n");
                found.add(lines[tag.equals("system-out") ? 1 : 0].replaceFirst(" at ", " @ "));
            }
        }
        return sorted(found);
    }

    private static List<String> fromSarif(String text) throws Exception {
        List<String> found = new ArrayList<>();
        for (JsonNode result : JSON.readTree(text).path("runs").get(0).path("results")) {
            found.add(result.path("ruleId").asText() + " @ " + SarifReportTest.locationText(result.path("locations").get(0)));
        }
        return sorted(found);
    }

    private static List<String> fromHtml(String text) {
        return sorted(Jsoup.parse(text).select("article.finding").stream()
                .map(a -> a.attr("data-rule") + " @ " + a.attr("data-location")).toList());
    }

    private static List<String> fromCsv(String text) {
        List<List<String>> rows = CsvReportTest.parse(text);
        return sorted(rows.subList(1, rows.size()).stream().map(r -> r.get(0) + " @ " + r.get(6)).toList());
    }

    private static List<String> fromMarkdown(String text) {
        return sorted(MarkdownReportTest.findingRows(text).stream().map(MarkdownReportTest::cells)
                .map(c -> c.get(2).replace("`", "") + " @ " + c.get(4).replaceAll("\\\\(.)", "$1")).toList());
    }

    private static final Pattern ANNOTATION = Pattern.compile(
            "::(\\w+) file=([^,]*)(?:,line=(\\d+))?,title=\\w+ ([^ ]+).*? \\(([^()]*)\\)::.*?(?: \\[(/[^\\]]*)\\])?$");

    private static List<String> fromGithub(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = ANNOTATION.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("not a workflow command: " + line);
            }
            String location = m.group(2).replace("%3A", ":").replace("%2C", ",").replace("%25", "%")
                    + (m.group(3) == null ? "" : ":" + m.group(3)) + (m.group(6) == null ? "" : "#" + m.group(6));
            found.add(m.group(4) + " @ " + location);
        }
        return sorted(found);
    }

    private static String read(Path folder, String format) throws Exception {
        return Files.readString(folder.resolve("report." + format), StandardCharsets.UTF_8);
    }

    private static List<String> sorted(List<String> list) {
        return list.stream().sorted().toList();
    }
}
