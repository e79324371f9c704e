package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Verdict;
import dev.crossfoot.model.Severity;
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
        List<Finding> findings = failingFirst(ReportOrder.findings(run), gate);
        List<String> rows = findings.stream().limit(MAX_ROWS).map(finding -> row(finding, gate)).toList();
        List<String> skipped = run.skipped().stream().map(MarkdownReport::skippedLine).toList();
        render(run.summary(), gate, rows, findings.size(), skipped, run.skipped().size(), writer);
    }

    /**
     * The summary from its parts: {@code rows} are the first findings' rows, failing first
     * ({@value #MAX_ROWS} at most are shown), {@code skippedLines} the first skipped tables' lines.
     */
    private static void render(CheckRun.Summary s, Gate gate, List<String> rows, int findings, List<String> skippedLines,
                               int skippedTables, Writer writer) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("### crossfoot: ").append(gate.fails() ? "❌ " : "✅ ").append(gate.headline()).append("\n\n");
        out.append(plural(s.errors(), "error")).append(", ").append(plural(s.warnings(), "warning")).append(" in ")
                .append(plural(s.documents(), "document")).append("\n\n");
        out.append("| documents | tables | checks | passed | failed | not evaluated | errors | warnings |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        out.append("| " + s.documents() + " | " + s.tables() + " | " + s.checks() + " | " + s.passed() + " | " + s.failed()
                + " | " + s.notEvaluated() + " | " + s.errors() + " | " + s.warnings() + " |\n");
        if (findings > 0) {
            out.append("\n| gate | severity | rule | where | location | finding |\n");
            out.append("| --- | --- | --- | --- | --- | --- |\n");
            int shown = 0;
            for (String row : rows) {
                if (shown == MAX_ROWS || out.length() + row.length() > MAX_CHARS) {
                    break;
                }
                out.append(row);
                shown++;
            }
            if (shown < findings) {
                out.append("\n" + (findings - shown) + " more finding(s) not shown; see the full report.\n");
            }
        }
        if (skippedTables > 0) {
            StringBuilder skipped = new StringBuilder();
            skipped.append("\n<details><summary>" + plural(skippedTables, "table") + " not checked</summary>\n\n");
            int listed = 0;
            for (String line : skippedLines) {
                if (out.length() + skipped.length() + line.length() > MAX_CHARS) {
                    break;
                }
                skipped.append(line);
                listed++;
            }
            if (listed < skippedTables) {
                skipped.append("- and " + (skippedTables - listed) + " more\n");
            }
            out.append(skipped).append("\n</details>\n");
        }
        writer.write(out.toString());
        writer.flush();
    }

    private static String row(Finding finding, Gate gate) {
        return "| " + gate.describe(finding) + " | " + finding.severity().label() + " | `" + finding.rule() + "` | "
                + escape(where(finding)) + " | " + escape(finding.primaryLocation().toString()) + " | "
                + escape(finding.message()) + suggestion(finding.suggestion()) + " |\n";
    }

    private static String skippedLine(Skipped skip) {
        return "- " + escape(skip.document()) + " / " + escape(skip.table()) + ": " + escape(skip.reason()) + "\n";
    }

    /** Where a finding stands in the summary's table: failing first, then new, then by severity. */
    private static int rank(Finding finding, Gate gate) {
        Verdict verdict = gate.of(finding);
        return (verdict == Verdict.FAILS ? 0 : 100) + (verdict.isNew() ? 0 : 10) + (Severity.values().length - 1 - finding.severity().ordinal());
    }

    /** The same summary written from what the run gave as it went, once its counts are known at the end. */
    public StreamingReport streaming(Writer out) {
        return new Streamed(out);
    }

    /**
     * The summary opens with the run's counts and shows at most {@value #MAX_ROWS} findings and
     * {@value #MAX_CHARS} characters: so it keeps, as documents finish, only the rows it may still
     * show (the first {@value #MAX_ROWS} by rank, in reading order within a rank) and the skipped
     * tables' lines that fit, counting the rest, and writes it all at the end. Its memory is
     * bounded by the size of the summary, not by the run.
     */
    private static final class Streamed implements StreamingReport {
        private record Ranked(int rank, long order, String row) { }

        private static final java.util.Comparator<Ranked> BY_RANK =
                java.util.Comparator.comparingInt(Ranked::rank).thenComparingLong(Ranked::order);

        private final Writer out;
        private final java.util.TreeSet<Ranked> rows = new java.util.TreeSet<>(BY_RANK);
        private long findings;
        private final List<String> skippedLines = new java.util.ArrayList<>();
        private int skippedChars;
        private int skipped;

        Streamed(Writer out) {
            this.out = out;
        }

        @Override
        public void start(List<String> inputs, List<dev.crossfoot.model.RuleInfo> rules) {
            // the summary's head needs the counts: nothing to write yet
        }

        @Override
        public void part(CheckRun part, Gate verdicts) {
            for (Finding finding : ReportOrder.findings(part)) {
                Ranked ranked = new Ranked(rank(finding, verdicts), findings++, null);
                if (rows.size() == MAX_ROWS && BY_RANK.compare(ranked, rows.last()) > 0) {
                    continue;
                }
                rows.add(new Ranked(ranked.rank(), ranked.order(), row(finding, verdicts)));
                if (rows.size() > MAX_ROWS) {
                    rows.pollLast();
                }
            }
            for (Skipped skip : part.skipped()) {
                skipped++;
                String line = skippedLine(skip);
                // A line past MAX_CHARS of skipped lines alone is never shown, whatever comes before it.
                if (skippedChars + line.length() <= MAX_CHARS) {
                    skippedLines.add(line);
                    skippedChars += line.length();
                } else {
                    skippedChars = MAX_CHARS + 1;
                }
            }
        }

        @Override
        public void finish(CheckRun.Summary totals, Gate gate) throws IOException {
            render(totals, gate, rows.stream().map(Ranked::row).toList(), Math.toIntExact(findings), skippedLines, skipped, out);
        }

        @Override
        public void close() {
            // nothing spilled
        }
    }

    /** The findings that fail the gate first, then by severity, otherwise in report order. */
    private static List<Finding> failingFirst(List<Finding> findings, Gate gate) {
        return findings.stream()
                .sorted(java.util.Comparator.comparingInt((Finding f) -> rank(f, gate)))
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
