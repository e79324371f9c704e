package dev.crossfoot.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossfoot.model.Finding;
import dev.crossfoot.report.DocumentIdentities;
import dev.crossfoot.report.Fingerprint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Findings accepted earlier ({@code --baseline FILE}), so that a CI gate fails only on new ones.
 * A finding is matched by what it is about, never by where its file lies: first by its
 * {@link Fingerprint#of fingerprint} with the document's identity by content (a renamed or moved
 * file keeps its matches), then, for what is left, by its {@link Fingerprint#byName fingerprint}
 * with the document's id (a document that gained a table keeps its matches). Matching counts: an
 * entry accepts one finding, so a baseline that accepted one finding accepts one such finding,
 * and a second one is new.
 *
 * <p>The file is JSON: {@code {"crossfoot-baseline": 2, "findings": [{"fingerprint": …,
 * "name-fingerprint": …, "rule": …, …}]}}. Only the two fingerprints are read back; the other
 * fields are there for the person who reviews what was accepted. A version-1 file (one
 * {@code fingerprint}, by name) is still read: its entries match by name.
 */
final class Baseline {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One accepted finding, by its two fingerprints (identity null in a version-1 file). */
    private record Entry(String identity, String name) { }

    private final Path file;
    private final List<Entry> entries;

    private Baseline(Path file, List<Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    Path file() {
        return file;
    }

    static Baseline read(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException malformed) {
            int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr();
            throw new IOException(file + ":" + line + ": not a crossfoot baseline: malformed JSON ("
                    + dev.crossfoot.read.JsonSyntax.describe(malformed) + ")");
        } catch (java.nio.charset.MalformedInputException binary) {
            throw new IOException(file + ": not a crossfoot baseline: not UTF-8 text");
        }
        JsonNode findings = root == null ? null : root.get("findings");
        int version = root == null ? 0 : root.path("crossfoot-baseline").asInt(0);
        if (findings == null || !findings.isArray() || version < 1 || version > 2) {
            throw new IOException(file + ": not a crossfoot baseline: expected {\"crossfoot-baseline\": 2, \"findings\": [...]}"
                    + " as written by --write-baseline");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            String fingerprint = text(file, findings.get(i), "fingerprint", i, true);
            entries.add(version == 1 ? new Entry(null, fingerprint)
                    : new Entry(fingerprint, text(file, findings.get(i), "name-fingerprint", i, false)));
        }
        return new Baseline(file, entries);
    }

    private static String text(Path file, JsonNode finding, String field, int index, boolean required) throws IOException {
        JsonNode value = finding.get(field);
        if (value == null && !required) {
            return null;
        }
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw new IOException(file + ": /findings/" + index + " has no \"" + field + "\" string");
        }
        return value.asText();
    }

    /**
     * A baseline written as the run goes, each document's entries as it is checked, to a file beside
     * {@code file} that is moved in place by {@link Written#finish} (a run that stops leaves no
     * half-written baseline behind). The same bytes as {@link #write}, entries in reading order.
     */
    static Written writing(Path file) throws IOException {
        return new Written(file);
    }

    static final class Written implements AutoCloseable {
        private final Path file;
        private final Path partial;
        private final java.io.Writer out;
        private final com.fasterxml.jackson.core.JsonGenerator generator;

        private Written(Path file) throws IOException {
            this.file = file;
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            partial = parent.resolve("." + file.getFileName() + ".partial-" + ProcessHandle.current().pid());
            out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
            generator = JSON.getFactory().createGenerator(out);
            generator.setPrettyPrinter(new DefaultPrettyPrinter());
            generator.writeStartObject();
            generator.writeNumberField("crossfoot-baseline", 2);
            generator.writeArrayFieldStart("findings");
        }

        void add(List<Finding> findings, DocumentIdentities identities) throws IOException {
            for (Finding finding : findings) {
                JSON.writeTree(generator, entry(finding, identities));
            }
        }

        void finish() throws IOException {
            generator.writeEndArray();
            generator.writeEndObject();
            generator.flush();
            out.write("\n");
            out.close();
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }

        @Override
        public void close() throws IOException {
            out.close();
            Files.deleteIfExists(partial);
        }
    }

    private static ObjectNode entry(Finding finding, DocumentIdentities identities) {
        ObjectNode node = JSON.createObjectNode();
        node.put("fingerprint", Fingerprint.of(finding, identities.of(finding)));
        node.put("name-fingerprint", Fingerprint.byName(finding));
        node.put("rule", finding.rule());
        node.put("severity", finding.severity().label());
        node.put("document", finding.document());
        node.put("table", finding.table());
        node.put("row", finding.cells().isEmpty() ? "" : finding.cells().get(0).row());
        node.put("column", finding.column());
        node.put("message", finding.message());
        return node;
    }

    static void write(Path file, List<Finding> findings, DocumentIdentities identities) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("crossfoot-baseline", 2);
        ArrayNode list = root.putArray("findings");
        for (Finding finding : findings) {
            list.add(entry(finding, identities));
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, JSON.writer(new DefaultPrettyPrinter()).writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
    }

    /** The findings this baseline accounts for (by identity of the finding object), each entry used once. */
    Set<Finding> accepted(List<Finding> findings, DocumentIdentities identities) {
        return matching().accept(findings, identities);
    }

    /** The baseline's entries as yet unused, to be matched part by part in a streamed run. */
    Matching matching() {
        return new Matching();
    }

    /**
     * The entries not used yet. A streamed run matches each document's findings as it comes, in
     * reading order: first by identity, then by name, within the document. That accepts what the
     * whole run accepts, except where one entry would match a finding by identity and an earlier
     * document's finding by name: the whole run gives it to the first, a streamed run to the second
     * (the same number accepted; which one of the two is new differs).
     */
    final class Matching {
        private final Map<String, ArrayDeque<Entry>> byIdentity = new HashMap<>();
        private final Map<String, ArrayDeque<Entry>> byName = new HashMap<>();
        private final Set<Entry> used = Collections.newSetFromMap(new IdentityHashMap<>());

        private Matching() {
            for (Entry entry : entries) {
                if (entry.identity() != null) {
                    byIdentity.computeIfAbsent(entry.identity(), key -> new ArrayDeque<>()).add(entry);
                }
                if (entry.name() != null) {
                    byName.computeIfAbsent(entry.name(), key -> new ArrayDeque<>()).add(entry);
                }
            }
        }

        /** Which of {@code findings} entries not used yet account for, those entries then used. */
        Set<Finding> accept(List<Finding> findings, DocumentIdentities identities) {
            Set<Finding> accepted = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Finding finding : findings) {
                if (take(byIdentity.get(Fingerprint.of(finding, identities.of(finding))), used)) {
                    accepted.add(finding);
                }
            }
            for (Finding finding : findings) {
                if (!accepted.contains(finding) && take(byName.get(Fingerprint.byName(finding)), used)) {
                    accepted.add(finding);
                }
            }
            return accepted;
        }
    }

    /** Uses the first entry of the queue not used yet; false when there is none. */
    private static boolean take(ArrayDeque<Entry> candidates, Set<Entry> used) {
        while (candidates != null && !candidates.isEmpty()) {
            Entry entry = candidates.poll();
            if (used.add(entry)) {
                return true;
            }
        }
        return false;
    }
}
