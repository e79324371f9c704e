package dev.crossfoot.read;

import dev.crossfoot.model.Document;

import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything handed to it: for callers that want a whole {@link ReadResult}, not a stream. */
final class CollectedDocuments implements DocumentSink {

    private final List<Document> documents = new ArrayList<>();
    private final List<InputProblem> problems = new ArrayList<>();
    private final List<dev.crossfoot.model.Skipped> skipped = new ArrayList<>();

    @Override
    public void document(Document document) {
        documents.add(document);
    }

    @Override
    public void problem(InputProblem problem) {
        problems.add(problem);
    }

    @Override
    public void skipped(dev.crossfoot.model.Skipped table) {
        skipped.add(table);
    }

    ReadResult result() {
        return new ReadResult(documents, problems, skipped);
    }
}
