package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Parts worked out once ({@link MeasureNames.Part}) name what their texts name: a pair's and a triple's key from the
 * parts' keys is the key of the texts joined, as {@link MeasureNames#key(String, String)} gives it, and whether the pair
 * says adjusted is what the texts say — whether the parts join or not.
 */
class MeasurePartsProperties {

    private static final ClaimWords WORDS = ClaimWords.builtIn();
    private static final MeasureNames NAMES = new MeasureNames(WORDS);

    @Property(tries = 5000)
    @Label("a pair's key from parts is the pair's key of the texts, and so is whether it says adjusted")
    void pairFromParts(@ForAll("parts") String first, @ForAll("parts") String second) {
        MeasureNames fresh = new MeasureNames(WORDS);
        assertEquals(fresh.key(first + " " + second), NAMES.key(NAMES.part(first), NAMES.part(second)), first + " | " + second);
        assertEquals(fresh.key(first, second), NAMES.key(NAMES.part(first), NAMES.part(second)), first + " | " + second);
        assertEquals(fresh.adjusted(first, second), NAMES.adjusted(NAMES.part(first), NAMES.part(second)), first + " | " + second);
        assertEquals(fresh.key(first), NAMES.part(first).key(), first);
        assertEquals(fresh.adjusted(first), NAMES.part(first).adjusted(), first);
    }

    @Property(tries = 5000)
    @Label("a triple's key from parts is the key of the three texts joined")
    void tripleFromParts(@ForAll("parts") String first, @ForAll("parts") String second, @ForAll("parts") String third) {
        MeasureNames fresh = new MeasureNames(WORDS);
        assertEquals(fresh.key(first + " " + second + " " + third),
                NAMES.key(NAMES.part(first), NAMES.part(second), NAMES.part(third)), first + " | " + second + " | " + third);
    }

    @Example
    void partsOfOtherNamesAreRefused() {
        MeasureNames other = new MeasureNames(WORDS);
        assertThrows(IllegalArgumentException.class, () -> NAMES.key(NAMES.part("Revenue"), other.part("net")));
    }

    @Example
    void partsThatJoinAndPartsThatDoNot() {
        assertEquals(NAMES.key("Revenue: Product net sales"), NAMES.key(NAMES.part("Revenue:"), NAMES.part("Product"), NAMES.part("net sales")));
        // A '(' left open in the first part, a percent in the last: the texts joined are worked out whole.
        assertEquals(NAMES.key("( net (a) net sales"), NAMES.key(NAMES.part("( net (a)"), NAMES.part("net"), NAMES.part("sales")));
        assertEquals(NAMES.key("Selling expenses as a percentage of net sales"),
                NAMES.key(NAMES.part("Selling expenses"), NAMES.part("as a"), NAMES.part("percentage of net sales")));
        assertEquals(NAMES.adjusted("Adjusted EBITDA"), NAMES.adjusted(NAMES.part("Adjusted"), NAMES.part("EBITDA")));
    }

    @Provide
    Arbitrary<String> parts() {
        // As MeasureNameKeyProperties' parts: parentheses open and closed, footnote marks, percents, non-GAAP words,
        // operating phrases, letters outside ASCII, white space of other kinds, empty parts.
        Arbitrary<String> piece = Arbitraries.of("net", "Net", "cash", "provided", "(used in)", "(", ")", "operations", "operating",
                "activities", "revenue:", "Revenue", ":", ",", "(a)", "(1)", "*", "total", "the", "%", "percent", "Percentage",
                "as a", "of", "net sales", "adjusted", "Adjusted", "Non-GAAP", "non", "gaap", "EBITDA", "group's", "losses", "é",
                "\u00a0", "\t", "’s", "Ⅻ", "K", "", " ", "  ", "-", "&", "/", ".");
        return piece.list().ofMaxSize(5).map(pieces -> String.join(" ", pieces))
                .flatMap(text -> Arbitraries.of(text, text.replace(" ", ""), text.strip()));
    }
}
