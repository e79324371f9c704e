package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A cell's pieces join their neighbours ("$" the next, ")" and "%" the previous) exactly where the patterns matched the
 * whole piece, though the patterns are now tried only on pieces opening with a character a match can open with.
 */
class JoiningPiecesProperties {

    // The patterns as the layout wrote them before the first-character check.
    private static final Pattern JOINS_NEXT = Pattern.compile("[$€£¥]|\\(|\\$\\s*\\(|\\(\\s*\\$");
    private static final Pattern JOINS_PREVIOUS = Pattern.compile("\\)|%|\\)\\s*%|%\\s*\\)|\\)\\s*\\*+");

    @Property(tries = 20000)
    @Label("a piece joins the next or the previous exactly where the pattern matches it whole")
    void joinsAsThePatternsMatch(@ForAll("pieces") String text) {
        assertEquals(JOINS_NEXT.matcher(text).matches(), HtmlTableLayout.joinsNext(text), text);
        assertEquals(JOINS_PREVIOUS.matcher(text).matches(), HtmlTableLayout.joinsPrevious(text), text);
    }

    @Provide
    Arbitrary<String> pieces() {
        // The patterns' own characters, every kind of white space \s knows and some it does not, a figure's characters.
        return Arbitraries.strings().withChars("$€£¥()%* \t\n\u000b\f\r\u00a0\u20031,.a").ofMaxLength(6);
    }

    @Example
    @Label("each form the patterns name joins, with spaces inside where they allow them")
    void everyFormJoins() {
        for (String next : new String[] {"$", "€", "£", "¥", "(", "$(", "$ \t(", "(  $"}) {
            assertTrue(HtmlTableLayout.joinsNext(next), next);
        }
        for (String previous : new String[] {")", "%", ") %", "%)", "% \n)", ")*", ") ***"}) {
            assertTrue(HtmlTableLayout.joinsPrevious(previous), previous);
        }
    }
}
