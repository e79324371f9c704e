package dev.crossfoot.diagnose;

import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.model.Suggestion;

import java.util.List;
import java.util.Map;

/** For the failing checks of one document: which cell is most likely wrong, and what it should be. */
public final class Diagnosis {

    private final Map<EvaluatedCheck, Suggestion> suggestions;

    private Diagnosis(Map<EvaluatedCheck, Suggestion> suggestions) {
        this.suggestions = suggestions;
    }

    public static Diagnosis of(List<EvaluatedCheck> checks) {
        return new Diagnosis(Map.of());
    }

    /** The suggestion for each failed check that has one. */
    public Map<EvaluatedCheck, Suggestion> suggestions() {
        return suggestions;
    }
}
