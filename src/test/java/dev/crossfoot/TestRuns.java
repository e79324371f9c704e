package dev.crossfoot;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.read.ReadResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the whole pipeline on canonical JSON written in a test: a test's one-line "given this document". */
public final class TestRuns {

    private TestRuns() {
    }

    public static CheckRun check(String canonicalJson) {
        ReadResult read = new JsonReader().read(Path.of("test.json"), "test.json", canonicalJson.getBytes(StandardCharsets.UTF_8));
        if (!read.problems().isEmpty()) {
            throw new IllegalArgumentException("test document does not read: " + read.problems());
        }
        return Crossfoot.standard().check(List.of("test.json"), read);
    }

    /** A one-table document; {@code columns} are JSON strings separated by commas, rows JSON row objects. */
    public static String oneTable(String title, String unit, String columns, String rows) {
        return """
            {"crossfoot": 1, "document": {"id": "t"},
             "tables": [{"id": "t1", "title": "%s", "unit": "%s", "columns": [%s], "rows": [%s]}]}
            """.formatted(title, unit, columns, rows);
    }
}
