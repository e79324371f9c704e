package dev.crossfoot.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.Writer;

/**
 * A JSON report written as the run goes (the {@code json} report, the SARIF log): one object
 * whose arrays are filled part by part through a generator, laid out as the whole-run report is,
 * so that both read alike.
 */
abstract class StreamedJsonDocument implements StreamingReport {
    protected final Writer out;
    protected JsonGenerator generator;

    StreamedJsonDocument(Writer out) {
        this.out = out;
    }

    /** Starts the document's outer object; the subclass writes its members into {@link #generator}. */
    protected final void openObject(ObjectMapper json) throws IOException {
        generator = prettyGenerator(json, out);
        generator.writeStartObject();
    }

    /** A generator over {@code out} that lays JSON out the way every report of the project does. */
    static JsonGenerator prettyGenerator(ObjectMapper json, Writer out) throws IOException {
        JsonGenerator generator = json.getFactory().createGenerator(out);
        generator.setPrettyPrinter(new DefaultPrettyPrinter());
        return generator;
    }
}
