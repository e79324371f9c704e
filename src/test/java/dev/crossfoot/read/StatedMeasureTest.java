package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.TableAnalyzer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("measure: what a row measures, stated by a pipeline that knows its unit")
class StatedMeasureTest {

    private static ReadResult read(String measure) {
        String json = """
            {"crossfoot": 1, "tables": [{"unit": "in millions", "rows": [
              {"label": "Beginning balance", "cells": ["5,000"]},
              {"label": "Beginning balance, shares", "cells": ["100"], "measure": %s},
              {"label": "Net income", "cells": ["200"]}]}]}
            """.formatted(measure);
        return new JsonReader().read(Path.of("t.json"), "t.json", json.getBytes(StandardCharsets.UTF_8));
    }

    private static StatementTable analyzed(String measure) {
        Document document = read(measure).documents().get(0);
        return new TableAnalyzer(dev.crossfoot.understand.ConceptDictionary.empty()).analyze(document, document.tables().get(0), 0);
    }

    @Test
    void aStatedMeasureIsReadAndWrittenBack() throws Exception {
        ReadResult result = read("\"shares\"");
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Document document = result.documents().get(0);
        List<Row> rows = document.tables().get(0).rows();
        assertEquals(Measure.SHARES, rows.get(1).measure());
        assertNull(rows.get(0).measure(), "not stated: inferred later");
        StringWriter out = new StringWriter();
        new CanonicalJsonWriter().write(List.of(document), new java.io.PrintWriter(out));
        assertTrue(out.toString().contains("\"measure\" : \"shares\""), out.toString());
        ReadResult back = new JsonReader().read(Path.of("t.json"), "t.json", out.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(Measure.SHARES, back.documents().get(0).tables().get(0).rows().get(1).measure());
    }

    @Test
    void theStatedMeasureDecidesOverTheLabel() {
        for (String stated : List.of("\"per-share\"", "\"per_share\"")) {
            StatementTable table = analyzed(stated);
            assertEquals(Measure.PER_SHARE, table.rows().get(1).measure(), stated);
        }
        StatementTable money = analyzed("\"money\"");
        assertEquals(Measure.MONEY, money.rows().get(1).measure(), "the label says shares, the input says money");
    }

    @Test
    void aMeasureThatIsNoneIsAnInputErrorAtItsPlace() {
        for (String bad : List.of("\"dollars\"", "3", "[]")) {
            ReadResult result = read(bad);
            assertEquals(1, result.problems().size(), bad);
            assertTrue(result.problems().get(0).location().toString().contains("/tables/0/rows/1/measure"),
                    bad + ": " + result.problems().get(0));
        }
    }
}
