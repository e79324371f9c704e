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

/** A header's trailing colons and spaces are removed in one pass exactly as the regex {@code [:\s]+$} removed them. */
class TrailingColonProperties {

    private static final Pattern TRAILING_COLON = Pattern.compile("[:\\s]+$");

    @Property(tries = 3000)
    @Label("on any text of letters, colons, spaces and line ends, the pass removes what the regex removes")
    void agreesWithTheRegex(@ForAll("headerCharacters") String text) {
        assertEquals(TRAILING_COLON.matcher(text).replaceAll(""), Hierarchy.withoutTrailingColon(text), text);
    }

    @Example
    void aColonBeforeALastLineSeparatorIsRemovedAndTheSeparatorKept() {
        assertEquals("cost\u2028", Hierarchy.withoutTrailingColon("cost :\u2028"));
    }

    @Example
    void aHeaderWithoutColonIsItself() {
        String header = "finance lease cost";
        assertEquals(header, Hierarchy.withoutTrailingColon(header));
    }

    @Provide
    Arbitrary<String> headerCharacters() {
        return Arbitraries.strings().withChars("ab: \t\n\r\f\u000B\u0085\u2028\u2029\u00a0-").ofMaxLength(10);
    }
}
