package dev.crossfoot.read;

import dev.crossfoot.model.Document;

/** Where a reader hands what it read, one document or problem at a time, so a dataset need not be held whole. */
public interface DocumentSink {

    void document(Document document);

    void problem(InputProblem problem);

    /** A table the input holds that is not read as a table to check (a data set's cover page), and why. */
    void skipped(dev.crossfoot.model.Skipped skipped);

    /**
     * A piece of the input that can be read on its own: a file of a folder, a line of a JSON Lines
     * dataset, a filing of a data set. A sink that checks on several threads reads it on one of them,
     * so that reading is not the one thread every other waits on; whatever the piece gives still
     * reaches the run in its place among the rest. This default reads it here and now.
     */
    default void part(Part piece) {
        piece.readInto(this);
    }

    /** Waits until every piece handed to {@link #part} has been read and given what it gives. */
    default void settle() {
    }

    /** Reads one piece of the input into the sink it is given; it must touch nothing shared but read-only state. */
    @FunctionalInterface
    interface Part {
        void readInto(DocumentSink sink);
    }
}
