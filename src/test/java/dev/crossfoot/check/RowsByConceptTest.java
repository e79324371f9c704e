package dev.crossfoot.check;

import dev.crossfoot.SharedData;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.Inputs;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table's rows of a concept, as the ties look them up ({@link DocumentTables#rowsOf}), are exactly the rows a walk of the
 * table finds with that concept, in the table's order — the concept of no row and no concept (null) included: the rows a
 * tie to a labelled row searches are those. Every statement of the Sonus fixtures and the earnings releases.
 */
class RowsByConceptTest {

    @Test
    void aConceptsRowsAreTheRowsAWalkFinds() throws Exception {
        Checker checker = new Checker(RuleBook.builtIn());
        int tables = 0;
        int rows = 0;
        for (Document document : Inputs.standard().readAll(List.of(Path.of("fixtures/sonus-2007-late-filing"),
                Path.of("fixtures/sonus-2011q3"), SharedData.require("corpus/earnings-releases"))).documents()) {
            for (StatementTable table : checker.check(document).statements()) {
                Set<String> concepts = new LinkedHashSet<>();
                concepts.add(null);
                concepts.add("no_such_concept");
                table.rows().forEach(row -> concepts.add(row.concept()));
                for (String concept : concepts) {
                    List<StatementRow> walked = new ArrayList<>();
                    for (StatementRow row : table.rows()) {
                        if (Objects.equals(row.concept(), concept)) {
                            walked.add(row);
                        }
                    }
                    List<StatementRow> looked = DocumentTables.rowsOf(table, concept);
                    assertEquals(walked.size(), looked.size(), () -> table.id() + " " + concept);
                    for (int i = 0; i < walked.size(); i++) {
                        assertTrue(walked.get(i) == looked.get(i), table.id() + " " + concept + " row " + i);
                    }
                    rows += walked.size();
                }
                tables++;
            }
        }
        assertTrue(tables >= 50, "tables: " + tables);
        assertTrue(rows >= 1_000, "rows: " + rows);
    }

    /** Asked of a document's tables in turn, each question about another table than the last: each table's own rows. */
    @Test
    void aConceptsRowsAreTheTablesOwnWhenTablesAreAskedInTurn() throws Exception {
        Checker checker = new Checker(RuleBook.builtIn());
        int asked = 0;
        for (Document document : Inputs.standard().readAll(List.of(Path.of("fixtures/sonus-2011q3"))).documents()) {
            List<StatementTable> tables = checker.check(document).statements();
            Set<String> concepts = new LinkedHashSet<>();
            tables.forEach(table -> table.rows().forEach(row -> concepts.add(row.concept())));
            for (String concept : concepts) {
                for (int round = 0; round < 2; round++) {
                    for (StatementTable table : tables) {
                        List<StatementRow> walked = table.rows().stream().filter(row -> Objects.equals(row.concept(), concept)).toList();
                        List<StatementRow> looked = DocumentTables.rowsOf(table, concept);
                        assertEquals(walked.size(), looked.size(), () -> table.id() + " " + concept);
                        for (int i = 0; i < walked.size(); i++) {
                            assertTrue(walked.get(i) == looked.get(i), table.id() + " " + concept + " row " + i);
                        }
                        asked++;
                    }
                }
            }
        }
        assertTrue(asked >= 500, "asked: " + asked);
    }
}
