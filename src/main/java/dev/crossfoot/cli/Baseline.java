package dev.crossfoot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossfoot.model.Finding;
import dev.crossfoot.report.Fingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings accepted earlier ({@code --baseline FILE}), so that a CI gate fails only on new ones.
 * A finding is matched by its {@link Fingerprint} (rule, document, table, row, column), which
 * survives rows moving and files being renamed. Matching counts: a baseline that accepted one
 * finding with a fingerprint accepts one such finding, and a second one is new.
 *
 * <p>The file is JSON: {@code {"crossfoot-baseline": 1, "findings": [{"fingerprint": …, "rule": …,
 * …}]}}. Only {@code fingerprint} is read back; the other fields are there for the person who
 * reviews what was accepted.
 */
final class Baseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Integer> accepted;

    private Baseline(Map<String, Integer> accepted) {
        this.accepted = accepted;
    }

    static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException malformed) {
            int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr();
            throw new IOException(file + ":" + line + ": not a crossfoot baseline: malformed JSON ("
                    + malformed.getOriginalMessage() + ")");
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (findings == null || !findings.isArray() || !root.path("crossfoot-baseline").isInt()) {
            throw new IOException(file + ": not a crossfoot baseline: expected {\"crossfoot-baseline\": 1, \"findings\": [...]}"
                    + " as written by --write-baseline");
        }
        Map<String, Integer> accepted = new HashMap<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode fingerprint = findings.get(i).get("fingerprint");
            if (fingerprint == null || !fingerprint.isTextual() || fingerprint.asText().isEmpty()) {
                throw new IOException(file + ": /findings/" + i + " has no \"fingerprint\" string");
            }
            accepted.merge(fingerprint.asText(), 1, Integer::sum);
        }
        return new Baseline(accepted);
    }

    static void write(Path file, List<Finding> findings) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("crossfoot-baseline", 1);
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            ObjectNode node = list.addObject();
            node.put("fingerprint", Fingerprint.of(finding));
            node.put("rule", finding.rule());
            node.put("severity", finding.severity().label());
            node.put("document", finding.document());
            node.put("table", finding.table());
            node.put("row", finding.cells().isEmpty() ? "" : finding.cells().get(0).row());
            node.put("column", finding.column());
            node.put("message", finding.message());
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, JSON.writer(new DefaultPrettyPrinter()).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** The findings this baseline does not account for, in their order. */
    List<Finding> newFindings(List<Finding> findings) {
        Map<String, Integer> left = new HashMap<>(accepted);
        List<Finding> fresh = new ArrayList<>();
        for (Finding finding : findings) {
            String fingerprint = Fingerprint.of(finding);
            int remaining = left.getOrDefault(fingerprint, 0);
            if (remaining > 0) {
                left.put(fingerprint, remaining - 1);
            } else {
                fresh.add(finding);
            }
        }
        return fresh;
    }
}
