package dev.crossfoot.report;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JUnitReportTest {

    private final CheckRun run = ReportFixture.withSuggestion();
    private final Document xml = parse(ReportFixture.render(new JUnitReport(), run));

    @Test
    void the_failure_count_equals_the_error_findings_of_checks() {
        long errorFindingsOfChecks = run.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && !f.rule().startsWith("INPUT.")).count();
        Element root = xml.getDocumentElement();
        assertEquals(5, errorFindingsOfChecks, "the fixture has five wrong figures");
        assertEquals(errorFindingsOfChecks, xml.getElementsByTagName("failure").getLength());
        assertEquals(Long.toString(errorFindingsOfChecks), root.getAttribute("failures"));
    }

    @Test
    void every_check_is_a_test_case_and_every_unreadable_input_an_error() {
        long inputErrors = run.findings().stream()
                .filter(f -> f.severity() == Severity.ERROR && f.rule().startsWith("INPUT.")).count();
        long inputFindings = run.findings().stream().filter(f -> f.rule().startsWith("INPUT.")).count();
        Element root = xml.getDocumentElement();
        assertEquals(Long.toString(run.outcomes().size() + inputFindings), root.getAttribute("tests"));
        assertEquals(Long.toString(inputErrors), root.getAttribute("errors"));
        assertEquals(inputErrors, xml.getElementsByTagName("error").getLength());
    }

    @Test
    void a_check_that_could_not_be_evaluated_is_skipped_with_its_reason() {
        long notEvaluated = run.outcomes().stream().filter(o -> o.status() == CheckStatus.NOT_EVALUATED).count();
        NodeList skipped = xml.getElementsByTagName("skipped");
        assertEquals(notEvaluated, skipped.getLength());
        assertTrue(((Element) skipped.item(0)).getAttribute("message").startsWith("not evaluated: "));
    }

    @Test
    void a_warning_passes_and_carries_its_finding_in_system_out() {
        Element warning = testcase("acme-2024q4.ops", "REVIEW.gross-profit [Three months ended December 31, 2024] Gross profit");
        assertEquals(0, warning.getElementsByTagName("failure").getLength());
        String out = warning.getElementsByTagName("system-out").item(0).getTextContent();
        assertTrue(out.startsWith("warning (below --fail-on): Gross profit should equal"), out);
    }

    @Test
    void a_failure_gives_expected_reported_difference_and_allowed_rounding() {
        Element failure = (Element) testcase("acme-2024q4.ops",
                "IS.revenue-total [Three months ended December 31, 2024] Total revenue").getElementsByTagName("failure").item(0);
        assertEquals("IS.revenue-total", failure.getAttribute("type"));
        String body = failure.getTextContent();
        assertTrue(body.contains("expected:   66353\n"), body);
        assertTrue(body.contains("reported:   66533\n"), body);
        assertTrue(body.contains("difference: 180\n"), body);
        assertTrue(body.contains("allowed:    ±1.5\n"), body);
    }

    @Test
    void test_names_are_stable_and_unique_within_their_suite() {
        NodeList suites = xml.getElementsByTagName("testsuite");
        for (int s = 0; s < suites.getLength(); s++) {
            Set<String> names = new HashSet<>();
            NodeList cases = ((Element) suites.item(s)).getElementsByTagName("testcase");
            for (int c = 0; c < cases.getLength(); c++) {
                Element test = (Element) cases.item(c);
                String key = test.getAttribute("classname") + " " + test.getAttribute("name");
                assertTrue(names.add(key), "repeated test name " + key);
                if (!test.getAttribute("name").startsWith("INPUT.unreadable-document")) {
                    assertTrue(!key.contains("#/tables"), "a JSON Pointer would change when rows move: " + key);
                }
            }
        }
    }

    @Test
    void a_suite_per_document_and_one_for_a_file_that_could_not_be_read_named_as_its_document_would_be() {
        List<String> suites = new ArrayList<>();
        NodeList nodes = xml.getElementsByTagName("testsuite");
        for (int i = 0; i < nodes.getLength(); i++) {
            suites.add(((Element) nodes.item(i)).getAttribute("name"));
        }
        assertEquals(List.of("beta-2024", "acme-2024q4", "dataset"), suites);
    }

    @Test
    void control_characters_in_a_label_still_give_well_formed_xml(@TempDir Path folder) throws Exception {
        Path input = folder.resolve("bell.json");
        Files.writeString(input, """
                {"crossfoot": 1, "document": {"id": "bell"}, "tables": [{"id": "t", "columns": ["2024"], "rows": [
                  {"label": "Items:"}, {"label": "A\\u0007", "depth": 1, "cells": ["1"]}, {"label": "B", "depth": 1, "cells": ["2"]},
                  {"label": "Total \\u0001items", "depth": 1, "cells": ["9"]}]}]}
                """);
        CheckRun bell = Crossfoot.standard().check(List.of(input));
        assertEquals(1, bell.findings().size(), "the wrong total is found");
        Document parsed = parse(ReportFixture.render(new JUnitReport(), bell));
        assertEquals("1", parsed.getDocumentElement().getAttribute("failures"));
        Finding finding = bell.findings().get(0);
        assertTrue(parsed.getElementsByTagName("testcase").item(0).getAttributes().getNamedItem("name")
                .getNodeValue().endsWith("Total \uFFFDitems"), finding.message());
    }

    @Test
    void matches_its_golden_file() {
        GoldenFile.assertMatches("report.junit.xml", ReportFixture.render(new JUnitReport(), run));
    }

    private Element testcase(String classname, String name) {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            Element test = (Element) cases.item(i);
            if (test.getAttribute("classname").equals(classname) && test.getAttribute("name").equals(name)) {
                return test;
            }
        }
        throw new AssertionError("no testcase " + classname + " / " + name);
    }

    static Document parse(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception failure) {
            throw new AssertionError("the JUnit report is not well-formed XML: " + failure.getMessage(), failure);
        }
    }
}
