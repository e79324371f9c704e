package dev.crossfoot.check;

import dev.crossfoot.model.Document;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The law of taking a rule's checks under a convention already tried ({@code ConceptRules.checkWith}): a rule's
 * evaluation depends on the table's convention only through the questions it asks of it (a concept's sign, the
 * share unit, the deductions' sign, which of several rows), so a convention that answers those as an earlier one
 * did gets the earlier checks, and one that answers any of them otherwise is evaluated afresh. Likewise a
 * presentation of income effects that gives every run of lines an earlier evaluation asked about the same effects
 * is not evaluated ({@code ConceptRules.ruleChecks}): it could not hold in more columns. Every fixture case,
 * both Sonus filings, the FSDS fixtures and the earnings releases check to the same checks, in the same order,
 * with and without it.
 */
class RulesRememberedTest {

    private static final RuleBook BOOK = RuleBook.builtIn();

    @Test
    void everyDocumentChecksAlikeWithAndWithoutRulesRemembered() throws Exception {
        Checker remembering = new Checker(BOOK);
        Checker afresh = new Checker(BOOK, false);
        int documents = 0;
        int checks = 0;
        for (Document document : CheckedFixtures.documents()) {
            List<String> fresh = described(afresh.check(document).checks());
            List<String> remembered = described(remembering.check(document).checks());
            for (int i = 0; i < Math.min(fresh.size(), remembered.size()); i++) {
                assertEquals(fresh.get(i), remembered.get(i), document.file() + " " + document.id() + ", check " + i);
            }
            assertEquals(fresh.size(), remembered.size(), document.file() + " " + document.id());
            documents++;
            checks += fresh.size();
        }
        assertTrue(documents > 250 && checks > 5_000, documents + " documents, " + checks + " checks");
    }

    /** Everything a check says: which rule, table and column, its outcome and why, its sides and the reading it was read under. */
    static List<String> described(List<EvaluatedCheck> checks) {
        List<String> described = new ArrayList<>();
        for (EvaluatedCheck check : checks) {
            described.add(check.rule().id() + " | " + check.table().id() + " | " + check.column() + " | " + check.status()
                    + " | " + check.detail() + " | " + (check.reported() == null ? "-" : check.reported().key() + " "
                    + check.reported().amount()) + " | " + (check.expected() == null ? "-" : check.expected().render())
                    + " | " + check.identity() + " | " + (check.reading() == null ? "-" : check.reading().summary())
                    + " | " + check.excuses());
        }
        return described;
    }
}
