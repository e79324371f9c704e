package dev.crossfoot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a dataset of the kind an extraction pipeline emits — JSON Lines, one document per
 * line — for the dataset-scale run in BENCHMARKS.md: copies of the fixtures under their own ids,
 * a fifth of them with one digit of one cell changed, as extraction errors would. Seeded, so
 * the same arguments give the same file.
 *
 * <p>Usage: {@code DatasetGenerator COUNT OUTPUT.jsonl [SEED]}
 */
public final class DatasetGenerator {

    private DatasetGenerator() {
    }

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path output = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20111027L;
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> sources = List.of(
                json.readTree(Path.of("fixtures/sonus-2011q3/sonus-2011q3-release.json").toFile()),
                json.readTree(Path.of("fixtures/form4-dillon-2011/form4-dillon-2011.json").toFile()));
        Random random = new Random(seed);
        if (output.toAbsolutePath().getParent() != null) {
            Files.createDirectories(output.toAbsolutePath().getParent());
        }
        int altered = 0;
        try (BufferedWriter out = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                ObjectNode document = (ObjectNode) sources.get(i % 10 == 9 ? 1 : 0).deepCopy();
                ((ObjectNode) document.get("document")).put("id", "doc-" + i);
                if (random.nextInt(5) == 0 && alterOneDigit(document, random)) {
                    altered++;
                }
                out.write(json.writeValueAsString(document));
                out.write('\n');
            }
        }
        System.out.printf("wrote %d documents (%d with one altered digit) to %s%n", count, altered, output);
    }

    private static boolean alterOneDigit(ObjectNode document, Random random) {
        List<ArrayNode> rows = new ArrayList<>();
        for (JsonNode table : document.get("tables")) {
            for (JsonNode row : table.get("rows")) {
                if (row.has("cells")) {
                    rows.add((ArrayNode) row.get("cells"));
                }
            }
        }
        ArrayNode cells = rows.get(random.nextInt(rows.size()));
        int column = random.nextInt(cells.size());
        String text = cells.get(column).asText();
        int[] digits = text.chars().filter(Character::isDigit).toArray();
        if (digits.length == 0) {
            return false;
        }
        int target = random.nextInt(digits.length);
        StringBuilder changed = new StringBuilder();
        int seen = 0;
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c) && seen++ == target) {
                changed.append((char) ('0' + (c - '0' + 1 + random.nextInt(8)) % 10));
            } else {
                changed.append(c);
            }
        }
        cells.set(column, cells.textNode(changed.toString()));
        return true;
    }
}
