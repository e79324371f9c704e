package dev.crossfoot.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes documents in the canonical crossfoot JSON that {@link JsonReader} reads: the inverse of
 * reading, so that extract-then-check sees exactly the same tables.
 */
public final class CanonicalJsonWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One document as an indented JSON object; several as JSON Lines, one per line. */
    public void write(List<Document> documents, Writer out) throws IOException {
        if (documents.size() == 1) {
            out.write(JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(toJson(documents.get(0))));
            out.write(System.lineSeparator());
            return;
        }
        for (Document document : documents) {
            writeLine(document, out);
        }
    }

    /** One document as one line of a JSON Lines dataset. */
    public void writeLine(Document document, Writer out) throws IOException {
        out.write(JSON.writeValueAsString(toJson(document)));
        out.write("\n");
    }

    public ObjectNode toJson(Document document) {
        ObjectNode root = JSON.createObjectNode();
        root.put("crossfoot", 1);
        ObjectNode meta = root.putObject("document");
        meta.put("id", document.id());
        meta.put("entity", document.entity());
        meta.put("form", document.form());
        meta.put("source", document.source().isEmpty() ? document.file() : document.source());
        ArrayNode tables = root.putArray("tables");
        for (Table table : document.tables()) {
            ObjectNode node = tables.addObject();
            node.put("id", table.id());
            node.put("title", table.title());
            node.put("unit", table.unit());
            if (table.statement() != null) {
                node.put("statement", table.statement());
            }
            ArrayNode columns = node.putArray("columns");
            table.columns().forEach(columns::add);
            ArrayNode rows = node.putArray("rows");
            for (Row row : table.rows()) {
                ObjectNode r = rows.addObject();
                r.put("label", row.label());
                if (row.depth() != null) {
                    r.put("depth", row.depth());
                }
                if (row.totalOf() != null) {
                    ArrayNode parts = r.putArray("total_of");
                    row.totalOf().forEach(part -> parts.addObject().put("row", part.row()).put("weight", part.weight()));
                }
                if (row.concept() != null) {
                    r.put("concept", row.concept());
                }
                if (row.measure() != null) {
                    r.put("measure", row.measure().label());
                }
                if (row.hasCells()) {
                    ArrayNode cells = r.putArray("cells");
                    for (Cell cell : row.cells()) {
                        if (cell.notGiven()) {
                            cells.addNull();
                        } else {
                            cells.add(cell.text());
                        }
                    }
                }
            }
        }
        if (!document.paragraphs().isEmpty()) {
            ArrayNode paragraphs = root.putArray("paragraphs");
            document.paragraphs().forEach(paragraph -> paragraphs.add(paragraph.text()));
        }
        return root;
    }
}
