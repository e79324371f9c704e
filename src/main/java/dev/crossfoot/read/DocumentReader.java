package dev.crossfoot.read;

import java.nio.file.Path;

/**
 * Reads one input format into documents. Implementations never throw on bad content: whatever
 * cannot be read becomes an {@link InputProblem} naming the file and place, and the rest is kept.
 * {@code name} is how the file is cited in every location (the path as the user gave it).
 */
public interface DocumentReader {

    /** Whether this reader handles a file of this name (by extension, e.g. {@code .json}). */
    boolean accepts(String fileName);

    ReadResult read(Path file, String name, byte[] content);

    /**
     * Hands each document to the sink as soon as it is read. Formats holding many documents
     * (JSON Lines datasets) override this so that a run can check and forget them one by one.
     */
    default void stream(Path file, String name, byte[] content, DocumentSink sink) {
        streamWhole(file, name, content, sink);
    }

    /**
     * Whether {@link #stream} hands the sink its documents as {@linkplain DocumentSink#part pieces}
     * of their own; a file of a reader that does not is read as one piece.
     */
    default boolean splitsIntoParts() {
        return false;
    }

    private void streamWhole(Path file, String name, byte[] content, DocumentSink sink) {
        ReadResult result = read(file, name, content);
        result.documents().forEach(sink::document);
        result.problems().forEach(sink::problem);
        result.skipped().forEach(sink::skipped);
    }
}
