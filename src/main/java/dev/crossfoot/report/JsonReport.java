package dev.crossfoot.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.PassedCount;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Verdict;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.Suggestion;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import dev.crossfoot.model.RuleInfo;

/**
 * The JSON contract of DESIGN.md: summary, findings, claims, skipped. Tools rely on these field names.
 * {@code claims} lists every figure stated in the text with its status, where it stands and the
 * cells it was tied to.
 * {@code summary.rules} adds, per rule id, how many checks passed, failed or were not evaluated,
 * so a reviewer can see that a tie was evaluated at all. {@code gate} is the CI gate's decision
 * (failed, --fail-on, counts per verdict), and each finding carries its {@code verdict}
 * ({@code fails}, {@code tolerated}, {@code below}, {@code accepted}) and whether it is {@code new}.
 */
public final class JsonReport implements ReportWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "json";
    }

    @Override
    public void write(CheckRun run, Gate gate, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("crossfoot", 1);
        ObjectNode s = summary(run.summary());
        ObjectNode byRule = s.putObject("rules");
        countByRule(run, byRule);
        root.set("summary", s);
        root.set("gate", gate(gate));
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : ReportOrder.findings(run)) {
            findings.add(decided(finding, gate));
        }
        ArrayNode claims = root.putArray("claims");
        for (CheckOutcome claim : ClaimOutcomes.of(run)) {
            claims.add(claim(claim));
        }
        ArrayNode skipped = root.putArray("skipped");
        for (Skipped skip : run.skipped()) {
            skipped.add(skipped(skip));
        }
        JsonGenerator generator = StreamedJsonDocument.prettyGenerator(JSON, out);
        JSON.writeTree(generator, root);
        generator.flush();
        out.write(System.lineSeparator());
    }

    private static ObjectNode summary(CheckRun.Summary summary) {
        ObjectNode s = JSON.createObjectNode();
        s.put("documents", summary.documents());
        s.put("tables", summary.tables());
        s.put("checks", summary.checks());
        s.put("passed", summary.passed());
        s.put("failed", summary.failed());
        s.put("not_evaluated", summary.notEvaluated());
        s.put("errors", summary.errors());
        s.put("warnings", summary.warnings());
        return s;
    }

    /** Adds the run's checks to the counts per rule and status ({@code summary.rules}). */
    private static void countByRule(CheckRun run, ObjectNode byRule) {
        for (CheckOutcome outcome : run.outcomes()) {
            ObjectNode counts = byRule.has(outcome.rule()) ? (ObjectNode) byRule.get(outcome.rule()) : byRule.putObject(outcome.rule());
            String status = outcome.status().name().toLowerCase(java.util.Locale.ROOT);
            counts.put(status, counts.path(status).asInt() + 1);
        }
        for (PassedCount count : run.counted()) {
            // Each count follows the outcome listed in its place, so the rule is named already.
            ObjectNode counts = (ObjectNode) byRule.get(count.rule());
            counts.put("passed", counts.path("passed").asInt() + count.count());
        }
    }

    private static ObjectNode gate(Gate gate) {
        ObjectNode decision = JSON.createObjectNode();
        decision.put("failed", gate.fails());
        decision.put("fail_on", gate.thresholdLabel());
        decision.put("max_findings", gate.maxFindings());
        decision.put("baseline", gate.baselined());
        for (Verdict verdict : Verdict.values()) {
            decision.put(verdict.label(), gate.count(verdict));
        }
        decision.put("headline", gate.headline());
        return decision;
    }

    private static ObjectNode decided(Finding finding, Gate gate) {
        ObjectNode node = finding(finding);
        node.put("verdict", gate.of(finding).label());
        node.put("new", gate.of(finding).isNew());
        return node;
    }

    private static ObjectNode claim(CheckOutcome claim) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rule", claim.rule());
        node.put("document", claim.document());
        node.put("status", ClaimOutcomes.status(claim));
        node.put("claim", claim.detail());
        node.put("location", claim.cells().get(0).location().toString());
        ArrayNode cells = node.putArray("cells");
        claim.cells().stream().skip(1).forEach(cell -> cells.add(cell(cell)));
        return node;
    }

    private static ObjectNode skipped(Skipped skip) {
        return textObject("document", skip.document(), "table", skip.table(), "reason", skip.reason());
    }

    /** The same report written as the run goes: findings as each document finishes, the counts and the gate last. */
    public StreamingReport streaming(Writer out) {
        return new Streamed(out);
    }

    /**
     * The findings array is written part by part; claims and skipped tables, whose arrays follow
     * it, wait in a {@link Spill}; the summary (counts per rule are kept, one entry a rule) and the
     * gate close the object, since only then are they known. The same fields as the whole-run
     * report, in another order: JSON readers go by name.
     */
    private static final class Streamed extends StreamedJsonDocument {
        private final ObjectNode byRule = JSON.createObjectNode();
        private Spill claims;
        private Spill skipped;

        Streamed(Writer out) {
            super(out);
        }

        @Override
        public void start(List<String> inputs, List<RuleInfo> rules) throws IOException {
            claims = new Spill("claims");
            skipped = new Spill("skipped");
            openObject(JSON);
            generator.writeNumberField("crossfoot", 1);
            generator.writeArrayFieldStart("findings");
        }

        @Override
        public void part(CheckRun part, Gate verdicts) throws IOException {
            for (Finding finding : ReportOrder.findings(part)) {
                JSON.writeTree(generator, decided(finding, verdicts));
            }
            generator.flush();
            countByRule(part, byRule);
            for (CheckOutcome claim : ClaimOutcomes.of(part)) {
                claims.add(claim(claim));
            }
            for (Skipped skip : part.skipped()) {
                skipped.add(skipped(skip));
            }
        }

        @Override
        public void finish(CheckRun.Summary totals, Gate gate) throws IOException {
            generator.writeEndArray();
            generator.writeArrayFieldStart("claims");
            claims.forEachNode(node -> JSON.writeTree(generator, node));
            generator.writeEndArray();
            generator.writeArrayFieldStart("skipped");
            skipped.forEachNode(node -> JSON.writeTree(generator, node));
            generator.writeEndArray();
            ObjectNode summary = summary(totals);
            summary.set("rules", byRule);
            generator.writeFieldName("summary");
            JSON.writeTree(generator, summary);
            generator.writeFieldName("gate");
            JSON.writeTree(generator, gate(gate));
            generator.writeEndObject();
            generator.flush();
            out.write(System.lineSeparator());
            out.flush();
        }

        @Override
        public void close() throws IOException {
            Spill.closeAll(claims, skipped);
        }
    }

    static ObjectNode finding(Finding finding) {
        ObjectNode node = JSON.createObjectNode();
        node.put("rule", finding.rule());
        node.put("severity", finding.severity().label());
        node.put("message", finding.message());
        node.put("document", finding.document());
        node.put("table", finding.table());
        node.put("column", finding.column());
        ArrayNode cells = node.putArray("cells");
        for (CellRef cell : finding.cells()) {
            cells.add(cell(cell));
        }
        putIfPresent(node, "identity", finding.identity());
        putIfPresent(node, "expected", finding.expected());
        putIfPresent(node, "actual", finding.actual());
        putIfPresent(node, "difference", finding.difference());
        putIfPresent(node, "allowed", finding.allowed());
        Suggestion suggestion = finding.suggestion();
        if (suggestion != null) {
            ObjectNode s = node.putObject("suggestion");
            s.put("row", suggestion.cell().row());
            s.put("column", suggestion.cell().column());
            s.put("location", suggestion.cell().location().toString());
            s.put("reported", suggestion.cell().text());
            s.put("value", suggestion.value());
            s.put("cause", suggestion.cause());
            s.put("confidence", Math.round(suggestion.confidence() * 100) / 100.0);
        }
        return node;
    }

    private static ObjectNode cell(CellRef cell) {
        return textObject("table", cell.table(), "row", cell.row(), "column", cell.column(), "text", cell.text(),
                "location", cell.location().toString());
    }

    /** An object of text members, given as name, value, name, value… in the order they are written. */
    private static ObjectNode textObject(String... namesAndValues) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            node.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }
}
