package dev.crossfoot.check;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckRun;

import java.util.List;
import java.util.stream.Collectors;

/** Canonical documents written in a test, checked through the whole pipeline. */
final class Checks {

    private Checks() {
    }

    static CheckRun of(String canonicalJson) {
        return TestRuns.check(canonicalJson);
    }

    /** A one-table document; rows are JSON row objects. */
    static String document(String title, String unit, List<String> columns, String rows) {
        return TestRuns.oneTable(title, unit, columns.stream().map(c -> '"' + c + '"').collect(Collectors.joining(", ")), rows);
    }
}
