package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Small HTML pages laid out as EDGAR filings lay out their tables, read and checked as "t.htm". */
final class HtmlPages {

    private HtmlPages() {
    }

    static ReadResult read(String body) {
        String html = "<html><body>" + body + "</body></html>";
        return new HtmlReader().read(Path.of("t.htm"), "t.htm", html.getBytes(StandardCharsets.UTF_8));
    }

    static CheckRun check(String body) {
        return Crossfoot.standard().check(List.of("t.htm"), read(body));
    }

    /** A row: its label, then each amount in a cell of its own after an empty spacer cell. */
    static String row(String label, String... cells) {
        StringBuilder row = new StringBuilder("<tr><td>" + label + "</td>");
        for (String cell : cells) {
            row.append("<td></td><td>").append(cell).append("</td>");
        }
        return row.append("</tr>").toString();
    }

    /** A header row whose column headers span the spacer and the amount cell. */
    static String head(String... columns) {
        StringBuilder row = new StringBuilder("<tr><td></td>");
        for (String column : columns) {
            row.append("<td colspan=\"2\">").append(column).append("</td>");
        }
        return row.append("</tr>").toString();
    }

    static List<Finding> errors(CheckRun run) {
        return run.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }
}
