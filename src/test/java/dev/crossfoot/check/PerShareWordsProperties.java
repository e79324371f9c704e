package dev.crossfoot.check;

import dev.crossfoot.understand.MeasureNames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A per-share claim's words kept for the lines it is asked of are those worked out afresh, whatever claims came
 * before: the same claim again, another with the same key but other words, another key.
 */
class PerShareWordsProperties {

    private static final dev.crossfoot.check.RuleBook BOOK = dev.crossfoot.check.RuleBook.builtIn();

    private static ClaimTies ties() {
        for (Rule rule : BOOK.rules()) {
            if (ClaimTies.STRUCTURE.equals(rule.structure())) {
                return new ClaimTies(rule, MeasureNames.of(BOOK.claimWords()), BOOK.concepts());
            }
        }
        throw new AssertionError("the built-in rule book has no claim-ties rule");
    }

    @Property(tries = 2000)
    @Label("kept per-share words equal those worked out, in any order of claims")
    void keptEqualsWorkedOut(@ForAll("claims") List<List<String>> claims) {
        ClaimTies kept = ties();
        ClaimTies fresh = ties();
        MeasureNames names = MeasureNames.of(BOOK.claimWords());
        for (List<String> claim : claims) {
            String measure = claim.get(0);
            // The key as the claim's check asks it; and, as a wrong pairing would, the other claim words' key.
            for (String wanted : List.of(names.key(measure), claim.get(1))) {
                assertEquals(fresh.perShareWordsWorkedOut(measure, wanted), kept.perShareWords(measure, wanted), measure + " / " + wanted);
            }
        }
    }

    @Provide
    Arbitrary<List<List<String>>> claims() {
        Arbitrary<String> measures = Arbitraries.of("diluted earnings per share", "basic earnings per share", "earnings per share",
                "diluted net income per share", "net income per diluted share", "basic and diluted loss per share",
                "Diluted EPS", "earnings per share", "non-GAAP diluted earnings per share");
        return measures.list().ofSize(2).list().ofMinSize(1).ofMaxSize(6);
    }
}
