package dev.crossfoot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A canonical-JSON document with every row's {@code depth} removed: the unhinted path, which
 * issue 10 wants measured beside the hinted one (most extraction pipelines emit no depth).
 */
public final class DepthHints {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DepthHints() {
    }

    /** A copy of the document tree without any {@code depth}. */
    public static JsonNode removed(JsonNode document) {
        JsonNode copy = document.deepCopy();
        for (JsonNode table : copy.path("tables")) {
            for (JsonNode row : table.path("rows")) {
                if (row instanceof ObjectNode object) {
                    object.remove("depth");
                }
            }
        }
        return copy;
    }

    public static byte[] removed(byte[] document) {
        try {
            return JSON.writeValueAsBytes(removed(JSON.readTree(document)));
        } catch (IOException e) {
            throw new UncheckedIOException("not a canonical JSON document", e);
        }
    }

    /** How many rows of the document carry a {@code depth}. */
    public static int count(JsonNode document) {
        int count = 0;
        for (JsonNode table : document.path("tables")) {
            for (JsonNode row : table.path("rows")) {
                count += row.has("depth") ? 1 : 0;
            }
        }
        return count;
    }
}
