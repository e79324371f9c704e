package dev.crossfoot.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossfoot.check.InputRules;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Verdict;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.RuleInfo;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Suggestion;
import dev.crossfoot.read.TextSpan;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning services and SARIF viewers.
 *
 * <ul>
 * <li>{@code tool.driver.rules} is the whole rule catalogue of the run (id, sentence, identity,
 *     help, severity as {@code defaultConfiguration.level}), and every result names its rule by
 *     id and index.</li>
 * <li>A result points into the input file: {@code artifactLocation.uri} is the file as given on the
 *     command line (a relative reference stays relative, so a service resolves it against the
 *     repository), with a {@code region} wherever the input says where (see {@link SourceRegions}):
 *     an HTML cell's characters, a JSON value's, a line. A JSON Pointer or HTML path is also a
 *     {@code logicalLocations} entry, which names the place where no region can. The other cells
 *     a check used are {@code relatedLocations}.</li>
 * <li>{@code partialFingerprints} carries {@link Fingerprint}, so that a service keeps a finding's
 *     history when rows are inserted above it.</li>
 * <li>A document that could not be read is the tool failing at part of its job: it is a result
 *     (the extraction is broken and someone must act) and also a
 *     {@code toolExecutionNotification}, and {@code executionSuccessful} is false when there is
 *     one, as PMD does for its processing errors. Findings about the data (a malformed cell, a
 *     wrong total) are not tool failures.</li>
 * </ul>
 * With a baseline ({@code --baseline}), each result says whether it is {@code new} or was there
 * before ({@code unchanged}) in {@code baselineState}, so that code-scanning viewers show the new
 * ones first. Each result's {@code properties.verdict} and the invocation's
 * {@code properties.gate} carry the gate's decision, as every other report does.
 * No timestamps or absolute paths are added, so the same run gives the same bytes.
 */
public final class SarifReport implements ReportWriter {

