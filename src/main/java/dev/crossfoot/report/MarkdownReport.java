package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.Suggestion;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;

/**
 * A GitHub-flavoured Markdown summary for a pull-request comment or a CI step summary
 * ({@code $GITHUB_STEP_SUMMARY}): a headline, the counts, and a table of findings.
 *
 * <p>Text from documents is escaped: Markdown punctuation gets a backslash (a '|' would otherwise
 * split the table cell, a '&lt;' open HTML), '&amp;' becomes {@code &amp;amp;} so that no entity is
 * decoded, and line breaks become spaces. The findings table stops after {@value #MAX_ROWS} rows and
 * says how many it left out, so that a large dataset still fits a pull-request comment (GitHub
 * refuses comments over 65,536 characters); the full list is in the other reports.
 */
public final class MarkdownReport implements ReportWriter {

    static final int MAX_ROWS = 100;

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void write(CheckRun run, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        CheckRun.Summary s = run.summary();
        out.print("### crossfoot: " + plural(s.errors(), "error") + ", " + plural(s.warnings(), "warning") + " in "
                + plural(s.documents(), "document") + "\n\n");
        out.print("| documents | tables | checks | passed | failed | not evaluated | errors | warnings |\n");
        out.print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        out.print("| " + s.documents() + " | " + s.tables() + " | " + s.checks() + " | " + s.passed() + " | " + s.failed()
                + " | " + s.notEvaluated() + " | " + s.errors() + " | " + s.warnings() + " |\n");
        List<Finding> findings = ReportOrder.findings(run);
        if (!findings.isEmpty()) {
            out.print("\n| severity | rule | where | location | finding |\n");
            out.print("| --- | --- | --- | --- | --- |\n");
            for (Finding finding : findings.subList(0, Math.min(MAX_ROWS, findings.size()))) {
                out.print("| " + finding.severity().label() + " | `" + finding.rule() + "` | " + escape(where(finding))
                        + " | " + escape(finding.primaryLocation().toString()) + " | " + escape(finding.message())
                        + suggestion(finding.suggestion()) + " |\n");
            }
            if (findings.size() > MAX_ROWS) {
                out.print("\n" + (findings.size() - MAX_ROWS) + " more finding(s) not shown; see the full report.\n");
            }
        }
        if (!run.skipped().isEmpty()) {
            out.print("\n<details><summary>" + plural(run.skipped().size(), "table") + " not checked</summary>\n\n");
            for (Skipped skip : run.skipped()) {
                out.print("- " + escape(skip.document()) + " / " + escape(skip.table()) + ": " + escape(skip.reason()) + "\n");
            }
            out.print("\n</details>\n");
        }
        out.flush();
    }

    private static String where(Finding finding) {
        StringBuilder where = new StringBuilder(finding.document() == null ? "" : finding.document());
        String row = finding.cells().isEmpty() ? "" : finding.cells().get(0).row();
        for (String part : new String[] {finding.table(), row, finding.column()}) {
            if (part != null && !part.isEmpty()) {
                where.append(" / ").append(part);
            }
        }
        return where.toString();
    }

    private static String suggestion(Suggestion suggestion) {
        if (suggestion == null) {
            return "";
        }
        return " **Suggestion:** " + escape(suggestion.cell().row()) + " should read " + escape(suggestion.value())
                + " (" + escape(suggestion.cause()) + ", confidence " + Math.round(suggestion.confidence() * 100) + "%)";
    }

    /** Text from a document as inert Markdown inside a table cell. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '\r', '\n' -> escaped.append(' ');
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~' -> escaped.append('\\').append(c);
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
