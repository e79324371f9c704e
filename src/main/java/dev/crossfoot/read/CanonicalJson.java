package dev.crossfoot.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Paragraph;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import dev.crossfoot.model.TotalPart;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds a document from one parsed crossfoot JSON object, as DESIGN.md defines it. Unknown
 * fields are ignored; a missing or mistyped required field is a {@link BadField} naming the JSON
 * Pointer and what was expected. Every cell keeps its own pointer as its location.
 */
final class CanonicalJson {

    /** A required field that is missing or of the wrong type, at a JSON Pointer. */
    static final class BadField extends Exception {
        private static final long serialVersionUID = 1L;
        private final String pointer;

        BadField(String pointer, String message) {
            super(message);
            this.pointer = pointer;
        }

        String pointer() {
            return pointer;
        }
    }

    private final String file;
    private final int line;

    /** {@code line} is the document's line in a JSON Lines file, 0 for a plain JSON file. */
    CanonicalJson(String file, int line) {
        this.file = file;
        this.line = line;
    }

    Document document(JsonNode root, String fallbackId) throws BadField {
        if (!root.isObject()) {
            throw new BadField("", "expected a JSON object with \"crossfoot\": 1, \"document\" and \"tables\"");
        }
        JsonNode version = root.get("crossfoot");
        if (version == null || !version.isNumber()) {
            throw new BadField("/crossfoot", "expected \"crossfoot\": 1 (the format version)");
        }
        if (version.asInt() != 1) {
            throw new BadField("/crossfoot", "unsupported format version " + version.asText() + " (this crossfoot reads version 1)");
        }
        JsonNode meta = root.path("document");
        if (!meta.isMissingNode() && !meta.isObject()) {
            throw new BadField("/document", "expected an object with id, entity, form, source");
        }
        String id = text(meta, "id", fallbackId);
        JsonNode tables = root.get("tables");
        if (tables == null || !tables.isArray()) {
            throw new BadField("/tables", "expected an array of tables");
        }
        List<Table> read = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            read.add(table(tables.get(t), "/tables/" + t, t));
        }
        return new Document(id, text(meta, "entity", ""), text(meta, "form", ""), text(meta, "source", ""), file, read,
                paragraphs(root));
    }

    /**
     * The document's prose: {@code "paragraphs"}, an array of strings or of {@code {"id", "text"}}
     * objects, and {@code "text"}, one string read as one passage. Each passage
     * is located by its JSON Pointer ({@code /paragraphs/3}, {@code /text}).
     */
    private List<Paragraph> paragraphs(JsonNode root) throws BadField {
        List<Paragraph> paragraphs = new ArrayList<>();
        JsonNode text = root.get("text");
        if (text != null && !text.isNull()) {
            if (!text.isTextual()) {
                throw new BadField("/text", "expected the document's text as a string");
            }
            paragraphs.add(Paragraph.at(text.asText(), location("/text")));
        }
        JsonNode list = root.get("paragraphs");
        if (list == null || list.isNull()) {
            return paragraphs;
        }
        if (!list.isArray()) {
            throw new BadField("/paragraphs", "expected an array of paragraphs: strings or {\"id\": …, \"text\": …}");
        }
        for (int p = 0; p < list.size(); p++) {
            JsonNode paragraph = list.get(p);
            String pointer = "/paragraphs/" + p;
            if (paragraph.isTextual()) {
                paragraphs.add(Paragraph.at(paragraph.asText(), location(pointer)));
            } else if (paragraph.isObject() && paragraph.path("text").isTextual()) {
                paragraphs.add(Paragraph.at(paragraph.get("text").asText(), location(pointer)));
            } else if (paragraph.isObject()) {
                throw new BadField(pointer + "/text", "expected the paragraph's text as a string");
            } else {
                throw new BadField(pointer, "expected a paragraph as a string or {\"id\": …, \"text\": …}");
            }
        }
        return paragraphs;
    }

    private Table table(JsonNode node, String pointer, int index) throws BadField {
        if (!node.isObject()) {
            throw new BadField(pointer, "expected a table object");
        }
        JsonNode columns = node.get("columns");
        List<String> headers = new ArrayList<>();
        if (columns != null) {
            if (!columns.isArray()) {
                throw new BadField(pointer + "/columns", "expected an array of column headers");
            }
            for (JsonNode column : columns) {
                headers.add(column.isTextual() ? column.asText() : column.toString());
            }
        }
        JsonNode rows = node.get("rows");
        if (rows == null || !rows.isArray()) {
            throw new BadField(pointer + "/rows", "expected an array of rows");
        }
        List<Row> read = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            read.add(row(rows.get(r), pointer + "/rows/" + r, r, rows.size()));
        }
        String id = text(node, "id", "table-" + (index + 1));
        return new Table(id, text(node, "title", ""), text(node, "unit", ""), text(node, "statement", null),
                headers, read, location(pointer));
    }

    private Row row(JsonNode node, String pointer, int index, int rowCount) throws BadField {
        if (!node.isObject()) {
            throw new BadField(pointer, "expected a row object with \"label\" and \"cells\"");
        }
        JsonNode label = node.get("label");
        if (label != null && !label.isTextual() && !label.isNull()) {
            throw new BadField(pointer + "/label", "expected the row label as a string");
        }
        Integer depth = null;
        JsonNode depthNode = node.get("depth");
        if (depthNode != null && !depthNode.isNull()) {
            if (!depthNode.canConvertToInt() || !depthNode.isIntegralNumber() || depthNode.asInt() < 0) {
                throw new BadField(pointer + "/depth", "expected a whole number 0 or more");
            }
            depth = depthNode.asInt();
        }
        List<Cell> cells = new ArrayList<>();
        JsonNode cellsNode = node.get("cells");
        if (cellsNode != null && !cellsNode.isNull()) {
            if (!cellsNode.isArray()) {
                throw new BadField(pointer + "/cells", "expected an array of cell texts");
            }
            for (int c = 0; c < cellsNode.size(); c++) {
                JsonNode cell = cellsNode.get(c);
                String text;
                if (cell.isNull()) {
                    // null: the line has no figure in this period in the pipeline's data, which is unknown, not blank.
                    cells.add(Cell.notGiven(location(pointer + "/cells/" + c)));
                    continue;
                }
                if (cell.isTextual()) {
                    text = cell.asText();
                } else if (cell.isNumber()) {
                    text = numberText(cell.decimalValue());
                } else {
                    throw new BadField(pointer + "/cells/" + c, "expected a cell as a string or a number");
                }
                cells.add(new Cell(text, location(pointer + "/cells/" + c)));
            }
        }
        return new Row(label == null || label.isNull() ? "" : label.asText(), depth, text(node, "concept", null),
                cells, location(pointer), totalOf(node.get("total_of"), pointer + "/total_of", index, rowCount),
                measure(node.get("measure"), pointer + "/measure"));
    }

    /** {@code "measure": "shares"}: what the row measures, when the pipeline knows it (money, per-share, shares, percent, pure). */
    private static Measure measure(JsonNode node, String pointer) throws BadField {
        if (node == null || node.isNull()) {
            return null;
        }
        Measure measure = node.isTextual() ? Measure.named(node.asText()) : null;
        if (measure == null) {
            throw new BadField(pointer, "expected the row's measure: \"money\", \"per-share\", \"shares\", \"percent\" or \"pure\"");
        }
        return measure;
    }

    /**
     * {@code "total_of": [1, 2, {"row": 3, "weight": -1}]}: the rows of the same table (by index,
     * from 0) a total adds, a bare index meaning weight 1; like an XBRL calculation arc.
     */
    private static List<TotalPart> totalOf(JsonNode node, String pointer, int index, int rowCount) throws BadField {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isArray() || node.isEmpty()) {
            throw new BadField(pointer, "expected an array of the rows this total adds: row indexes, or {\"row\": N, \"weight\": 1 or -1}");
        }
        List<TotalPart> parts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode part = node.get(i);
            JsonNode rowNode = part.isObject() ? part.get("row") : part;
            JsonNode weightNode = part.isObject() ? part.get("weight") : null;
            if (rowNode == null || !rowNode.isIntegralNumber() || !rowNode.canConvertToInt()) {
                throw new BadField(pointer + "/" + i, "expected a row index (a whole number) or {\"row\": N, \"weight\": 1 or -1}");
            }
            int row = rowNode.asInt();
            if (row < 0 || row >= rowCount || row == index) {
                throw new BadField(pointer + "/" + i, "row " + row + " is not another row of this table (it has "
                        + rowCount + " rows, numbered from 0)");
            }
            int weight = 1;
            if (weightNode != null && !weightNode.isNull()) {
                if (!weightNode.isIntegralNumber() || Math.abs(weightNode.asLong()) != 1) {
                    throw new BadField(pointer + "/" + i + "/weight", "expected 1 (added) or -1 (deducted)");
                }
                weight = weightNode.asInt();
            }
            parts.add(new TotalPart(row, weight));
        }
        return parts;
    }

    /**
     * A JSON number as the text of a cell: plain digits, unless that would be longer than a
     * number may be ({@code 1e999}, {@code 1e-99999}): then its short scientific form, which the
     * checks report as a malformed number instead of writing out a thousand digits.
     */
    static String numberText(java.math.BigDecimal number) {
        long plainLength = Math.max(number.precision(), Math.max((long) number.precision() - number.scale(), number.scale() + 1L));
        return plainLength > dev.crossfoot.understand.NumberParser.MAX_CHARS ? number.toString() : number.toPlainString();
    }

    /** How crossfoot's JSON readers parse: numbers exactly as written (no double to overflow), trailing zeros kept. */
    static com.fasterxml.jackson.databind.ObjectMapper mapper() {
        return com.fasterxml.jackson.databind.json.JsonMapper.builder()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .build();
    }

    private Location location(String pointer) {
        return new Location(file, line, pointer);
    }

    private static String text(JsonNode node, String field, String fallback) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? fallback : value.asText();
    }
}
