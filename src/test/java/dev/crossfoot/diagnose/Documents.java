package dev.crossfoot.diagnose;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Suggestion;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.read.ReadResult;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/** Runs the whole pipeline on canonical JSON written in a test, and reads back what diagnosis said. */
final class Documents {

    private Documents() {
    }

    static CheckRun check(String canonicalJson) {
        ReadResult read = new JsonReader().read(Path.of("test.json"), "test.json", canonicalJson.getBytes(StandardCharsets.UTF_8));
        if (!read.problems().isEmpty()) {
            throw new IllegalArgumentException("test document does not read: " + read.problems());
        }
        return Crossfoot.standard().check(List.of("test.json"), read);
    }

    /** A one-table document with the given columns and JSON row objects. */
    static String table(String title, String unit, String columns, String rows) {
        return """
            {"crossfoot": 1, "document": {"id": "t"},
             "tables": [{"id": "t1", "title": "%s", "unit": "%s", "columns": [%s], "rows": [%s]}]}
            """.formatted(title, unit, columns, rows);
    }

    static List<Suggestion> suggestions(CheckRun run) {
        return run.findings().stream().map(Finding::suggestion).filter(Objects::nonNull).toList();
    }

    /** "row label @ column header" of each suggested cell, to compare with what a test expects. */
    static List<String> suggestedCells(CheckRun run) {
        return suggestions(run).stream().map(s -> s.cell().row() + " @ " + s.cell().column()).distinct().toList();
    }
}
