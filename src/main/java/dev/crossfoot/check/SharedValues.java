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

    /**
     * {@code value} as {@code shared} keeps it, taking {@code before} where it is equal: the value a table kept before
     * holds at the same place (the same company's last filing, a JSON pointer of every document), which {@code shared}
     * gave then. Comparing the two spares hashing a value read afresh (a JSON pointer of each cell was hashed only here)
     * and looking it up among all those the run keeps.
     */
    static Object like(Object before, Object value, UnaryOperator<Object> shared) {
        return before != null && before.equals(value) ? before : shared.apply(value);
    }

    void clear() {
        values.clear();
    }
}
