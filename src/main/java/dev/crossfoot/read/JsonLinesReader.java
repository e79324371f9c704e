package dev.crossfoot.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.model.Location;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a dataset: one crossfoot JSON document per line ({@code .jsonl}). A bad line is an
 * input problem for that line; the other documents are still read.
 */
public final class JsonLinesReader implements DocumentReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public boolean accepts(String fileName) {
        return fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson");
    }

    @Override
    public ReadResult read(Path file, String name, byte[] content) {
        ReadResult result = new ReadResult(java.util.List.of(), java.util.List.of());
        String[] lines = new String(content, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            int lineNumber = i + 1;
            try {
                JsonNode root = JSON.readTree(line);
                result = result.plus(ReadResult.of(new CanonicalJson(name, lineNumber)
                        .document(root, JsonReader.idFrom(file) + "-" + lineNumber)));
            } catch (JsonProcessingException malformed) {
                int column = malformed.getLocation() == null ? 0 : malformed.getLocation().getColumnNr();
                result = result.plus(ReadResult.failed(InputProblem.document(Location.ofLine(name, lineNumber),
                        "malformed JSON at column " + column + ": " + malformed.getOriginalMessage())));
            } catch (CanonicalJson.BadField bad) {
                result = result.plus(ReadResult.failed(InputProblem.document(new Location(name, lineNumber, bad.pointer()),
                        "at " + (bad.pointer().isEmpty() ? "/" : bad.pointer()) + ": " + bad.getMessage())));
            }
        }
        return result;
    }
}
