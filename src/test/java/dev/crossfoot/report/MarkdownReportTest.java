package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReportTest {

    private final CheckRun run = ReportFixture.withSuggestion();
    private final String markdown = ReportFixture.render(new MarkdownReport(), run);

    @Test
    void the_headline_and_counts_table_give_the_summary() {
        CheckRun.Summary s = run.summary();
        List<String> lines = markdown.lines().toList();
        assertEquals("### crossfoot: ❌ gate FAILED: 7 new finding(s) at or above error", lines.get(0));
        assertEquals("7 errors, 1 warning in 2 documents", lines.get(2));
        assertEquals(List.of("2", "3", "15", "9", "6", "1", "7", "1"), cells(lines.get(6)));
        assertEquals(List.of(s.documents(), s.tables(), s.checks(), s.passed(), s.failed(), s.notEvaluated(), s.errors(),
                s.warnings()).stream().map(String::valueOf).toList(), cells(lines.get(6)));
    }

    @Test
    void every_finding_is_a_table_row_of_six_cells_even_with_pipes_in_the_text() {
        List<String> rows = findingRows(markdown);
        assertEquals(run.findings().size(), rows.size());
        for (String row : rows) {
            assertEquals(6, cells(row).size(), row);
        }
        assertTrue(markdown.contains("2022 \\| restated"), "the '|' of a column header is escaped");
    }

    @Test
    void text_from_documents_cannot_open_html_or_decode_entities() {
        assertEquals("\\<script\\>alert(1)\\</script\\> \\| a &amp;lt; b", MarkdownReport.escape("<script>alert(1)</script>\n| a &lt; b"));
        assertEquals("\\*\\*bold\\*\\* \\[link\\](x) \\`code\\` \\_x\\_ \\~\\~s\\~\\~ \\\\", MarkdownReport.escape("**bold** [link](x) `code` _x_ ~~s~~ \\"));
    }

    @Test
    void a_suggestion_is_given_with_its_finding() {
        String row = findingRows(markdown).stream().filter(r -> r.contains("Total segments")).findFirst().orElseThrow();
        assertTrue(row.contains("**Suggestion:** Total segments should read 2,000 (one digit misread, confidence 70%)"), row);
    }

    @Test
    void a_long_list_stops_at_the_row_limit_and_says_how_many_it_left_out() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            many.addAll(run.findings());
        }
        CheckRun big = new CheckRun(run.inputs(), run.documents(), run.statements(), run.outcomes(), many, run.skipped(),
                run.rules());
        String text = ReportFixture.render(new MarkdownReport(), big);
        assertEquals(MarkdownReport.MAX_ROWS, findingRows(text).size());
        assertTrue(text.contains("\n" + (many.size() - MarkdownReport.MAX_ROWS) + " more finding(s) not shown"), text);
    }

    @Test
    void long_findings_stop_before_64_kb_and_say_how_many_were_left_out() {
        Finding first = run.findings().get(0);
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 90; i++) {
            many.add(new Finding(first.rule(), first.severity(), "x".repeat(2000) + i, first.document(), first.file(),
                    first.table(), first.column(), first.cells(), "", "", "", "", "", null));
        }
        CheckRun big = new CheckRun(run.inputs(), run.documents(), run.statements(), List.of(), many, run.skipped(), run.rules());
        String text = ReportFixture.render(new MarkdownReport(), big);
        int shown = findingRows(text).size();
        assertTrue(text.length() < 65_536, "under GitHub's comment limit: " + text.length());
        assertTrue(shown > 0 && shown < 90, "some rows shown, not all: " + shown);
        assertTrue(text.contains("\n" + (90 - shown) + " more finding(s) not shown"), text.substring(text.length() - 300));
    }

    @Test
    void findings_that_fail_the_gate_come_first_then_the_rest() {
        Finding warning = run.findings().stream().filter(f -> f.severity() == dev.crossfoot.model.Severity.WARNING)
                .findFirst().orElseThrow();
        List<Finding> ordered = new ArrayList<>();
        ordered.add(warning);
        run.findings().stream().filter(f -> f != warning).forEach(ordered::add);
        CheckRun warningFirst = new CheckRun(run.inputs(), run.documents(), run.statements(), run.outcomes(), ordered,
                run.skipped(), run.rules());
        List<String> rows = findingRows(ReportFixture.render(new MarkdownReport(), warningFirst));
        assertEquals("fails the gate", cells(rows.get(0)).get(0));
        assertEquals("below --fail-on", cells(rows.get(rows.size() - 1)).get(0));
    }

    @Test
    void matches_its_golden_file() {
        GoldenFile.assertMatches("report.md", markdown);
    }

    static List<String> findingRows(String markdown) {
        return markdown.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| gate |") && cells(l).size() > 1
                && List.of("error", "warning", "info").contains(cells(l).get(1))).toList();
    }

    /** The cells of a GFM table row: split at every '|' that no backslash escapes. */
    static List<String> cells(String row) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        String inner = row.substring(1, row.length() - 1);
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '\\' && i + 1 < inner.length()) {
                cell.append(c).append(inner.charAt(++i));
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return Collections.unmodifiableList(cells);
    }
}
