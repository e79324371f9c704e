package dev.crossfoot.model;

import java.util.List;

/**
 * One filing or extraction: the tables read from one input document, and the paragraphs of its
 * text outside the tables, where the figures the tables state are often stated again in words.
 */
public record Document(String id, String entity, String form, String source, String file, List<Table> tables,
                       List<Paragraph> paragraphs) {
    public Document {
        tables = List.copyOf(tables);
        paragraphs = List.copyOf(paragraphs);
    }

    /** A document whose input carries no text outside its tables (CSV, a data set). */
    public Document(String id, String entity, String form, String source, String file, List<Table> tables) {
        this(id, entity, form, source, file, tables, List.of());
    }
}
