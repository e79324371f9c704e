package dev.crossfoot.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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
        CheckRun.Summary summary = run.summary();
        ObjectNode s = root.putObject("summary");
        s.put("documents", summary.documents());
        s.put("tables", summary.tables());
        s.put("checks", summary.checks());
        s.put("passed", summary.passed());
        s.put("failed", summary.failed());
        s.put("not_evaluated", summary.notEvaluated());
        s.put("errors", summary.errors());
        s.put("warnings", summary.warnings());
        ObjectNode byRule = s.putObject("rules");
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
        ObjectNode decision = root.putObject("gate");
        decision.put("failed", gate.fails());
        decision.put("fail_on", gate.thresholdLabel());
        decision.put("max_findings", gate.maxFindings());
        decision.put("baseline", gate.baselined());
        for (Verdict verdict : Verdict.values()) {
            decision.put(verdict.label(), gate.count(verdict));
        }
        decision.put("headline", gate.headline());
        ArrayNode findings = root.putArray("findings");
        for (Finding finding : ReportOrder.findings(run)) {
            ObjectNode node = finding(finding);
            node.put("verdict", gate.of(finding).label());
            node.put("new", gate.of(finding).isNew());
            findings.add(node);
        }
        ArrayNode claims = root.putArray("claims");
        for (CheckOutcome claim : ClaimOutcomes.of(run)) {
            ObjectNode node = claims.addObject();
            node.put("rule", claim.rule());
            node.put("document", claim.document());
            node.put("status", ClaimOutcomes.status(claim));
            node.put("claim", claim.detail());
            node.put("location", claim.cells().get(0).location().toString());
            ArrayNode cells = node.putArray("cells");
            claim.cells().stream().skip(1).forEach(cell -> cells.add(cell(cell)));
        }
        ArrayNode skipped = root.putArray("skipped");
        for (Skipped skip : run.skipped()) {
            ObjectNode node = skipped.addObject();
            node.put("document", skip.document());
            node.put("table", skip.table());
            node.put("reason", skip.reason());
        }
        JsonGenerator generator = JSON.getFactory().createGenerator(out);
        generator.setPrettyPrinter(new DefaultPrettyPrinter());
        JSON.writeTree(generator, root);
        generator.flush();
        out.write(System.lineSeparator());
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
        ObjectNode node = JSON.createObjectNode();
        node.put("table", cell.table());
        node.put("row", cell.row());
        node.put("column", cell.column());
        node.put("text", cell.text());
        node.put("location", cell.location().toString());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }
}
