package dev.crossfoot.read;

import dev.crossfoot.model.Document;

import java.util.List;

/** What reading one file gave: the documents it holds and the problems met on the way. */
public record ReadResult(List<Document> documents, List<InputProblem> problems) {
    public ReadResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
    }

    public static ReadResult of(Document document) {
        return new ReadResult(List.of(document), List.of());
    }

    public static ReadResult failed(InputProblem problem) {
        return new ReadResult(List.of(), List.of(problem));
    }
}
