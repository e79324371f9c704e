package dev.crossfoot.check;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rule's concepts with the signs its identity adds and subtracts them with, worked out once per rule of a book. */
class SignedRefsTest {

    private static Rule rule(String identity) {
        return RuleParser.parse("x.rules", "rule A \"a\"\n  " + identity + "\n").get(0);
    }

    /** The concepts and signs in the order the identity names them. */
    private static Map<String, Integer> signs(ConceptRules.SignedRefs refs) {
        Map<String, Integer> signs = new LinkedHashMap<>();
        refs.signs().forEach((ref, sign) -> signs.put(ref.concept(), sign));
        return signs;
    }

    @Test
    void eachConceptTakesTheSignItIsAddedOrSubtractedWith() {
        ConceptRules.SignedRefs refs = ConceptRules.SignedRefs.of(rule("total = a - b + c? - (d - e)"));
        assertEquals("total", refs.left().concept());
        assertEquals(Map.of("a", 1, "b", -1, "c", 1, "d", -1, "e", 1), signs(refs));
        assertEquals(List.of("a", "b", "c", "d", "e"), new ArrayList<>(signs(refs).keySet()));
        assertEquals(List.copyOf(refs.signs().keySet()), refs.items());
        assertThrows(UnsupportedOperationException.class, () -> refs.signs().clear());
    }

    @Test
    void anIdentityThatDoesMoreThanAddAndSubtractItsOwnConceptsHasNone() {
        assertNull(ConceptRules.SignedRefs.of(rule("eps = net_income / shares")));
        assertNull(ConceptRules.SignedRefs.of(rule("total = a + cash_flow:b")));
        assertNull(ConceptRules.SignedRefs.of(rule("total = a + between(b, c)")));
    }

    /** The book's rules are asked of their memo; each answers as working it out afresh does. */
    @Test
    void theBooksRulesAnswerAsWorkedOutAfresh() {
        List<Rule> rules = RuleBook.builtIn().rules().stream().filter(rule -> !rule.isStructural()).toList();
        ConceptRules concepts = new ConceptRules(rules, RuleBook.builtIn().concepts());
        int signed = 0;
        for (Rule rule : rules) {
            ConceptRules.SignedRefs afresh = ConceptRules.SignedRefs.of(rule);
            ConceptRules.SignedRefs kept = concepts.signedRefs(rule);
            assertEquals(afresh, kept, rule.id());
            assertSame(kept, concepts.signedRefs(rule), rule.id());
            signed += kept == null ? 0 : 1;
        }
        assertTrue(signed >= 5, signed + " rules only add and subtract");
    }
}
