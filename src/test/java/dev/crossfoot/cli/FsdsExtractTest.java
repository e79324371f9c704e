package dev.crossfoot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code crossfoot extract} of an SEC Financial Statement Data Set (issue 11): canonical JSON Lines, one filing
 * a line, each row's measure stated and a line with no value in num.txt unknown ({@code null}), which checked
 * again gives the statements' findings of the data set itself.
 */
class FsdsExtractTest {

    private static final String DATA = "fixtures/fsds/layout-2009/data";

    @TempDir
    Path temp;

    @Test
    void aQuarterIsWrittenAsOneJsonLinePerFilingThatChecksTheSame() throws Exception {
        Cli extract = Cli.run("extract", DATA);
        assertEquals(0, extract.exit(), extract.err());
        List<String> lines = extract.out().lines().toList();
        ObjectMapper json = new ObjectMapper();
        List<String> ids = new ArrayList<>();
        for (String line : lines) {
            ids.add(json.readTree(line).path("document").path("id").asText());
        }
        assertEquals(List.of("0000000001-09-000001", "0000000002-09-000002"), ids);

        JsonNode acme = json.readTree(lines.get(0));
        JsonNode shares = row(acme, "R4", "Weighted average shares outstanding, basic");
        assertEquals("shares", shares.path("measure").asText(), "stated from num.txt's uom, not guessed from the label");
        JsonNode commitments = row(acme, "R2", "Commitments and contingencies");
        assertTrue(commitments.path("cells").get(0).isNull() && commitments.path("cells").get(1).isNull(),
                () -> "no value in num.txt: unknown, " + commitments);

        Path extracted = Files.writeString(temp.resolve("2009.jsonl"), extract.out());
        assertEquals(statementErrors(Path.of(DATA)), statementErrors(extracted));
    }

    /** The rules of the error findings on the statements' values (the data set's own input findings left aside). */
    private static List<String> statementErrors(Path input) throws Exception {
        List<String> rules = new ArrayList<>();
        for (Finding finding : Crossfoot.standard().check(List.of(input)).findings()) {
            if (finding.severity() == Severity.ERROR && !finding.rule().equals("INPUT.unreadable-document")) {
                rules.add(finding.rule());
            }
        }
        return rules.stream().sorted().toList();
    }

    private static JsonNode row(JsonNode document, String table, String label) {
        for (JsonNode each : document.path("tables")) {
            if (each.path("id").asText().equals(table)) {
                for (JsonNode row : each.path("rows")) {
                    if (row.path("label").asText().equals(label)) {
                        return row;
                    }
                }
            }
        }
        throw new AssertionError("no row '" + label + "' in " + table);
    }
}
