package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Verdict;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.Suggestion;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A GitHub-flavoured Markdown summary for a pull-request comment or a CI step summary
 * ({@code $GITHUB_STEP_SUMMARY}): a headline, the counts, and a table of findings.
 *
 * <p>Text from documents is escaped: Markdown punctuation gets a backslash (a '|' would otherwise
 * split the table cell, a '&lt;' open HTML), '&amp;' becomes {@code &amp;amp;} so that no entity is
 * decoded, and line breaks become spaces. The headline is the gate's decision; findings that fail
 * it come first, then new ones, then by severity. The findings table stops after {@value #MAX_ROWS}
 * rows or before {@value #MAX_CHARS} characters and says how many it left out, so that a large
 * dataset still fits a pull-request comment (GitHub refuses comments over 65,536 characters); the
 * full list is in the other reports.
 */
public final class MarkdownReport implements ReportWriter {

    static final int MAX_ROWS = 100;

    /**
     * Characters the whole summary stays under: GitHub refuses comments over 65,536 characters and
     * cuts step summaries at 1 MiB; the rest of a row is never cut in half.
     */
    static final int MAX_CHARS = 60_000;

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public void write(CheckRun run, Gate gate, Writer writer) throws IOException {
        StringBuilder out = new StringBuilder();
        CheckRun.Summary s = run.summary();
        out.append("### crossfoot: ").append(gate.fails() ? "❌ " : "✅ ").append(gate.headline()).append("\n\n");
        out.append(plural(s.errors(), "error")).append(", ").append(plural(s.warnings(), "warning")).append(" in ")
                .append(plural(s.documents(), "document")).append("\n\n");
        out.append("| documents | tables | checks | passed | failed | not evaluated | errors | warnings |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        out.append("| " + s.documents() + " | " + s.tables() + " | " + s.checks() + " | " + s.passed() + " | " + s.failed()
                + " | " + s.notEvaluated() + " | " + s.errors() + " | " + s.warnings() + " |\n");
        List<Finding> findings = failingFirst(ReportOrder.findings(run), gate);
        if (!findings.isEmpty()) {
            out.append("\n| gate | severity | rule | where | location | finding |\n");
            out.append("| --- | --- | --- | --- | --- | --- |\n");
            int shown = 0;
            for (Finding finding : findings) {
                String row = "| " + gate.describe(finding) + " | " + finding.severity().label() + " | `" + finding.rule() + "` | "
                        + escape(where(finding)) + " | " + escape(finding.primaryLocation().toString()) + " | "
                        + escape(finding.message()) + suggestion(finding.suggestion()) + " |\n";
                if (shown == MAX_ROWS || out.length() + row.length() > MAX_CHARS) {
                    break;
                }
                out.append(row);
                shown++;
            }
            if (shown < findings.size()) {
                out.append("\n" + (findings.size() - shown) + " more finding(s) not shown; see the full report.\n");
            }
        }
        if (!run.skipped().isEmpty()) {
            StringBuilder skipped = new StringBuilder();
            skipped.append("\n<details><summary>" + plural(run.skipped().size(), "table") + " not checked</summary>\n\n");
            int listed = 0;
            for (Skipped skip : run.skipped()) {
                String line = "- " + escape(skip.document()) + " / " + escape(skip.table()) + ": " + escape(skip.reason()) + "\n";
                if (out.length() + skipped.length() + line.length() > MAX_CHARS) {
                    break;
                }
                skipped.append(line);
                listed++;
            }
            if (listed < run.skipped().size()) {
                skipped.append("- and " + (run.skipped().size() - listed) + " more\n");
            }
            out.append(skipped).append("\n</details>\n");
        }
        writer.write(out.toString());
        writer.flush();
    }

    /** The findings that fail the gate first, then by severity, otherwise in report order. */
    private static List<Finding> failingFirst(List<Finding> findings, Gate gate) {
        return findings.stream()
                .sorted(java.util.Comparator.comparing((Finding f) -> gate.of(f) == Verdict.FAILS ? 0 : 1)
                        .thenComparing(f -> gate.of(f).isNew() ? 0 : 1)
                        .thenComparing(f -> -f.severity().ordinal()))
                .toList();
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