    /** Where the schema of this version is published; viewers use it to recognise the format. */
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return "sarif";
    }

    @Override
    public void write(CheckRun run, Gate gate, Writer out) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode sarifRun = root.putArray("runs").addObject();
        Map<String, Integer> ruleIndex = writeDriver(sarifRun.putObject("tool").putObject("driver"), run.rules());
        List<Finding> findings = ReportOrder.findings(run);
        SourceRegions regions = new SourceRegions(run.inputs().contains("-"));
        writeInvocation(sarifRun.putArray("invocations").addObject(), findings, ruleIndex, gate, regions);
        DocumentIdentities identities = DocumentIdentities.of(run);
        ArrayNode results = sarifRun.putArray("results");
        // Columns and character offsets count UTF-16 code units, as Java's strings (and the readers) do.
        sarifRun.put("columnKind", "utf16CodeUnits");
        for (Finding finding : findings) {
            results.add(decided(finding, gate, ruleIndex, identities.of(finding), regions));
        }
        JsonGenerator generator = StreamedJsonDocument.prettyGenerator(JSON, out);
        JSON.writeTree(generator, root);
        generator.flush();
        out.write("\n");
        out.flush();
    }

    private static Map<String, Integer> writeDriver(ObjectNode driver, List<RuleInfo> catalogue) {
        driver.put("name", "crossfoot");
        driver.put("version", ToolInfo.version());
        driver.put("informationUri", ToolInfo.url());
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> index = new HashMap<>();
        for (RuleInfo info : catalogue) {
            if (index.putIfAbsent(info.id(), rules.size()) != null) {
                continue;
            }
            ObjectNode rule = rules.addObject();
            rule.put("id", info.id());
            rule.putObject("shortDescription").put("text", info.sentence());
            rule.putObject("fullDescription").put("text", info.sentence() + ": " + info.identity()
                    + " (applies to " + info.scope() + "; tolerance " + info.tolerance() + ")");
            String help = info.help() == null || info.help().isEmpty() ? info.sentence() : info.help();
            rule.putObject("help").put("text", help);
            rule.putObject("defaultConfiguration").put("level", level(info.severity()));
            ObjectNode properties = rule.putObject("properties");
            properties.put("identity", info.identity());
            properties.put("scope", info.scope());
            properties.put("tolerance", info.tolerance());
            properties.put("source", info.source());
        }
        return index;
    }

    private static void writeInvocation(ObjectNode invocation, List<Finding> findings, Map<String, Integer> ruleIndex, Gate gate,
                                        SourceRegions regions) {
        decide(invocation, gate);
        ArrayNode notifications = invocation.putArray("toolExecutionNotifications");
        for (Finding finding : findings) {
            if (finding.rule().equals(InputRules.UNREADABLE_DOCUMENT)) {
                notifications.add(notification(finding, ruleIndex, regions));
            }
        }
        invocation.put("executionSuccessful", notifications.isEmpty());
    }

    private static void decide(ObjectNode invocation, Gate gate) {
        ObjectNode decision = invocation.putObject("properties").putObject("gate");
        decision.put("failed", gate.fails());
        decision.put("failOn", gate.thresholdLabel());
        decision.put("maxFindings", gate.maxFindings());
        decision.put("headline", gate.headline());
    }

    private static ObjectNode notification(Finding finding, Map<String, Integer> ruleIndex, SourceRegions regions) {
        ObjectNode notification = JSON.createObjectNode();
        notification.put("level", level(finding.severity()));
        notification.putObject("message").put("text", finding.message());
        notification.putArray("locations").add(location(finding.primaryLocation(), null, regions));
        ObjectNode rule = notification.putObject("associatedRule").put("id", finding.rule());
        Integer index = ruleIndex.get(finding.rule());
        if (index != null) {
            rule.put("index", index);
        }
        return notification;
    }

    private static ObjectNode decided(Finding finding, Gate gate, Map<String, Integer> ruleIndex, String documentIdentity,
                                      SourceRegions regions) {
        ObjectNode result = result(finding, ruleIndex, documentIdentity, regions);
        if (gate.baselined()) {
            result.put("baselineState", gate.of(finding).isNew() ? "new" : "unchanged");
        }
        result.with("properties").put("verdict", gate.of(finding).label());
        return result;
    }

    /** The same log written as the run goes: results as each document finishes, the invocation (the gate) last. */
    public StreamingReport streaming(Writer out) {
        return new Streamed(out);
    }

    /**
     * The results array is written part by part; the unreadable documents' notifications wait in a
     * {@link Spill}; the invocation, which carries the gate's decision, closes the run object.
     * The same members as the whole-run log, in another order (SARIF readers go by name).
     */
    private static final class Streamed extends StreamedJsonDocument {
        private Map<String, Integer> ruleIndex;
        private SourceRegions regions;
        private Spill notifications;

        Streamed(Writer out) {
            super(out);
        }

        @Override
        public void start(List<String> inputs, List<RuleInfo> rules) throws IOException {
            notifications = new Spill("notifications");
            regions = new SourceRegions(inputs.contains("-"));
            ObjectNode driver = JSON.createObjectNode();
            ruleIndex = writeDriver(driver, rules);
            openObject(JSON);
            generator.writeStringField("$schema", SCHEMA);
            generator.writeStringField("version", "2.1.0");
            generator.writeArrayFieldStart("runs");
            generator.writeStartObject();
            generator.writeObjectFieldStart("tool");
            generator.writeFieldName("driver");
            JSON.writeTree(generator, driver);
            generator.writeEndObject();
            // Columns and character offsets count UTF-16 code units, as Java's strings (and the readers) do.
            generator.writeStringField("columnKind", "utf16CodeUnits");
            generator.writeArrayFieldStart("results");
        }

        @Override
        public void part(CheckRun part, Gate verdicts) throws IOException {
            DocumentIdentities identities = DocumentIdentities.of(part);
            for (Finding finding : ReportOrder.findings(part)) {
                JSON.writeTree(generator, decided(finding, verdicts, ruleIndex, identities.of(finding), regions));
                if (finding.rule().equals(InputRules.UNREADABLE_DOCUMENT)) {
                    notifications.add(notification(finding, ruleIndex, regions));
                }
            }
            regions.documentWritten();
            generator.flush();
        }

        @Override
        public void finish(CheckRun.Summary totals, Gate gate) throws IOException {
            generator.writeEndArray();
            ObjectNode invocation = JSON.createObjectNode();
            decide(invocation, gate);
            ArrayNode notified = invocation.putArray("toolExecutionNotifications");
            notifications.forEachNode(notified::add);
            invocation.put("executionSuccessful", notified.isEmpty());
            generator.writeArrayFieldStart("invocations");
            JSON.writeTree(generator, invocation);
            generator.writeEndArray();
            generator.writeEndObject();
            generator.writeEndArray();
            generator.writeEndObject();
            generator.flush();
            out.write("\n");
            out.flush();
        }

        @Override
        public void close() throws IOException {
            Spill.closeAll(notifications);
        }
    }

    private static ObjectNode result(Finding finding, Map<String, Integer> ruleIndex, String documentIdentity,
                                     SourceRegions regions) {
        ObjectNode result = JSON.createObjectNode();
        result.put("ruleId", finding.rule());
        Integer index = ruleIndex.get(finding.rule());
        if (index != null) {
            result.put("ruleIndex", index);
        }
        result.put("level", level(finding.severity()));
        result.putObject("message").put("text", finding.message());
        CellRef reported = finding.cells().isEmpty() ? null : finding.cells().get(0);
        result.putArray("locations").add(location(finding.primaryLocation(), reported, regions));
        if (finding.cells().size() > 1) {
            ArrayNode related = result.putArray("relatedLocations");
            for (int i = 1; i < finding.cells().size(); i++) {
                CellRef cell = finding.cells().get(i);
                ObjectNode location = location(cell.location(), cell, regions);
                location.put("id", i);
                location.putObject("message").put("text", cell.row() + " = " + cell.text().strip());
                related.add(location);
            }
        }
        result.putObject("partialFingerprints").put(Fingerprint.SARIF_KEY, Fingerprint.of(finding, documentIdentity));
        ObjectNode properties = result.putObject("properties");
        properties.put("document", finding.document());
        putIfPresent(properties, "table", finding.table());
        putIfPresent(properties, "column", finding.column());
        putIfPresent(properties, "row", reported == null ? null : reported.row());
        putIfPresent(properties, "identity", finding.identity());
        putIfPresent(properties, "expected", finding.expected());
        putIfPresent(properties, "actual", finding.actual());
        putIfPresent(properties, "difference", finding.difference());
        putIfPresent(properties, "allowed", finding.allowed());
        Suggestion suggestion = finding.suggestion();
        if (suggestion != null) {
            ObjectNode s = properties.putObject("suggestion");
            s.put("row", suggestion.cell().row());
            s.put("location", suggestion.cell().location().toString());
            s.put("value", suggestion.value());
            s.put("cause", suggestion.cause());
            s.put("confidence", Math.round(suggestion.confidence() * 100) / 100.0);
        }
        return result;
    }

    /**
     * A SARIF location: the file and its region, plus the JSON Pointer (or HTML path) as a logical
     * location. The region is what {@link SourceRegions} can tell: an HTML cell's characters, a
     * JSON value's, the line (and column) a line reader knew, the first line for a finding on a
     * whole document. Where none can be told (a data set's zip, a file gone), the logical location
     * alone names the place.
     */
    private static ObjectNode location(Location where, CellRef cell, SourceRegions regions) {
        ObjectNode location = JSON.createObjectNode();
        ObjectNode physical = location.putObject("physicalLocation");
        physical.putObject("artifactLocation").put("uri", uri(where.file()));
        TextSpan span = regions.of(where);
        if (span != null) {
            ObjectNode region = physical.putObject("region").put("startLine", span.startLine());
            if (span.startColumn() > 0) {
                region.put("startColumn", span.startColumn());
            }
            if (span.hasLength()) {
                region.put("endLine", span.endLine()).put("endColumn", span.endColumn());
            }
            if (span.offset() >= 0 && span.hasLength()) {
                region.put("charOffset", span.offset()).put("charLength", span.length());
            }
        }
        if (where.fragment() != null && !where.fragment().isEmpty()) {
            ObjectNode logical = location.putArray("logicalLocations").addObject();
            if (cell != null && !cell.row().isEmpty()) {
                logical.put("name", cell.row());
            }
            logical.put("fullyQualifiedName", where.fragment());
            logical.put("kind", where.fragment().startsWith("/") ? "value" : "element");
        }
        return location;
    }

    /** A file name as a URI reference: relative names stay relative, absolute ones become file URIs. */
    static String uri(String file) {
        if (file == null || file.isEmpty()) {
            return "";
        }
        Path path = Path.of(file);
        if (path.isAbsolute()) {
            return path.toUri().toString();
        }
        String slashed = file.replace('\\', '/');
        int colon = slashed.indexOf(':');
        if (colon >= 0 && (slashed.indexOf('/') < 0 || colon < slashed.indexOf('/'))) {
            slashed = "./" + slashed; // else the text before ':' would read as a URI scheme
        }
        try {
            return new URI(null, null, slashed, null).getRawPath();
        } catch (URISyntaxException unexpected) {
            return slashed;
        }
    }

    private static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }
}
