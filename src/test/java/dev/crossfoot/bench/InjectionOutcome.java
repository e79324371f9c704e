package dev.crossfoot.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One injected error of a benchmark run and what the build under test made of it, written one JSON
 * object a line ({@code -Dcrossfoot.bench.misses-out=FILE}) so that two builds measured on one pool
 * can be compared error by error ({@link PairedInjection}). {@code run} names the half and the path
 * ("tuning-given", "tuning-unhinted"); {@code document}, {@code pointer} and {@code kind} name the
 * error, {@code original} and {@code altered} its text, so that a pair can be told to be the same
 * error. The four measures are false when the error is not detectable.
 */
record InjectionOutcome(String run, String source, String document, String pointer, String kind, String original,
                        String altered, boolean detectable, boolean caught, boolean blamed, boolean repaired,
                        boolean causeNamed) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The measures a paired comparison counts, in the order reports show them. */
    enum Measure {
        RECALL("recall"), BLAME("blame"), REPAIR("repair"), CAUSE_NAMED("cause named");

        final String label;

        Measure(String label) {
            this.label = label;
        }
    }

    boolean right(Measure measure) {
        return switch (measure) {
            case RECALL -> caught;
            case BLAME -> blamed;
            case REPAIR -> repaired;
            case CAUSE_NAMED -> causeNamed;
        };
    }

    /** What makes two runs' errors the same error: the run, the document, the cell and the kind. */
    String key() {
        return run + '\t' + document + '\t' + pointer + '\t' + kind;
    }

    String line() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static InjectionOutcome parse(String line) {
        try {
            return JSON.readValue(line, InjectionOutcome.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not an injected error's line: " + line, e);
        }
    }

    static void write(Path file, List<InjectionOutcome> outcomes) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        List<String> lines = new ArrayList<>();
        outcomes.forEach(outcome -> lines.add(outcome.line()));
        Files.write(file, lines);
    }

    static List<InjectionOutcome> read(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(line -> !line.isBlank()).map(InjectionOutcome::parse).toList();
    }
}
