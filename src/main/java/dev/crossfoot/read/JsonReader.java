package dev.crossfoot.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.model.Location;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Reads one crossfoot JSON document ({@code .json}). */
public final class JsonReader implements DocumentReader {

    private static final ObjectMapper JSON = CanonicalJson.mapper();

    @Override
    public boolean accepts(String fileName) {
        return fileName.endsWith(".json");
    }

    @Override
    public ReadResult read(Path file, String name, byte[] content) {
        JsonNode root;
        try {
            root = JSON.readTree(new String(content, StandardCharsets.UTF_8));
        } catch (JsonProcessingException malformed) {
            int line = malformed.getLocation() == null ? 0 : malformed.getLocation().getLineNr();
            int column = malformed.getLocation() == null ? 0 : malformed.getLocation().getColumnNr();
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, Math.max(line, 0)),
                    "malformed JSON at line " + line + ", column " + column + ": " + JsonSyntax.describe(malformed)));
        }
        if (root == null || root.isMissingNode()) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0), "empty file: expected a crossfoot JSON document"));
        }
        try {
            return ReadResult.of(new CanonicalJson(name, 0).document(root, idFrom(file)));
        } catch (CanonicalJson.BadField bad) {
            return ReadResult.failed(InputProblem.document(Location.ofFragment(name, bad.pointer().isEmpty() ? "/" : bad.pointer()),
                    "at " + (bad.pointer().isEmpty() ? "/" : bad.pointer()) + ": " + bad.getMessage()));
        }
    }

    /**
     * A document's id from its file name without the extension (and {@code .gz}): only the last
     * extension goes, so that {@code x.01.csv} and {@code x.02.csv} stay two documents.
     */
    public static String idFrom(Path file) {
        String base = file.getFileName().toString();
        if (base.toLowerCase(java.util.Locale.ROOT).endsWith(".gz")) {
            base = base.substring(0, base.length() - 3);
        }
        int dot = base.lastIndexOf('.');
        return dot > 0 ? base.substring(0, dot) : base;
    }
}
