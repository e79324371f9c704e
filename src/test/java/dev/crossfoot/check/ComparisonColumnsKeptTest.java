package dev.crossfoot.check;

import dev.crossfoot.SharedData;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.understand.Lexicon;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table's comparing columns ({@link ComparisonColumns#contains}) are kept for each table of the document asked about
 * last: asked of a document's tables in turn, and of two documents' tables alternately, every column of every table
 * answers as the table's columns worked out afresh. The Sonus filings and the earnings releases, with comparing
 * columns ("% of revenue", "Change") among their tables.
 */
class ComparisonColumnsKeptTest {

    @Test
    void everyColumnAnswersAsWorkedOutAfreshWhateverTableWasAskedBefore() throws Exception {
        RuleBook book = RuleBook.builtIn();
        Checker checker = new Checker(book);
        List<List<StatementTable>> documents = new ArrayList<>();
        for (Document document : Inputs.standard().readAll(List.of(Path.of("fixtures/sonus-2007-late-filing"),
                Path.of("fixtures/sonus-2011q3"), SharedData.require("corpus/earnings-releases"))).documents()) {
            documents.add(checker.check(document).statements());
        }
        int asked = 0;
        int comparing = 0;
        try (Lexicon.Scope scope = Lexicon.use(book.lexicon())) {
            for (int d = 0; d < documents.size(); d++) {
                // Each document's tables in turn, twice, and between them the next document's: the kept columns of
                // one document are never another's.
                List<StatementTable> next = documents.get((d + 1) % documents.size());
                for (int round = 0; round < 2; round++) {
                    for (StatementTable table : documents.get(d)) {
                        java.util.BitSet fresh = ComparisonColumns.scan(table);
                        for (int c = 0; c < table.width(); c++) {
                            assertEquals(fresh.get(c), ComparisonColumns.contains(table, c), table.id() + " column " + c);
                            asked++;
                            comparing += fresh.get(c) ? 1 : 0;
                        }
                        if (!next.isEmpty()) {
                            StatementTable other = next.get(asked % next.size());
                            assertEquals(ComparisonColumns.scan(other).get(0), ComparisonColumns.contains(other, 0), other.id());
                        }
                    }
                }
            }
        }
        assertTrue(asked >= 500 && comparing >= 10, asked + " columns asked, " + comparing + " comparing");
    }
}
