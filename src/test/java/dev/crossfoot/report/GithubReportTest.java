package dev.crossfoot.report;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GithubReportTest {

    private final CheckRun run = ReportFixture.withSuggestion();
    private final String annotations = ReportFixture.render(new GithubReport(), run);

    @Test
    void one_workflow_command_per_finding_error_only_when_it_fails_the_gate() {
        List<String> lines = annotations.lines().toList();
        List<Finding> findings = ReportOrder.findings(run);
        assertEquals(findings.size(), lines.size());
        for (int i = 0; i < lines.size(); i++) {
            // Under the default gate (--fail-on error) every error fails it and a warning does not.
            String command = findings.get(i).severity().label().equals("error") ? "::error " : "::warning ";
            assertTrue(lines.get(i).startsWith(command), lines.get(i));
        }
    }

    @Test
    void an_annotation_names_the_file_and_the_line_where_the_reader_knew_it() {
        String jsonLines = annotations.lines().filter(l -> l.contains("Total current assets")).findFirst().orElseThrow();
        assertTrue(jsonLines.startsWith("::error file=src/test/resources/reports/input/dataset.jsonl,line=1,title="
                + "error FOOT.section-total · Total current assets · 2024 (fails the gate)::"), jsonLines);
        String json = annotations.lines().filter(l -> l.contains("[IS.revenue-total") || l.contains("title=error IS.revenue-total"))
                .findFirst().orElseThrow();
        assertTrue(json.startsWith("::error file=src/test/resources/reports/input/statements.json,title=error IS.revenue-total"
                + " · Total revenue · Three months ended December 31%2C 2024 (fails the gate)::"), json);
        assertTrue(json.endsWith("[/tables/0/rows/3/cells/0]"), "the JSON Pointer is in the message: " + json);
    }

    @Test
    void escapes_follow_the_github_runner() {
        assertEquals("50%25 done%0D%0A::error::x", GithubReport.data("50% done\r\n::error::x"));
        assertEquals("a%3Ab%2Cc%0A", GithubReport.property("a:b,c\n"));
    }

    @Test
    void a_label_with_a_line_break_cannot_start_a_command_of_its_own(@TempDir Path folder) throws Exception {
        Path input = folder.resolve("newline.json");
        Files.writeString(input, """
                {"crossfoot": 1, "document": {"id": "nl"}, "tables": [{"id": "t", "columns": ["2024"], "rows": [
                  {"label": "Items:"}, {"label": "A", "depth": 1, "cells": ["1"]}, {"label": "B", "depth": 1, "cells": ["2"]},
                  {"label": "Total items\\n::error file=x::forged", "depth": 1, "cells": ["9"]}]}]}
                """);
        CheckRun forged = Crossfoot.standard().check(List.of(input));
        String text = ReportFixture.render(new GithubReport(), forged);
        assertEquals(1, forged.findings().size());
        assertEquals(1, text.lines().count(), text);
        assertTrue(text.contains("Total items%0A%3A%3Aerror file=x%3A%3Aforged"), text);
    }

    @Test
    void matches_its_golden_file() {
        GoldenFile.assertMatches("report.github.txt", annotations);
    }
}
