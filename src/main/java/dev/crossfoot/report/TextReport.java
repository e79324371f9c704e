package dev.crossfoot.report;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.Suggestion;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The terminal report: one block per finding (location, rule, message, cells, suggestion), then
 * the skipped tables and a one-line summary. Colour only when asked for (a terminal, no NO_COLOR).
 */
public final class TextReport implements ReportWriter {

    private final boolean colour;

    public TextReport(boolean colour) {
        this.colour = colour;
    }

    public TextReport() {
        this(false);
    }

    @Override
    public String format() {
        return "text";
    }

    @Override
    public void write(CheckRun run, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        for (Finding finding : ReportOrder.findings(run)) {
            out.println(paint(finding.severity()) + " " + finding.primaryLocation() + "  [" + finding.rule() + "]");
            out.println("  " + finding.message());
            if (finding.cells().size() > 1) {
                out.println("  cells:");
                for (CellRef cell : finding.cells()) {
                    out.println("    " + cell.row() + " = " + (cell.text().isBlank() ? "(blank)" : cell.text().strip())
                            + "  at " + cell.location());
                }
            }
            Suggestion suggestion = finding.suggestion();
            if (suggestion != null) {
                out.println("  suggestion: '" + suggestion.cell().row() + "' " + suggestion.cell().text().strip() + " → "
                        + suggestion.value() + " (" + suggestion.cause() + ", confidence "
                        + Math.round(suggestion.confidence() * 100) + "%) at " + suggestion.cell().location());
            }
            out.println();
        }
        // A 10-K skips dozens of note tables for the same reason: one line per document and reason.
        Map<String, List<String>> skippedTables = new LinkedHashMap<>();
        for (Skipped skip : run.skipped()) {
            skippedTables.computeIfAbsent(skip.document() + "\u0000" + skip.reason(), key -> new ArrayList<>())
                    .add(skip.table());
        }
        for (var entry : skippedTables.entrySet()) {
            String[] documentAndReason = entry.getKey().split("\u0000", 2);
            List<String> tables = entry.getValue();
            String which = tables.size() == 1 ? tables.get(0) : tables.size() + " tables (" + String.join(", ", tables) + ")";
            out.println("skipped " + documentAndReason[0] + " / " + which + ": " + documentAndReason[1]);
        }
        CheckRun.Summary s = run.summary();
        out.println((run.skipped().isEmpty() ? "" : System.lineSeparator())
                + s.documents() + " document(s), " + s.tables() + " table(s): " + s.checks() + " checks evaluated, "
                + s.passed() + " passed, " + s.failed() + " failed, " + s.notEvaluated() + " not evaluated; "
                + s.errors() + " error(s), " + s.warnings() + " warning(s)");
        out.flush();
    }

    private String paint(Severity severity) {
        String word = severity.label().toUpperCase(java.util.Locale.ROOT);
        if (!colour) {
            return word;
        }
        String code = switch (severity) {
            case ERROR -> "31";
            case WARNING -> "33";
            default -> "36";
        };
        return "\u001b[" + code + ";1m" + word + "\u001b[0m";
    }
}
