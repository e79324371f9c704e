package dev.crossfoot.diagnose;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Suggestion;

import java.util.List;
import java.util.Objects;

/** Runs the whole pipeline on canonical JSON written in a test, and reads back what diagnosis said. */
final class Documents {

    private Documents() {
    }

    static CheckRun check(String canonicalJson) {
        return TestRuns.check(canonicalJson);
    }

    /** A one-table document with the given columns and JSON row objects. */
    static String table(String title, String unit, String columns, String rows) {
        return TestRuns.oneTable(title, unit, columns, rows);
    }

    static List<Suggestion> suggestions(CheckRun run) {
        return run.findings().stream().map(Finding::suggestion).filter(Objects::nonNull).toList();
    }

    /** "row label @ column header" of each suggested cell, to compare with what a test expects. */
    static List<String> suggestedCells(CheckRun run) {
        return suggestions(run).stream().map(s -> s.cell().row() + " @ " + s.cell().column()).distinct().toList();
    }
}
