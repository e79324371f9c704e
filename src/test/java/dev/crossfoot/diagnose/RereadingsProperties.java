package dev.crossfoot.diagnose;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A re-read body is a decimal number exactly when the pattern it was tested with before says so. */
class RereadingsProperties {

    private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+|\\d+\\.");

    @Property(tries = 5000)
    @Label("on any text of digits, points, commas, minus signs, spaces and other digits, the pattern's answer")
    void answersAsThePattern(@ForAll("bodies") String body) {
        assertEquals(DECIMAL.matcher(body).matches(), Rereadings.isDecimal(body), body);
    }

    @Example
    @Label("digits with one point anywhere, or none; at least one digit")
    void decimals() {
        assertTrue(Rereadings.isDecimal("1234"));
        assertTrue(Rereadings.isDecimal("12.34"));
        assertTrue(Rereadings.isDecimal(".5"));
        assertTrue(Rereadings.isDecimal("5."));
        assertFalse(Rereadings.isDecimal("."));
        assertFalse(Rereadings.isDecimal(""));
        assertFalse(Rereadings.isDecimal("1.2.3"));
        assertFalse(Rereadings.isDecimal("1,234"));
        assertFalse(Rereadings.isDecimal("١٢"));
    }

    @Provide
    Arbitrary<String> bodies() {
        return Arbitraries.strings().withChars("0123456789..,- ٣x").ofMaxLength(8);
    }
}
