package dev.crossfoot.report;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
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
    public void write(CheckRun run, Gate gate, Writer writer) throws IOException {
        PrintWriter out = new PrintWriter(writer);
        for (Finding finding : ReportOrder.findings(run)) {
            out.println(paint(finding.severity()) + " " + safe(finding.primaryLocation()) + "  [" + safe(finding.rule()) + "]  ("
                    + gate.describe(finding) + ")");
            out.println("  " + safe(finding.message()));
            if (finding.cells().size() > 1) {
                out.println("  cells:");
                for (CellRef cell : finding.cells()) {
                    out.println("    " + safe(cell.row()) + " = " + (cell.text().isBlank() ? "(blank)" : safe(cell.text().strip()))
                            + "  at " + safe(cell.location()));
                }
            }
            Suggestion suggestion = finding.suggestion();
            if (suggestion != null) {
                out.println("  suggestion: '" + safe(suggestion.cell().row()) + "' " + safe(suggestion.cell().text().strip()) + " → "
                        + safe(suggestion.value()) + " (" + safe(suggestion.cause()) + ", confidence "
                        + Math.round(suggestion.confidence() * 100) + "%) at " + safe(suggestion.cell().location()));
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
            out.println("skipped " + safe(documentAndReason[0]) + " / " + safe(which) + ": " + safe(documentAndReason[1]));
        }
        CheckRun.Summary s = run.summary();
        out.println((run.skipped().isEmpty() ? "" : System.lineSeparator())
                + s.documents() + " document(s), " + s.tables() + " table(s): " + s.checks() + " checks evaluated, "
                + s.passed() + " passed, " + s.failed() + " failed, " + s.notEvaluated() + " not evaluated; "
                + s.errors() + " error(s), " + s.warnings() + " warning(s)");
        out.println(gate.headline());
        out.flush();
    }

    /**
     * Input text as the terminal shows it: every line the report prints starts with its own
     * prefix ("ERROR ", two spaces, "skipped "), and no character from an input can end that line
     * (a label "x\n::error …" would otherwise print a workflow command) or send the terminal an
     * escape sequence.
     */
    private static String safe(Object text) {
        return InputText.visible(String.valueOf(text));
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
