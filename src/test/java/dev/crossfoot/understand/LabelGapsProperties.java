package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A label's footnote symbols and spaces are made one space in one pass exactly as the two regexes did: the runs of
 * {@code [*†‡]+} replaced by a space, then the runs of {@code \s+} by one space.
 */
class LabelGapsProperties {

    private static final Pattern SYMBOL_MARKS = Pattern.compile("[*†‡]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    @Property(tries = 5000)
    @Label("on any text of letters, symbols, spaces and other separators, the pass gives what the two regexes give")
    void agreesWithTheRegexes(@ForAll("labelCharacters") String text) {
        assertEquals(SPACES.matcher(SYMBOL_MARKS.matcher(text).replaceAll(" ")).replaceAll(" "), Labels.gapsAsOneSpace(text), text);
    }

    @Property(tries = 2000)
    @Label("a label's normal form is the one the regexes gave, kept or not")
    void normalisesAsTheRegexesDid(@ForAll("labelCharacters") String text) {
        String lower = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).toLowerCase(java.util.Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' ');
        String regexes = SPACES.matcher(SYMBOL_MARKS.matcher(lower).replaceAll(" ")).replaceAll(" ").strip();
        while (regexes.endsWith(":") || regexes.endsWith(",")) {
            regexes = regexes.substring(0, regexes.length() - 1).strip();
        }
        assertEquals(regexes, Labels.normaliseUnkept(text), text);
        assertEquals(regexes, Labels.normalise(text), text);
    }

    @Example
    void aFootnoteStarBetweenWordsIsOneSpace() {
        assertEquals("revenue net", Labels.normalise("Revenue * \t net"));
        assertEquals("revenue net", Labels.normalise("Revenue†‡net"));
    }

    @Example
    void aLabelWithSingleSpacesIsItself() {
        String label = "cost of revenue";
        assertSame(label, Labels.gapsAsOneSpace(label));
    }

    @Example
    void aNoBreakSpaceIsNoGapOfTheRegexButNormalisedBeforeIt() {
        assertEquals("a\u00a0b", Labels.gapsAsOneSpace("a\u00a0b"));
        assertEquals("a b", Labels.normalise("a\u00a0 b"));
    }

    @Provide
    Arbitrary<String> labelCharacters() {
        return Arbitraries.strings().withChars("ab *†‡\t\n\r\f\u000B\u0085\u2028\u2003\u00a0:").ofMaxLength(12);
    }
}
