package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;

import java.io.IOException;
import java.io.Writer;

/** Renders a whole run in one format. One class per format, chosen by {@link #format()} name. */
public interface ReportWriter {

    /** The name used in {@code --report NAME[=FILE]}: text, json, junit, sarif, html, csv, markdown, github. */
    String format();

    void write(CheckRun run, Writer out) throws IOException;
}
