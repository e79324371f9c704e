package dev.crossfoot.check;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.read.ReadResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs the whole pipeline on a canonical JSON text, as a test's one-line "given this document". */
final class Checks {

    private Checks() {
    }

    static CheckRun of(String canonicalJson) {
        ReadResult read = new JsonReader().read(Path.of("test.json"), "test.json", canonicalJson.getBytes(StandardCharsets.UTF_8));
        if (!read.problems().isEmpty()) {
            throw new IllegalArgumentException("test document does not read: " + read.problems());
        }
        return Crossfoot.standard().check(List.of("test.json"), read);
    }

    /** A one-table document; rows are JSON row objects. */
    static String document(String title, String unit, List<String> columns, String rows) {
        StringBuilder cols = new StringBuilder();
        for (String column : columns) {
            cols.append(cols.length() == 0 ? "" : ", ").append('"').append(column).append('"');
        }
        return """
            {"crossfoot": 1, "document": {"id": "t"},
             "tables": [{"id": "t1", "title": "%s", "unit": "%s", "columns": [%s], "rows": [%s]}]}
            """.formatted(title, unit, cols, rows);
    }
}
