package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A concept file's label pattern matches a label exactly when the regex it stands for does. */
class GlobProperties {

    @Property(tries = 5000)
    @Label("on any pattern and text of a few characters, stars, spaces, line breaks and surrogates, the regex's answer")
    void answersAsTheRegex(@ForAll("patterns") String pattern, @ForAll("texts") String text) {
        assertEquals(regexOf(pattern).matcher(text).matches(), Glob.of(pattern).matches(text), pattern + " / " + text);
    }

    @Example
    @Label("a star stands for any text, none included; the rest must be there, in order, the whole label covered")
    void starsAndLiterals() {
        assertTrue(Glob.of("*income tax*").matches("provision for income taxes"));
        assertTrue(Glob.of("*income tax*").matches("income tax"));
        assertFalse(Glob.of("*income tax*").matches("income before tax"));
        assertTrue(Glob.of("total * assets").matches("total current assets"));
        assertFalse(Glob.of("total * assets").matches("total assets"));
        assertTrue(Glob.of("net sales").matches("net sales"));
        assertFalse(Glob.of("net sales").matches("net sales, products"));
        assertTrue(Glob.of("a*a").matches("aa"));
        assertFalse(Glob.of("aa*a").matches("aa"));
    }

    @Example
    @Label("case, curly apostrophes and runs of spaces in the pattern do not count")
    void patternNormalised() {
        assertTrue(Glob.of("Stockholders’   Equity*").matches("stockholders' equity, total"));
    }

    @Example
    @Label("a star does not cross a line break, as a regex's dot does not")
    void lineBreaks() {
        assertFalse(Glob.of("net*sales").matches("net\nsales"));
        assertFalse(Glob.of("*sales").matches("net\nsales"));
    }

    /** The regex a concept file's pattern stood for before: literal parts joined by {@code .*}. */
    private static Pattern regexOf(String pattern) {
        String normal = pattern.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        return Pattern.compile(java.util.Arrays.stream(normal.split("\\*", -1))
                .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                .collect(Collectors.joining(".*")));
    }

    @Provide
    Arbitrary<String> patterns() {
        return Arbitraries.strings().withChars("ab *\\EQ’A").ofMaxLength(7);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab \n\r\u0085\u2028\\EQ'\ud83d\ude00").ofMaxLength(9);
    }
}
