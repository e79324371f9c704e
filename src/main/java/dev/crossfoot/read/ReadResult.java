package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Skipped;

import java.util.List;

/**
 * What reading one file gave: the documents it holds, the problems met on the way, and the tables it
 * holds that were not read for checking, each with its reason.
 */
public record ReadResult(List<Document> documents, List<InputProblem> problems, List<Skipped> skipped) {
    public ReadResult {
        documents = List.copyOf(documents);
        problems = List.copyOf(problems);
        skipped = List.copyOf(skipped);
    }

    public ReadResult(List<Document> documents, List<InputProblem> problems) {
        this(documents, problems, List.of());
    }

    public static ReadResult of(Document document) {
        return new ReadResult(List.of(document), List.of());
    }

    public static ReadResult failed(InputProblem problem) {
        return new ReadResult(List.of(), List.of(problem));
    }
}
