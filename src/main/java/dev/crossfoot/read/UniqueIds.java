package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes the ids of one run unique, as every report needs them (an HTML element id, a JUnit test
 * suite, a baseline key): a document whose id an earlier one already has is told apart by its
 * file ({@code x (b/x.csv)}), then by a number; a table id repeated within a document gets
 * {@code -2}, {@code -3}. Ids that are already unique are kept as they are.
 */
public final class UniqueIds {

    private final Set<String> documents = new HashSet<>();

    public Document distinct(Document document) {
        return withId(withDistinctTables(document), documentId(document));
    }

    /**
     * The document's id made unique among those of the run so far, and taken: the same as
     * {@link #distinct}'s, for a document whose tables were made distinct apart (on another thread).
     */
    public String documentId(Document document) {
        String id = document.id();
        if (!documents.add(id)) {
            id = document.id() + " (" + document.file() + ")";
            for (int n = 2; !documents.add(id); n++) {
                id = document.id() + " (" + document.file() + ") " + n;
            }
        }
        return id;
    }

    /** The document with its table ids made unique within it: needs nothing of the run. */
    public static Document withDistinctTables(Document document) {
        List<Table> tables = distinctTables(document.tables());
        return tables == document.tables() ? document : new Document(document.id(), document.entity(), document.form(),
                document.source(), document.file(), tables, document.paragraphs());
    }

    /** The document under another id (the same document when the id is its own). */
    public static Document withId(Document document, String id) {
        return id.equals(document.id()) ? document : new Document(id, document.entity(), document.form(), document.source(),
                document.file(), document.tables(), document.paragraphs());
    }

    private static List<Table> distinctTables(List<Table> tables) {
        Set<String> seen = new HashSet<>();
        boolean repeated = false;
        for (Table table : tables) {
            repeated |= !seen.add(table.id());
        }
        if (!repeated) {
            return tables;
        }
        Set<String> used = new HashSet<>(seen);
        Set<String> given = new HashSet<>();
        List<Table> renamed = new ArrayList<>();
        for (Table table : tables) {
            String id = table.id();
            if (!given.add(id)) {
                for (int n = 2; used.contains(id); n++) {
                    id = table.id() + "-" + n;
                }
                used.add(id);
                given.add(id);
            }
            renamed.add(id.equals(table.id()) ? table
                    : new Table(id, table.title(), table.unit(), table.statement(), table.columns(), table.rows(), table.location()));
        }
        return renamed;
    }
}
