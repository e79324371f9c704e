package dev.crossfoot.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each JSON Pointer of a {@code .json} input starts in the file (line and column), so that
 * a SARIF result can carry a {@code region} for input that the readers locate by pointer. The
 * file is read again, once, when a report needs it; a file that is gone or no longer parses
 * gives no regions (the pointer still locates the cell).
 */
final class JsonPointerRegions {

    private static final JsonFactory FACTORY = new JsonFactory();

    /** A place in a text file, both counted from 1. */
    record Place(int line, int column) { }

    private final Map<String, Map<String, Place>> byFile = new HashMap<>();

    /** Where {@code pointer} starts in {@code file}, or null when that cannot be told. */
    Place of(String file, String pointer) {
        if (file == null || pointer == null || !file.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return null;
        }
        return byFile.computeIfAbsent(file, JsonPointerRegions::read).get(pointer);
    }

    private static Map<String, Place> read(String file) {
        Map<String, Place> places = new HashMap<>();
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            return places;
        }
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8); JsonParser parser = FACTORY.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                // A container's start token already stands in its own context: its parent's path is the container's.
                String pointer = (token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext())
                        .pathAsPointer(false).toString();
                JsonLocation at = parser.currentTokenLocation();
                places.putIfAbsent(pointer, new Place(Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr())));
            }
        } catch (IOException | RuntimeException unreadable) {
            // What could be placed before the file stopped parsing is kept; the rest has no region.
        }
        return places;
    }
}
