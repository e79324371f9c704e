package dev.crossfoot.check;

import dev.crossfoot.model.RuleInfo;
import dev.crossfoot.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A book's catalogue is made once and kept ({@link RuleBook#catalogue}): it must be what describing the book's rules
 * afresh gives, each book its own (a changed or removed rule is not the parent book's description), and not something a
 * caller can change under the next run's feet.
 */
class RuleBookCatalogueTest {

    /** The catalogue as it was made before it was kept: each rule's info, then the input's problems. */
    private static List<RuleInfo> afresh(RuleBook book) {
        List<RuleInfo> infos = new ArrayList<>();
        for (Rule rule : book.rules()) {
            infos.add(rule.info());
        }
        infos.addAll(InputRules.catalogue());
        return infos;
    }

    @Test
    void theBuiltInCatalogueIsEachRulesDescriptionThenTheInputsOwn() {
        RuleBook book = RuleBook.builtIn();
        List<RuleInfo> kept = book.catalogue();
        assertEquals(afresh(book), kept);
        assertEquals(book.describe(), kept);
        assertSame(kept, book.catalogue(), "asked twice, the same list");
        assertTrue(kept.size() > InputRules.catalogue().size(), "the built-in rules are in it");
    }

    @Test
    void aChangedBookDescribesItsOwnRulesNotItsParents() {
        RuleBook parent = RuleBook.builtIn();
        List<RuleInfo> before = parent.catalogue();
        Rule rule = parent.rules().get(0);
        Severity other = rule.severity() == Severity.ERROR ? Severity.WARNING : Severity.ERROR;
        Rule changed = new Rule(rule.id(), rule.sentence(), rule.scope(), rule.left(), rule.right(), rule.structure(),
                other, rule.tolerance(), rule.help(), rule.file(), rule.line(), rule.leniences(), rule.unlessThrough(),
                rule.unlessShown());
        RuleBook changedBook = parent.with(changed);
        assertEquals(afresh(changedBook), changedBook.catalogue());
        assertEquals(other, changedBook.catalogue().get(0).severity());
        assertEquals(rule.severity(), parent.catalogue().get(0).severity(), "the parent's kept catalogue is untouched");
        assertSame(before, parent.catalogue());

        RuleBook fewer = parent.without(rule.id());
        assertEquals(afresh(fewer), fewer.catalogue());
        assertFalse(fewer.catalogue().stream().anyMatch(info -> info.id().equals(rule.id())));
        assertEquals(before.size() - 1, fewer.catalogue().size());
    }

    @Test
    void theKeptCatalogueCannotBeChangedByItsReader() {
        List<RuleInfo> kept = RuleBook.builtIn().catalogue();
        assertThrows(UnsupportedOperationException.class, () -> kept.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> kept.add(kept.get(0)));
    }
}
