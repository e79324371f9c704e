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
            finding(finding, gate, out);
        }
        skippedLines(run.skipped(), out);
        boolean claimLines = claims(run, out);
        totals(run.summary(), gate, !run.skipped().isEmpty() || claimLines, out);
        out.flush();
    }

    private void finding(Finding finding, Gate gate, PrintWriter out) {
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

    /** A 10-K skips dozens of note tables for the same reason: one line per document and reason. */
    private static void skippedLines(List<Skipped> skipped, PrintWriter out) {
        Map<String, List<String>> skippedTables = new LinkedHashMap<>();
        for (Skipped skip : skipped) {
            skippedTables.computeIfAbsent(skip.document() + "\u0000" + skip.reason(), key -> new ArrayList<>())
                    .add(skip.table());
        }
        for (var entry : skippedTables.entrySet()) {
            String[] documentAndReason = entry.getKey().split("\u0000", 2);
            List<String> tables = entry.getValue();
            String which = tables.size() == 1 ? tables.get(0) : tables.size() + " tables (" + String.join(", ", tables) + ")";
            out.println("skipped " + safe(documentAndReason[0]) + " / " + safe(which) + ": " + safe(documentAndReason[1]));
        }
    }

    /** The closing lines: the run's counts (after a blank line when skipped tables or claims were listed) and the gate. */
    private static void totals(CheckRun.Summary s, Gate gate, boolean afterLists, PrintWriter out) {
        out.println((afterLists ? System.lineSeparator() : "")
                + s.documents() + " document(s), " + s.tables() + " table(s): " + s.checks() + " checks evaluated, "
                + s.passed() + " passed, " + s.failed() + " failed, " + s.notEvaluated() + " not evaluated; "
                + s.errors() + " error(s), " + s.warnings() + " warning(s)");
        out.println(gate.headline());
    }

    /** The same report written as the run goes: each document's findings as it finishes, the rest at the end. */
    public StreamingReport streaming(Writer out) {
        return new Streamed(out);
    }

    /**
     * Findings are printed part by part. The skipped tables, the claims and the documents with
     * nothing in them come after every finding, so they wait: skipped tables (grouped per document
     * and reason, a document's group held until another document's part comes) and each
     * document's claim counts in a {@link Spill}; the claim lines themselves in memory only while
     * there are at most {@link #CLAIM_LINES} of them (beyond, the report counts per document). Claims
     * that waited for another document of their company come in the run's last part, without a
     * document: their counts are added to their documents' when the counts are read back.
     */
    private final class Streamed implements StreamingReport {
        private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

        private final PrintWriter out;
        private Spill skippedLines;
        private Spill perDocument;
        private String skippedDocument;
        private final List<Skipped> skippedOfDocument = new ArrayList<>();
        private int skipped;
        private final List<String> claimLines = new ArrayList<>();
        private long claims;
        /** Counts of the claims that came without their document (the last part), by document. */
        private final Map<String, int[]> lateCounts = new LinkedHashMap<>();

        Streamed(Writer out) {
            this.out = new PrintWriter(out);
        }

        @Override
        public void start(List<String> inputs, List<dev.crossfoot.model.RuleInfo> rules) throws IOException {
            skippedLines = new Spill("text-skipped");
            perDocument = new Spill("text-claims");
        }

        @Override
        public void part(CheckRun part, Gate verdicts) throws IOException {
            for (Finding finding : ReportOrder.findings(part)) {
                finding(finding, verdicts, out);
            }
            out.flush();
            for (Skipped skip : part.skipped()) {
                if (!java.util.Objects.equals(skip.document(), skippedDocument)) {
                    writeSkippedOfDocument();
                    skippedDocument = skip.document();
                }
                skippedOfDocument.add(skip);
                skipped++;
            }
            List<CheckOutcome> stated = ClaimOutcomes.of(part);
            for (CheckOutcome claim : stated) {
                if (++claims <= CLAIM_LINES) {
                    claimLines.add(claimLine(claim));
                } else {
                    claimLines.clear();
                }
            }
            Map<String, int[]> counts = new LinkedHashMap<>();
            for (CheckOutcome claim : stated) {
                Map<String, int[]> into = part.documents().isEmpty() ? lateCounts : counts;
                into.computeIfAbsent(claim.document(), d -> new int[3])[claim.status().ordinal()]++;
            }
            for (var entry : counts.entrySet()) {
                var node = JSON.createObjectNode().put("document", entry.getKey());
                var array = node.putArray("counts");
                for (int count : entry.getValue()) {
                    array.add(count);
                }
                perDocument.add(node);
            }
            for (Document document : part.documents()) {
                if (document.tables().isEmpty() && !counts.containsKey(document.id())) {
                    perDocument.add(JSON.createObjectNode().put("document", document.id()).put("nothing", true));
                }
            }
        }

        private void writeSkippedOfDocument() {
            if (!skippedOfDocument.isEmpty()) {
                skippedLines(skippedOfDocument, new PrintWriter(skippedLines.text()));
                skippedOfDocument.clear();
            }
        }

        @Override
        public void finish(CheckRun.Summary totals, Gate gate) throws IOException {
            writeSkippedOfDocument();
            out.flush();
            skippedLines.copyTo(out);
            boolean[] printed = {false};
            if (claims <= CLAIM_LINES) {
                claimLines.forEach(out::println);
                printed[0] = !claimLines.isEmpty();
            } else {
                Map<String, int[]> late = new LinkedHashMap<>(lateCounts);
                perDocument.forEachNode(node -> {
                    if (node.has("counts")) {
                        int[] counts = new int[3];
                        for (int i = 0; i < 3; i++) {
                            counts[i] = node.get("counts").get(i).asInt();
                        }
                        int[] more = late.remove(node.get("document").asText());
                        for (int i = 0; more != null && i < 3; i++) {
                            counts[i] += more[i];
                        }
                        out.println(claimCounts(node.get("document").asText(), counts));
                        printed[0] = true;
                    }
                });
                late.forEach((document, counts) -> out.println(claimCounts(document, counts)));
                printed[0] |= !late.isEmpty();
            }
            perDocument.forEachNode(node -> {
                if (node.has("nothing") && !lateCounts.containsKey(node.get("document").asText())) {
                    out.println(nothingIn(node.get("document").asText()));
                    printed[0] = true;
                }
            });
            totals(totals, gate, skipped > 0 || printed[0], out);
            out.flush();
        }

        @Override
        public void close() throws IOException {
            Spill.closeAll(skippedLines, perDocument);
        }
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
                out.println(claimLine(claim));
                printed = true;
            }
        } else {
            for (var entry : perDocument.entrySet()) {
                out.println(claimCounts(entry.getKey(), entry.getValue()));
                printed = true;
            }
        }
        for (Document document : run.documents()) {
            if (document.tables().isEmpty() && !perDocument.containsKey(document.id())) {
                out.println(nothingIn(document));
                printed = true;
            }
        }
        return printed;
    }

    private static String claimLine(CheckOutcome claim) {
        String tied = claim.cells().size() < 2 ? "" : " = " + claim.cells().stream().skip(1)
                .map(cell -> cell.table() + " '" + cell.row() + "' " + cell.text().strip()).collect(Collectors.joining(", "));
        return "claim " + ClaimOutcomes.status(claim) + " " + safe(claim.cells().get(0).location()) + "  "
                + safe(claim.detail()) + safe(tied);
    }

    /** One document's figures in the text, counted: agree, do not, not evaluated. */
    private static String claimCounts(String document, int[] counts) {
        return "claims " + safe(document) + ": " + (counts[0] + counts[1] + counts[2]) + " figures in the text, "
                + counts[0] + " agree with the tables, " + counts[1] + " do not, " + counts[2]
                + " not evaluated (each is in the json report)";
    }

    private static String nothingIn(Document document) {
        return nothingIn(document.id());
    }

    private static String nothingIn(String document) {
        return "document " + safe(document) + ": no tables and no figures in its text";
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
