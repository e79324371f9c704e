package dev.crossfoot.read;

import dev.crossfoot.model.Document;

/** Where a reader hands what it read, one document or problem at a time, so a dataset need not be held whole. */
public interface DocumentSink {

    void document(Document document);

    void problem(InputProblem problem);

    /** A table the input holds that is not read as a table to check (a data set's cover page), and why. */
    void skipped(dev.crossfoot.model.Skipped skipped);
}
