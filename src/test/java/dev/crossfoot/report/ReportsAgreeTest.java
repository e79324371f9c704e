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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
                .map(c -> c.get(1).replace("`", "") + " @ " + c.get(3).replaceAll("\\\\(.)", "$1")).toList());
    }

    private static final Pattern ANNOTATION = Pattern.compile(
            "::\\w+ file=([^,]*)(?:,line=(\\d+))?,title=([^ ]+).*?::.*?(?: \\[(/[^\\]]*)\\])?$");

    private static List<String> fromGithub(String text) {
        List<String> found = new ArrayList<>();
        for (String line : text.lines().toList()) {
            Matcher m = ANNOTATION.matcher(line);
            if (!m.matches()) {
                throw new AssertionError("not a workflow command: " + line);
            }
            String location = m.group(1).replace("%3A", ":").replace("%2C", ",").replace("%25", "%")
                    + (m.group(2) == null ? "" : ":" + m.group(2)) + (m.group(4) == null ? "" : "#" + m.group(4));
            found.add(m.group(3) + " @ " + location);
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
