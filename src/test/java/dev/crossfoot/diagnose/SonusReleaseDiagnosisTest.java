package dev.crossfoot.diagnose;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Suggestion;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@DisplayName("On the Sonus release, diagnosis names the misread cell, its value as filed, and the slip")
class SonusReleaseDiagnosisTest {

    private static final Path CLEAN = Path.of("fixtures/sonus-2011q3/sonus-2011q3-release.json");

    private static CheckRun withCell(int table, int row, int column, String text) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode document = (ObjectNode) json.readTree(CLEAN.toFile());
        ArrayNode cells = (ArrayNode) document.at("/tables/" + table + "/rows/" + row + "/cells");
        cells.set(column, json.getNodeFactory().textNode(text));
        return Documents.check(json.writeValueAsString(document));
    }

    @Test
    void basicLossPerShareReadBackwardsIsRepairedAsCharactersReversed() throws IOException {
        // ops-q, Basic loss per share, three months ended September 30, 2010: $ (0.08)
        CheckRun run = withCell(0, 26, 2, "$ (80.0)");

        List<Suggestion> suggestions = Documents.suggestions(run);
        assertEquals(1, suggestions.size(), suggestions.toString());
        assertEquals("(0.08)", suggestions.get(0).value());
        assertEquals("characters reversed", suggestions.get(0).cause());
        assertEquals("$ (80.0)", suggestions.get(0).cell().text());
    }

    @Test
    void aSupplementalTotalWithASixReadAsZeroIsRepairedAsOcrConfusion() throws IOException {
        // supp-q, Total stock-based compensation, three months ended September 30, 2011: $ 2,067
        CheckRun run = withCell(4, 8, 0, "$ 2,007");

        // The total fails its footing and its tie to the reconciliation: both blame the total.
        List<Suggestion> suggestions = Documents.suggestions(run);
        assertFalse(suggestions.isEmpty());
        for (Suggestion suggestion : suggestions) {
            assertEquals("2,067", suggestion.value());
            assertEquals("OCR confusion", suggestion.cause());
            assertEquals("Total stock-based compensation", suggestion.cell().row());
        }
    }
}
