package dev.crossfoot.check;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * One instance of each equal value (a label, a cell's text, a JSON pointer, a section's path) among the
 * tables a run keeps for claims across documents: a company's filings repeat their labels, their
 * structure and many of their figures (last year's column is this year's comparative), so a run keeps
 * each once. Safe from any thread; emptied with the tables it serves.
 */
final class SharedValues implements UnaryOperator<Object> {

    /** No sharing: what a document's own claims use, for tables that go with the document. */
    static final UnaryOperator<Object> NONE = value -> value;

    private final ConcurrentHashMap<Object, Object> values = new ConcurrentHashMap<>();

    @Override
    public Object apply(Object value) {
        if (value == null) {
            return null;
        }
        // Most values are kept already (a company's filings repeat them): a look-up takes no lock, a put may.
        Object shared = values.get(value);
        if (shared != null) {
            return shared;
        }
        shared = values.putIfAbsent(value, value);
        return shared == null ? value : shared;
    }

    void clear() {
        values.clear();
    }
}
