package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Skipped;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextReportTest {

    @Test
    void skipped_tables_of_one_document_and_reason_share_one_line() {
        CheckRun checked = ReportFixture.checked();
        CheckRun run = new CheckRun(checked.inputs(), checked.documents(), checked.statements(), checked.outcomes(),
                checked.findings(), List.of(new Skipped("10-k", "table-3", "no numeric columns"),
                        new Skipped("10-k", "table-5", "an exhibit index: document numbers, not amounts"),
                        new Skipped("10-k", "table-8", "no numeric columns"),
                        new Skipped("10-q", "table-8", "no numeric columns")), checked.rules());
        List<String> skipped = ReportFixture.render(new TextReport(false), run).lines()
                .filter(line -> line.startsWith("skipped ")).toList();
        assertEquals(List.of("skipped 10-k / 2 tables (table-3, table-8): no numeric columns",
                "skipped 10-k / table-5: an exhibit index: document numbers, not amounts",
                "skipped 10-q / table-8: no numeric columns"), skipped);
    }
}
