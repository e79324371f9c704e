package dev.crossfoot.check;

import dev.crossfoot.model.Document;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The law of leaving out the readings of an identity with the lines a table shows between its rows where the identity
 * as written fails in no column ({@code ConceptRules.evaluate}): such a reading adds cells to the same side column by
 * column, so it holds in no more columns than the identity that fails nowhere, and its checks only matter beside a
 * failure. Every fixture document as read, and with a digit changed in one cell of each table (what makes identities
 * fail, and the readings be worked out), checks to the same checks, in the same order, with the readings always
 * evaluated and only where needed.
 */
@Label("The readings with lines shown are evaluated only beside a failure, to the same checks")
class ShownReadingsProperties {

    private static final RuleBook BOOK = RuleBook.builtIn();
    private static final List<Document> DOCUMENTS = read();
    private static final Checker WHERE_NEEDED = new Checker(BOOK);
    private static final Checker ALWAYS = new Checker(BOOK, true, true, false);

    private static List<Document> read() {
        try {
            return CheckedFixtures.documents();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 150)
    @Label("a document with a digit changed in each table checks alike")
    void aDocumentWithADigitChangedChecksAlike(@ForAll("documents") int index, @ForAll long seed) {
        Document changed = CheckedFixtures.withDigitChanged(DOCUMENTS.get(index), new Random(seed));
        assertAlike(changed);
    }

    @Example
    @Label("every fixture document as read checks alike")
    void everyDocumentAsReadChecksAlike() {
        int checks = 0;
        for (Document document : DOCUMENTS) {
            checks += assertAlike(document);
        }
        assertTrue(DOCUMENTS.size() > 250 && checks > 5_000, DOCUMENTS.size() + " documents, " + checks + " checks");
    }

    @Provide
    Arbitrary<Integer> documents() {
        return Arbitraries.integers().between(0, DOCUMENTS.size() - 1);
    }

    private static int assertAlike(Document document) {
        List<String> always = RulesRememberedTest.described(ALWAYS.check(document).checks());
        List<String> whereNeeded = RulesRememberedTest.described(WHERE_NEEDED.check(document).checks());
        for (int i = 0; i < Math.min(always.size(), whereNeeded.size()); i++) {
            assertEquals(always.get(i), whereNeeded.get(i), document.file() + " " + document.id() + ", check " + i);
        }
        assertEquals(always.size(), whereNeeded.size(), document.file() + " " + document.id());
        return always.size();
    }
}
