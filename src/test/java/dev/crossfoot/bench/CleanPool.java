package dev.crossfoot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The clean pool of the injected-error benchmark written once and read again, so that two builds
 * are measured on the same errors in the same tables: drawn from the build under test, a change
 * that makes more tables clean or covers more cells moves the pool and the draw with it.
 *
 * <p>Layout: {@code DIR/HALF/manifest.json} (the counts {@link CleanTables.Harvest#describe} reports,
 * and per document its source, its path and the cells its errors go into — with depth as given and,
 * for a document carrying depths, with every depth removed) and each document as the one-table
 * canonical JSON {@link CleanTables} made, at {@code DIR/HALF/PATH} (its source's folder first).
 * The cells are the ones the writing build's checks covered: a build that covers fewer is still
 * measured on them, one that covers more draws no other errors.
 */
final class CleanPool {

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String MANIFEST = "manifest.json";

    private CleanPool() {
    }

    /** Writes every half of a harvest under {@code dir}, which must be new or empty. */
    static void write(Path dir, Map<HeldOutSplit.Half, CleanTables.Harvest> halves) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(dir + ": a pool is written into a new or empty folder");
                }
            }
        }
        for (Map.Entry<HeldOutSplit.Half, CleanTables.Harvest> half : halves.entrySet()) {
            Path root = dir.resolve(half.getKey().label());
            ObjectNode manifest = JSON.createObjectNode();
            manifest.put("half", half.getKey().label());
            ObjectNode counts = manifest.putObject("counts");
            half.getValue().counts().forEach((source, c) -> counts.putArray(source).add(c[0]).add(c[1]));
            ArrayNode documents = manifest.putArray("documents");
            for (Fixture fixture : half.getValue().fixtures()) {
                Path file = inside(root, fixture.path().toString());
                Files.createDirectories(file.getParent());
                Files.write(file, fixture.bytes());
                ObjectNode entry = documents.addObject();
                entry.put("source", fixture.source());
                entry.put("path", fixture.path().toString());
                cells(entry.putArray("cells"), fixture);
                if (fixture.hasDepth()) {
                    cells(entry.putArray("cellsWithoutDepth"), fixture.withoutDepth());
                }
            }
            Files.createDirectories(root);
            JSON.writerWithDefaultPrettyPrinter().writeValue(root.resolve(MANIFEST).toFile(), manifest);
        }
    }

    /** The halves written under {@code dir}, each document's errors pinned to the cells the pool names. */
    static Map<HeldOutSplit.Half, CleanTables.Harvest> read(Path dir) throws IOException {
        Map<HeldOutSplit.Half, CleanTables.Harvest> halves = new EnumMap<>(HeldOutSplit.Half.class);
        for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
            Path root = dir.resolve(half.label());
            if (!Files.exists(root.resolve(MANIFEST))) {
                continue;
            }
            JsonNode manifest = JSON.readTree(root.resolve(MANIFEST).toFile());
            Map<String, int[]> counts = new LinkedHashMap<>();
            manifest.get("counts").fields().forEachRemaining(e -> counts.put(e.getKey(),
                    new int[] {e.getValue().get(0).asInt(), e.getValue().get(1).asInt()}));
            List<Fixture> fixtures = new ArrayList<>();
            for (JsonNode entry : manifest.get("documents")) {
                String path = entry.get("path").asText();
                JsonNode tree = JSON.readTree(inside(root, path).toFile());
                fixtures.add(Fixture.of(entry.get("source").asText(), Path.of(path), tree)
                        .withCells(strings(entry.get("cells")), entry.has("cellsWithoutDepth") ? strings(entry.get("cellsWithoutDepth")) : null));
            }
            halves.put(half, new CleanTables.Harvest(fixtures, counts));
        }
        if (halves.isEmpty()) {
            throw new IOException(dir + ": no pool (no HALF/" + MANIFEST + ")");
        }
        return halves;
    }

    /** Where a document of the pool lives: under its half's folder, never outside it. */
    static Path inside(Path root, String path) throws IOException {
        Path file = root.resolve(path).normalize();
        if (Path.of(path).isAbsolute() || !file.startsWith(root.normalize())) {
            throw new IOException(path + ": a pool document's path must stay inside " + root);
        }
        return file;
    }

    private static void cells(ArrayNode array, Fixture fixture) {
        fixture.coveredCells().forEach(cell -> array.add(cell.pointer()));
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }
}
