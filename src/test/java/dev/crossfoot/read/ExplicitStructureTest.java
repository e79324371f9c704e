package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.TotalPart;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("total_of: structure a pipeline states, like an XBRL calculation arc")
class ExplicitStructureTest {

    private static ReadResult read(String totalOf) {
        String json = """
            {"crossfoot": 1, "tables": [{"rows": [
              {"label": "Product", "cells": ["10"]},
              {"label": "Allowances", "cells": ["2"]},
              {"label": "Net", "cells": ["8"], "total_of": %s}]}]}
            """.formatted(totalOf);
        return new JsonReader().read(Path.of("t.json"), "t.json", json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void bareIndexesAddAndWeightsDeduct() {
        ReadResult result = read("[0, {\"row\": 1, \"weight\": -1}]");
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        assertEquals(List.of(new TotalPart(0, 1), new TotalPart(1, -1)),
                result.documents().get(0).tables().get(0).rows().get(2).totalOf());
    }

    @Test
    void aRowThatIsNotAnotherRowOfTheTableIsAnInputErrorAtItsPlace() {
        for (String bad : List.of("[0, 3]", "[2]", "[-1]", "[0, {\"row\": 1, \"weight\": 2}]", "[]", "\"0\"")) {
            ReadResult result = read(bad);
            assertEquals(1, result.problems().size(), bad);
            assertTrue(result.problems().get(0).location().toString().contains("/tables/0/rows/2/total_of"),
                    bad + ": " + result.problems().get(0));
        }
    }

    @Test
    void extractWritesItBack() throws Exception {
        Document document = read("[0, {\"row\": 1, \"weight\": -1}]").documents().get(0);
        StringWriter out = new StringWriter();
        new CanonicalJsonWriter().write(List.of(document), new java.io.PrintWriter(out));
        ReadResult back = new JsonReader().read(Path.of("t.json"), "t.json", out.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(document.tables().get(0).rows().get(2).totalOf(),
                back.documents().get(0).tables().get(0).rows().get(2).totalOf());
    }
}
