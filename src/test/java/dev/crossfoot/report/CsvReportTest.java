package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReportTest {

    private final CheckRun run = ReportFixture.withSuggestion();
    private final String csv = ReportFixture.render(new CsvReport(), run);

    @Test
    void one_row_per_finding_under_a_header_with_crlf_line_ends() {
        List<List<String>> rows = parse(csv);
        assertEquals(CsvReport.HEADER, rows.get(0));
        assertEquals(run.findings().size(), rows.size() - 1);
        assertTrue(csv.endsWith("\r\n"));
        assertEquals(rows.size(), csv.split("\r\n", -1).length - 1, "no bare line feeds: every record ends in CRLF");
        for (List<String> row : rows) {
            assertEquals(CsvReport.HEADER.size(), row.size(), "every record has every field: " + row);
        }
    }

    @Test
    void fields_read_back_as_the_finding_says() {
        List<List<String>> rows = parse(csv);
        List<Finding> findings = ReportOrder.findings(run);
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            List<String> row = rows.get(i + 1);
            assertEquals(finding.rule(), row.get(0));
            assertEquals(finding.primaryLocation().toString(), row.get(6));
            assertEquals(finding.message(), row.get(13), "commas and quotes in the message survive quoting");
        }
        List<String> suggested = rows.stream().filter(r -> r.get(11).equals("2,000")).findFirst().orElseThrow();
        assertEquals(List.of("Total segments", "2100", "2000", "100", "2", "one digit misread"),
                List.of(suggested.get(5), suggested.get(7), suggested.get(8), suggested.get(9), suggested.get(10),
                        suggested.get(12)));
    }

    @Test
    void a_suggestion_for_another_cell_than_the_rows_names_that_cell() {
        // A tie reports the cell it checked; diagnosis may blame the other side.
        Finding tie = run.findings().stream().filter(f -> f.cells().size() > 1).findFirst().orElseThrow();
        dev.crossfoot.model.CellRef other = tie.cells().get(1);
        Finding blamingOther = tie.withSuggestion(new dev.crossfoot.model.Suggestion(other, "1,234", "digits swapped", 0.8));
        List<dev.crossfoot.model.CheckOutcome> outcomes = run.outcomes().stream()
                .map(o -> o.finding() != tie ? o : new dev.crossfoot.model.CheckOutcome(o.rule(), o.document(), o.table(),
                        o.column(), o.status(), o.detail(), o.cells(), blamingOther))
                .toList();
        CheckRun changed = new CheckRun(run.inputs(), run.documents(), run.statements(), outcomes,
                run.findings().stream().map(f -> f == tie ? blamingOther : f).toList(), run.skipped(), run.rules());
        List<String> row = parse(ReportFixture.render(new CsvReport(), changed)).stream()
                .filter(r -> r.get(11).startsWith("1,234")).findFirst().orElseThrow();
        assertEquals(tie.cells().get(0).row(), row.get(5), "the row is still the cell the check reported");
        assertEquals("1,234 (for '" + other.row() + "' at " + other.location() + ")", row.get(11));
        List<String> ownCell = parse(csv).stream().filter(r -> r.get(11).startsWith("2,000")).findFirst().orElseThrow();
        assertEquals("2,000", ownCell.get(11), "a suggestion for the row's own cell says only its value");
    }

    @Test
    void a_label_that_a_spreadsheet_would_run_as_a_formula_becomes_text() {
        List<String> malformed = parse(csv).stream().filter(r -> r.get(0).equals("INPUT.malformed-number")).findFirst()
                .orElseThrow();
        assertEquals("'=HYPERLINK(\"http://example.invalid\",\"open\")", malformed.get(5));
        for (String formula : List.of("=1+2", "+1+2", "-1+2", "@SUM(A1)", "\tcmd", "\rcmd", "- 5")) {
            assertEquals("'" + formula, CsvReport.defused(formula));
        }
    }

    @Test
    void a_negative_number_stays_a_number() {
        for (String number : List.of("-0.08", "-180", "66353", "0.15")) {
            assertEquals(number, CsvReport.defused(number));
        }
        List<String> grossProfit = parse(csv).stream().filter(r -> r.get(0).equals("IS.gross-profit")).findFirst()
                .orElseThrow();
        assertEquals("-180", grossProfit.get(9));
    }

    @Test
    void matches_its_golden_file() {
        GoldenFile.assertMatches("report.csv", csv);
    }

    /** RFC 4180, strictly: quoted fields may hold commas, doubled quotes and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertTrue(row.isEmpty() && field.length() == 0 && !quoted, "the last record ends in CRLF");
        return rows;
    }
}
