package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sentence's scan for some phrases is skipped only where it could find nothing: wherever the phrases' case-insensitive
 * alternation finds one of them in a text, the text mentions one of their words (the longest of each), in any case, including the
 * letters whose case folding is not plain (the Kelvin sign, the long s, the dotless i, the dotted capital I).
 */
class MentionsProperties {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    @Property(tries = 3000)
    @Label("wherever the alternation finds a phrase, the text mentions one of the phrases' longest words")
    void neverSkipsAScanThatWouldFind(@ForAll("phrases") List<String> phrases, @ForAll("texts") String text) {
        Pattern alternation = Pattern.compile(ClaimWords.alternation(phrases), FLAGS);
        if (alternation.matcher(text).find()) {
            assertTrue(Mentions.ofPhrases(phrases).in(Mentions.fold(text)), phrases + " in " + text);
        }
    }

    @Property(tries = 1000)
    @Label("folding keeps a text's length, so places in it stay")
    void foldingKeepsTheLength(@ForAll("texts") String text) {
        assertEquals(text.length(), Mentions.fold(text).length());
    }

    @Example
    void aSentenceWithoutTheWordsIsNotScanned() {
        Mentions quarter = Mentions.ofPhrases(List.of("quarter", "three months ended"));
        assertFalse(quarter.in(Mentions.fold("Net sales were $63.4 billion for fiscal 2025.")));
        assertTrue(quarter.in(Mentions.fold("In the Third QUARTER, net sales rose.")));
        assertTrue(quarter.in(Mentions.fold("For the THREE months ended June 30, 2025")));
    }

    @Example
    void lettersOfTheSameFoldingAreTheSameWord() {
        Mentions kelvin = Mentions.ofPhrases(List.of("kiss"));
        assertTrue(kelvin.in(Mentions.fold("\u212a\u0130\u017fS")));
        assertTrue(Pattern.compile(ClaimWords.alternation(List.of("kiss")), FLAGS).matcher("\u212a\u0130\u017fS").find());
    }

    @Provide
    Arbitrary<List<String>> phrases() {
        Arbitrary<String> word = Arbitraries.strings().withChars("aksiK").ofMinLength(1).ofMaxLength(3);
        Arbitrary<String> phrase = word.list().ofMinSize(1).ofMaxSize(2).map(words -> String.join(" ", words));
        return phrase.list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("aAkKsSiI \u212a\u017f\u0131\u0130\t-").ofMaxLength(14);
    }
}
