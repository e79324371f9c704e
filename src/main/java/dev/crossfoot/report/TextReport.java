package dev.crossfoot.report;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.Document;
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
import java.util.stream.Collectors;

/**
 * The terminal report: one block per finding (location, rule, message, cells, suggestion), then
 * the skipped tables and a one-line summary. Colour only when asked for (a terminal, no NO_COLOR).
 */
public final class TextReport implements ReportWriter {

    /** Beyond this many figures in the text of a run, the text report counts them per document. */
    static final int CLAIM_LINES = 60;

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
        boolean claimLines = claims(run, out);
        CheckRun.Summary s = run.summary();
        out.println((run.skipped().isEmpty() && !claimLines ? "" : System.lineSeparator())
                + s.documents() + " document(s), " + s.tables() + " table(s): " + s.checks() + " checks evaluated, "
                + s.passed() + " passed, " + s.failed() + " failed, " + s.notEvaluated() + " not evaluated; "
                + s.errors() + " error(s), " + s.warnings() + " warning(s)");
        out.println(gate.headline());
        out.flush();
    }

    /**
     * The figures stated in the text, beside the table checks: one line each (a failure is also a
     * finding above), or one line per document when a run has more than {@link #CLAIM_LINES}; and
     * one line for a document with neither tables nor figures. Says whether it printed anything.
     */
    private static boolean claims(CheckRun run, PrintWriter out) {
        List<CheckOutcome> claims = ClaimOutcomes.of(run);
        Map<String, int[]> perDocument = new LinkedHashMap<>();
        for (CheckOutcome claim : claims) {
            int[] counts = perDocument.computeIfAbsent(claim.document(), d -> new int[3]);
            counts[claim.status().ordinal()]++;
        }
        boolean printed = false;
        if (claims.size() <= CLAIM_LINES) {
            for (CheckOutcome claim : claims) {
                String tied = claim.cells().size() < 2 ? "" : " = " + claim.cells().stream().skip(1)
                        .map(cell -> cell.table() + " '" + cell.row() + "' " + cell.text().strip()).collect(Collectors.joining(", "));
                out.println("claim " + ClaimOutcomes.status(claim) + " " + safe(claim.cells().get(0).location()) + "  "
                        + safe(claim.detail()) + safe(tied));
                printed = true;
            }
        } else {
            for (var entry : perDocument.entrySet()) {
                int[] counts = entry.getValue();
                out.println("claims " + safe(entry.getKey()) + ": " + (counts[0] + counts[1] + counts[2]) + " figures in the text, "
                        + counts[0] + " agree with the tables, " + counts[1] + " do not, " + counts[2]
                        + " not evaluated (each is in the json report)");
                printed = true;
            }
        }
        for (Document document : run.documents()) {
            if (document.tables().isEmpty() && !perDocument.containsKey(document.id())) {
                out.println("document " + safe(document.id()) + ": no tables and no figures in its text");
                printed = true;
            }
        }
        return printed;
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
