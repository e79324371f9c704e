package dev.crossfoot.cli;

import dev.crossfoot.model.CheckRun;

import java.util.List;

/**
 * No input is no pass: a run that found no document, or no table in any document, and nothing
 * wrong either, has checked nothing, and a CI gate must not go green on it.
 */
final class NothingChecked {

    private NothingChecked() {
    }

    /** Why the run checked nothing (one line), or null when it checked something or found something wrong. */
    static String why(CheckRun run, FileSelection selection, List<String> paths) {
        return why(run.findings().size(), run.summary(), run.skipped().size(), selection, paths);
    }

    /** The same from a streamed run's counts: its findings, its summary and its skipped tables. */
    static String why(int findings, CheckRun.Summary summary, int skippedTables, FileSelection selection, List<String> paths) {
        if (findings > 0 || summary.tables() > 0) {
            return null;
        }
        String named = String.join(" ", paths);
        if (summary.documents() == 0) {
            StringBuilder line = new StringBuilder("nothing to check: no document found in " + named);
            if (selection != null && selection.unsupported() > 0) {
                line.append(" (").append(selection.unsupported()).append(" file(s) of formats crossfoot does not read)");
            }
            int passed = selection == null ? 0 : selection.passedOver().values().stream().mapToInt(Integer::intValue).sum();
            if (passed > 0) {
                line.append(" (").append(passed).append(" file(s) not read: excluded, crossfoot's own or repeated)");
            }
            return line.toString();
        }
        String skipped = skippedTables == 0 ? "" : "; " + skippedTables + " table(s) skipped, see the report";
        return "nothing to check: no table found in the " + summary.documents() + " document(s) read from " + named + skipped;
    }
}
