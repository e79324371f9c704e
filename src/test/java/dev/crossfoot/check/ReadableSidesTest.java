package dev.crossfoot.check;

import dev.crossfoot.model.Document;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a check's cells are all readable numbers is asked of its sides ({@link BoundExpr#readable}) without listing
 * them: it says what a look at each of its terms says, for every check of the checked fixtures (the fixtures' malformed,
 * missing and unreadable cells among them, in sums, ties and ratios).
 */
class ReadableSidesTest {

    @Test
    void aCheckIsReadableWhereEachOfItsTermsIs() throws Exception {
        Checker checker = new Checker(RuleBook.builtIn());
        int checks = 0;
        int unreadable = 0;
        for (Document document : CheckedFixtures.documents()) {
            for (EvaluatedCheck check : checker.check(document).checks()) {
                boolean eachTerm = check.terms().stream().allMatch(Term::readable);
                assertEquals(eachTerm, check.readable(), document.file() + " " + check.table().id() + " " + check.rule().id()
                        + " column " + check.column());
                if (check.expected() != null) {
                    java.util.List<Term> sideTerms = new java.util.ArrayList<>();
                    check.expected().collectTerms(sideTerms);
                    assertEquals(sideTerms.stream().allMatch(Term::readable), check.expected().readable());
                }
                checks++;
                unreadable += eachTerm ? 0 : 1;
            }
        }
        // Both sides occur: checks with a cell that is no readable number, and the many without.
        assertTrue(checks > 5_000 && unreadable >= 20, checks + " checks, " + unreadable + " with an unreadable cell");
    }
}
