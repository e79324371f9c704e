package dev.crossfoot.model;

import java.util.List;

/** One filing or extraction: the tables read from one input document. */
public record Document(String id, String entity, String form, String source, String file, List<Table> tables) {
    public Document {
        tables = List.copyOf(tables);
    }
}
