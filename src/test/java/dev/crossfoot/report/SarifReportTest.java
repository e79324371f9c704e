package dev.crossfoot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.RuleInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SarifReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private final CheckRun run = ReportFixture.withSuggestion();
    private final JsonNode sarif = sarif(run);

    @Test
    void validates_against_the_sarif_2_1_0_schema() {
        assertEquals(Set.of(), SCHEMA.validate(sarif));
        assertEquals("2.1.0", sarif.path("version").asText());
    }

    @Test
    void the_schema_check_would_catch_an_invalid_log() {
        ObjectNode broken = sarif.deepCopy();
        ((ObjectNode) broken.path("runs").get(0).path("results").get(0)).put("level", "fatal");
        Set<ValidationMessage> problems = SCHEMA.validate(broken);
        assertFalse(problems.isEmpty(), "a level outside none/note/warning/error must be rejected");
    }

    @Test
    void the_rule_catalogue_comes_from_the_run_with_levels_from_severity() {
        JsonNode rules = sarif.path("runs").get(0).path("tool").path("driver").path("rules");
        assertEquals(run.rules().size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            RuleInfo info = run.rules().get(i);
            JsonNode rule = rules.get(i);
            assertEquals(info.id(), rule.path("id").asText());
            assertEquals(info.sentence(), rule.path("shortDescription").path("text").asText());
            assertTrue(rule.path("fullDescription").path("text").asText().contains(info.identity()));
            assertFalse(rule.path("help").path("text").asText().isEmpty());
        }
        assertEquals("warning", rule("REVIEW.gross-profit").path("defaultConfiguration").path("level").asText());
        assertEquals("error", rule("IS.gross-profit").path("defaultConfiguration").path("level").asText());
    }

    @Test
    void one_result_per_finding_pointing_at_the_file_line_and_json_pointer() throws Exception {
        JsonNode results = sarif.path("runs").get(0).path("results");
        List<Finding> findings = ReportOrder.findings(run);
        assertEquals(findings.size(), results.size());
        for (int i = 0; i < findings.size(); i++) {
            JsonNode result = results.get(i);
            assertEquals(findings.get(i).rule(), result.path("ruleId").asText());
            assertEquals(findings.get(i).rule(),
                    rules().get(result.path("ruleIndex").asInt()).path("id").asText(), "ruleIndex points at the rule");
            assertEquals(findings.get(i).primaryLocation().toString(), locationText(result.path("locations").get(0)));
        }
        JsonNode jsonLines = resultAt("src/test/resources/reports/input/dataset.jsonl:1#/tables/0/rows/3/cells/0");
        assertEquals(1, jsonLines.path("locations").get(0).path("physicalLocation").path("region").path("startLine").asInt());
        JsonNode json = resultAt("src/test/resources/reports/input/statements.json#/tables/0/rows/3/cells/0");
        JsonNode physical = json.path("locations").get(0).path("physicalLocation");
        assertEquals(1 + lineOf(Files.readString(Path.of("src/test/resources/reports/input/statements.json")), "\"Total revenue\""),
                physical.path("region").path("startLine").asInt(), "the line where the pointer's value starts");
        assertTrue(physical.path("region").path("startColumn").asInt() > 1, physical.toString());
        assertEquals("src/test/resources/reports/input/statements.json", physical.path("artifactLocation").path("uri").asText());
        assertEquals("Total revenue", json.path("locations").get(0).path("logicalLocations").get(0).path("name").asText());
        assertEquals(2, json.path("relatedLocations").size(), "the two items the total was checked against");
    }

    /** The 0-based line of the first occurrence of {@code text}. */
    private static int lineOf(String file, String text) {
        return (int) file.substring(0, file.indexOf(text)).chars().filter(c -> c == '\n').count();
    }

    @Test
    void the_tool_names_its_version_and_home_page() {
        JsonNode driver = sarif.path("runs").get(0).path("tool").path("driver");
        assertEquals(ToolInfo.version(), driver.path("version").asText());
        assertTrue(driver.path("version").asText().matches("\\d+\\.\\d+\\.\\d+.*"), driver.toString());
        assertTrue(driver.path("informationUri").asText().startsWith("https://"), driver.toString());
    }

    @Test
    void every_location_has_a_region_and_a_value_pointed_at_its_characters() throws Exception {
        for (JsonNode result : sarif.path("runs").get(0).path("results")) {
            for (JsonNode location : result.path("locations")) {
                assertTrue(location.path("physicalLocation").path("region").path("startLine").asInt() >= 1, result.toString());
            }
            for (JsonNode location : result.path("relatedLocations")) {
                assertTrue(location.path("physicalLocation").path("region").path("startLine").asInt() >= 1, result.toString());
            }
        }
        String statements = Files.readString(ReportFixture.INPUT.resolve("statements.json"));
        JsonNode region = resultAt("src/test/resources/reports/input/statements.json#/tables/0/rows/3/cells/0")
                .path("locations").get(0).path("physicalLocation").path("region");
        String value = JSON.readTree(statements).at("/tables/0/rows/3/cells/0").asText();
        assertEquals("\"" + value + "\"", statements.substring(region.path("charOffset").asInt(),
                region.path("charOffset").asInt() + region.path("charLength").asInt()), region.toString());
        JsonNode line = resultAt("src/test/resources/reports/input/dataset.jsonl:1#/tables/0/rows/3/cells/0")
                .path("locations").get(0).path("physicalLocation").path("region");
        String first = Files.readAllLines(ReportFixture.INPUT.resolve("dataset.jsonl")).get(0);
        String cell = "\"" + JSON.readTree(first).at("/tables/0/rows/3/cells/0").asText() + "\"";
        assertEquals(cell, first.substring(line.path("startColumn").asInt() - 1, line.path("endColumn").asInt() - 1),
                "the value's columns within its line");
    }

    @Test
    void an_html_cell_has_the_characters_of_its_text_as_region(@TempDir Path folder) throws Exception {
        String page = "<html><body><p>Statements of Operations</p>\n<table>\n"
                + "<tr><td></td><td>2024</td><td>2023</td></tr>\n"
                + "<tr><td>Product</td><td>41,892</td><td>29,446</td></tr>\n"
                + "<tr><td>Service</td><td>24,461</td><td>22,326</td></tr>\n"
                + "<tr><td>Total revenue</td><td>\n  <span>66,853</span>\n</td><td>51,772</td></tr>\n</table></body></html>";
        Path file = Files.writeString(folder.resolve("filing.htm"), page);
        JsonNode log = sarif(Crossfoot.standard().check(List.of(file)));
        assertEquals(Set.of(), SCHEMA.validate(log));
        JsonNode results = log.path("runs").get(0).path("results");
        assertFalse(results.isEmpty(), "the wrong total is found");
        int regions = 0;
        for (JsonNode result : results) {
            List<JsonNode> locations = new ArrayList<>();
            result.path("locations").forEach(locations::add);
            result.path("relatedLocations").forEach(locations::add);
            for (JsonNode location : locations) {
                JsonNode region = location.path("physicalLocation").path("region");
                String text = page.substring(region.path("charOffset").asInt(), region.path("charOffset").asInt()
                        + region.path("charLength").asInt());
                assertTrue(text.matches("[\\d,]+"), "a cell's number, not its tags: " + text);
                assertEquals(page.substring(0, region.path("charOffset").asInt()).split("\n", -1).length,
                        region.path("startLine").asInt());
                regions++;
            }
        }
        assertTrue(regions >= 3, "the total and its two items");
        assertTrue(results.toString().contains("66,853"), results.toString());
    }

    @Test
    void a_document_from_standard_input_is_not_looked_for_in_a_file_of_its_name() throws Exception {
        Path namesake = Path.of("stdin.json");
        org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(namesake), "a stdin.json of someone's in the working directory");
        Files.writeString(namesake, "{\"tables\": [{\"rows\": [{\"cells\": [\"1\"]}]}]}");
        try {
            dev.crossfoot.model.Location cell = dev.crossfoot.model.Location.ofFragment("stdin.json", "/tables/0/rows/0/cells/0");
            assertTrue(new SourceRegions(false).of(cell) != null, "a file stdin.json is looked into");
            assertEquals(null, new SourceRegions(true).of(cell), "after 'check -', stdin.json is the document read from stdin");
        } finally {
            Files.delete(namesake);
        }
    }

    @Test
    void an_unreadable_document_is_also_a_tool_execution_notification() {
        JsonNode invocation = sarif.path("runs").get(0).path("invocations").get(0);
        assertFalse(invocation.path("executionSuccessful").asBoolean(true));
        JsonNode notifications = invocation.path("toolExecutionNotifications");
        assertEquals(1, notifications.size());
        assertEquals("INPUT.unreadable-document", notifications.get(0).path("associatedRule").path("id").asText());
        assertEquals(2, notifications.get(0).path("locations").get(0).path("physicalLocation").path("region")
                .path("startLine").asInt());
    }

    @Test
    void a_run_that_read_everything_executed_successfully() throws Exception {
        CheckRun clean = Crossfoot.standard().check(List.of(Path.of("fixtures/sonus-2011q3/sonus-2011q3-release.json")));
        JsonNode invocation = sarif(clean).path("runs").get(0).path("invocations").get(0);
        assertTrue(invocation.path("executionSuccessful").asBoolean(false));
        assertEquals(0, invocation.path("toolExecutionNotifications").size());
        assertEquals(Set.of(), SCHEMA.validate(sarif(clean)));
    }

    @Test
    void fingerprints_survive_rows_inserted_above_the_finding(@TempDir Path folder) throws Exception {
        Path original = ReportFixture.INPUT.resolve("statements.json");
        Path shifted = folder.resolve("statements.json");
        // A nil line at the top of the revenue section moves every pointer below it but changes no sum.
        Files.writeString(shifted, Files.readString(original).replace(
                "{\"label\": \"Revenue:\", \"depth\": 0},",
                "{\"label\": \"Revenue:\", \"depth\": 0},\n        {\"label\": \"Licences\", \"depth\": 1, \"cells\": [\"—\", \"—\"]},"));
        JsonNode before = sarif(Crossfoot.standard().check(List.of(original))).path("runs").get(0).path("results");
        JsonNode after = sarif(Crossfoot.standard().check(List.of(shifted))).path("runs").get(0).path("results");
        assertEquals(before.size(), after.size());
        List<String> fingerprintsBefore = new ArrayList<>();
        List<String> fingerprintsAfter = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            fingerprintsBefore.add(before.get(i).path("partialFingerprints").path(Fingerprint.SARIF_KEY).asText());
            fingerprintsAfter.add(after.get(i).path("partialFingerprints").path(Fingerprint.SARIF_KEY).asText());
        }
        JsonNode revenueBefore = before.get(1).path("locations").get(0).path("logicalLocations").get(0);
        JsonNode revenueAfter = after.get(1).path("locations").get(0).path("logicalLocations").get(0);
        assertNotEquals(revenueBefore.path("fullyQualifiedName"), revenueAfter.path("fullyQualifiedName"), "the pointer moved");
        assertEquals(fingerprintsBefore, fingerprintsAfter);
        assertEquals(fingerprintsBefore.size(), Set.copyOf(fingerprintsBefore).size(), "distinct findings, distinct fingerprints");
    }

    @Test
    void file_names_become_uri_references() {
        assertEquals("data/q3%20release.json", SarifReport.uri("data/q3 release.json"));
        assertEquals("./c:report.json", SarifReport.uri("c:report.json"));
        assertEquals("file:///tmp/x.json", SarifReport.uri("/tmp/x.json"));
    }

    @Test
    void matches_its_golden_file() {
        GoldenFile.assertMatches("report.sarif.json", ReportFixture.render(new SarifReport(), run));
    }

    private JsonNode rules() {
        return sarif.path("runs").get(0).path("tool").path("driver").path("rules");
    }

    private JsonNode rule(String id) {
        for (JsonNode rule : rules()) {
            if (rule.path("id").asText().equals(id)) {
                return rule;
            }
        }
        throw new AssertionError("no rule " + id);
    }

    private JsonNode resultAt(String location) {
        for (JsonNode result : sarif.path("runs").get(0).path("results")) {
            if (locationText(result.path("locations").get(0)).equals(location)) {
                return result;
            }
        }
        throw new AssertionError("no result at " + location);
    }

    /** A SARIF location written back in crossfoot's {@code file:line#pointer} form. */
    static String locationText(JsonNode location) {
        JsonNode physical = location.path("physicalLocation");
        String text = physical.path("artifactLocation").path("uri").asText();
        // The line is part of crossfoot's location for line formats and JSON Lines; a .json file's
        // or an HTML page's region was found from the pointer or path, which the location names.
        boolean lineKnown = !text.endsWith(".json") && !text.matches(".*\\.x?html?(\\.gz)?$");
        if (physical.has("region") && lineKnown) {
            text += ":" + physical.path("region").path("startLine").asInt();
        }
        if (location.has("logicalLocations")) {
            text += "#" + location.path("logicalLocations").get(0).path("fullyQualifiedName").asText();
        }
        return text;
    }

    static JsonNode sarif(CheckRun run) {
        try {
            return JSON.readTree(ReportFixture.render(new SarifReport(), run));
        } catch (IOException failure) {
            throw new AssertionError("the SARIF report is not JSON: " + failure.getMessage(), failure);
        }
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        } catch (IOException failure) {
            throw new AssertionError("the SARIF schema must be on the test class path", failure);
        }
    }
}
