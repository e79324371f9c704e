package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Label("The JSON readers")
class JsonReaderProperties {

    private static final Path FILE = Path.of("input.json");

    @Property(tries = 500)
    @Label("never throw on arbitrary bytes: they give a document or an input problem")
    void neverThrowOnArbitraryBytes(@ForAll byte[] bytes) {
        ReadResult result = new JsonReader().read(FILE, "input.json", bytes);
        assertTrue(!result.documents().isEmpty() || !result.problems().isEmpty());
        ReadResult lines = new JsonLinesReader().read(Path.of("input.jsonl"), "input.jsonl", bytes);
        assertTrue(lines.problems().stream().allMatch(problem -> problem.location().file().equals("input.jsonl")));
    }

    @Property(tries = 500)
    @Label("never throw on JSON of the wrong shape")
    void neverThrowOnWrongShapes(@ForAll("wrongShapes") String json) {
        ReadResult result = new JsonReader().read(FILE, "input.json", json.getBytes(StandardCharsets.UTF_8));
        assertFalse(result.problems().isEmpty(), json);
        assertTrue(result.problems().get(0).message().startsWith("at /"), result.problems().get(0).message());
    }

    @Provide
    Arbitrary<String> wrongShapes() {
        Arbitrary<String> value = Arbitraries.of("1", "\"x\"", "[]", "{}", "null", "true", "[1, {}]", "{\"label\": 3}", "-1");
        return Combinators.combine(Arbitraries.of("crossfoot", "document", "tables", "rows", "cells", "depth", "label"), value)
                .as((field, v) -> switch (field) {
                    case "crossfoot" -> "{\"crossfoot\": " + (v.equals("1") ? "2" : v) + ", \"tables\": []}";
                    case "document" -> "{\"crossfoot\": 1, \"document\": " + (v.startsWith("{") ? "3" : v) + ", \"tables\": []}";
                    case "tables" -> "{\"crossfoot\": 1, \"tables\": " + (v.equals("[]") ? "{}" : v) + "}";
                    case "rows" -> "{\"crossfoot\": 1, \"tables\": [{\"rows\": " + (v.equals("[]") ? "3" : v) + "}]}";
                    case "cells" -> "{\"crossfoot\": 1, \"tables\": [{\"rows\": [{\"label\": \"a\", \"cells\": "
                            + (v.equals("[]") || v.equals("null") ? "[{}]" : v) + "}]}]}";
                    case "depth" -> "{\"crossfoot\": 1, \"tables\": [{\"rows\": [{\"label\": \"a\", \"depth\": "
                            + (v.equals("1") || v.equals("null") ? "-2" : v) + "}]}]}";
                    default -> "{\"crossfoot\": 1, \"tables\": [{\"rows\": [{\"label\": " + (v.equals("\"x\"") || v.equals("null") ? "[]" : v) + "}]}]}";
                });
    }

    @Property(tries = 200)
    @Label("writing a document as canonical JSON and reading it back gives the same tables")
    void writeThenReadIsIdentity(@ForAll("documents") Document document) throws IOException {
        StringWriter out = new StringWriter();
        new CanonicalJsonWriter().write(List.of(document), out);
        ReadResult back = new JsonReader().read(FILE, "input.json", out.toString().getBytes(StandardCharsets.UTF_8));
        assertTrue(back.problems().isEmpty(), back.problems().toString());
        List<Table> tables = back.documents().get(0).tables();
        assertEquals(document.tables().size(), tables.size());
        for (int t = 0; t < tables.size(); t++) {
            Table expected = document.tables().get(t);
            Table actual = tables.get(t);
            assertEquals(expected.title(), actual.title());
            assertEquals(expected.unit(), actual.unit());
            assertEquals(expected.columns(), actual.columns());
            assertEquals(expected.rows().size(), actual.rows().size());
            for (int r = 0; r < actual.rows().size(); r++) {
                Row want = expected.rows().get(r);
                Row got = actual.rows().get(r);
                assertEquals(want.label(), got.label());
                assertEquals(want.depth(), got.depth());
                assertEquals(want.cells().stream().map(Cell::text).toList(), got.cells().stream().map(Cell::text).toList());
            }
        }
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(12);
        Arbitrary<Row> row = Combinators.combine(text, Arbitraries.integers().between(0, 3).injectNull(0.3),
                text.map(t -> new Cell(t, null)).list().ofMaxSize(4))
                .as((label, depth, cells) -> new Row(label, depth, null, cells, null));
        Arbitrary<Table> table = Combinators.combine(text, text, text.list().ofMaxSize(4), row.list().ofMaxSize(8))
                .as((title, unit, columns, rows) -> new Table("t", title, unit, null, columns, rows, null));
        return table.list().ofMinSize(1).ofMaxSize(3)
                .map(tables -> new Document("d", "", "", "", "input.json", tables));
    }
}
