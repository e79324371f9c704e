package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Gate;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders a whole run in one format. One class per format, chosen by {@link #format()} name.
 * Every format shows the {@link Gate}'s one decision per finding (new or accepted, failing the
 * run or not), so that no report disagrees with the exit code.
 */
public interface ReportWriter {

    /** The name used in {@code --report NAME[=FILE]}: text, json, junit, sarif, html, csv, markdown, github. */
    String format();

    void write(CheckRun run, Gate gate, Writer out) throws IOException;

    /** The run under the default gate of {@code crossfoot check}: any error fails, no baseline. */
    default void write(CheckRun run, Writer out) throws IOException {
        write(run, Gate.standard(run.findings()), out);
    }
}
