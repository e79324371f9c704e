package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The layout's loops over a piece's characters answer as the streams they stand for: whether a text holds a digit or a
 * letter, and whether it holds at least so many letters, on texts of ASCII and other digits and letters, marks,
 * white space and characters outside the basic plane (their two halves neither digits nor letters).
 */
class CharacterCountProperties {

    @Property(tries = 3000)
    @Label("a digit, a letter, and at least so many letters, found by a loop as by the stream")
    void loopsAnswerAsStreams(@ForAll("texts") String text, @ForAll @IntRange(min = 0, max = 5) int least) {
        assertEquals(text.chars().anyMatch(Character::isDigit), HtmlTableLayout.anyOf(text, true), text);
        assertEquals(text.chars().anyMatch(Character::isLetter), HtmlTableLayout.anyOf(text, false), text);
        assertEquals(text.chars().filter(Character::isLetter).count() >= least, HtmlTableLayout.atLeastLetters(text, least), text);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of("1", "a", "Z", "$", "(", ")", " ", "\u00a0", "٣", "é", "Ж", "—", "%", ",", "\uD835\uDFCE", "\uD835\uDC00", "ß", "²")
                .list().ofMaxSize(8).map(parts -> String.join("", parts));
    }
}
