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

/**
 * What a run of digits and separators says of a table's number convention ({@code NumberStyle.says}) is read by
 * walking the groups between its marks; it says what splitting the run at its marks says, on any run.
 */
class NumberStyleSaysProperties {

    @Property(tries = 5000)
    @Label("the groups walked by index say what the groups split by the mark say, on any run of digits, points and commas")
    void walkedAsSplit(@ForAll("runs") String run) {
        assertEquals(bySplit(run), NumberStyle.says(run), run);
    }

    @Example
    void eachWayOfWritingSaysItsOwn() {
        assertEquals(NumberStyle.Says.POINT, NumberStyle.says("12.50"));
        assertEquals(NumberStyle.Says.COMMA, NumberStyle.says("1,50"));
        assertEquals(NumberStyle.Says.ONE_DECIMAL, NumberStyle.says("12,3"));
        assertEquals(NumberStyle.Says.DOT_GROUP, NumberStyle.says("1.234"));
        assertEquals(NumberStyle.Says.COMMA_GROUP, NumberStyle.says("1,234"));
        assertEquals(NumberStyle.Says.GROUPED_COMMA, NumberStyle.says("1.234.567"));
        assertEquals(NumberStyle.Says.POINT, NumberStyle.says("1,234,567"));
        assertEquals(NumberStyle.Says.NOTHING, NumberStyle.says("31.12.2023"));
        assertEquals(NumberStyle.Says.POINT, NumberStyle.says("0.250"));
        assertEquals(NumberStyle.Says.WHOLE, NumberStyle.says("7"));
    }

    @Provide
    Arbitrary<String> runs() {
        return Arbitraries.strings().withChars("0123456789.,").ofMinLength(1).ofMaxLength(14)
                .edgeCases(edges -> edges.add("1.").add(".5").add(",").add("1,,234").add("0,123"));
    }

    /** The reading by splitting the run at its mark, as it was written before the walk. */
    private static NumberStyle.Says bySplit(String token) {
        int dot = token.indexOf('.');
        int comma = token.indexOf(',');
        if (dot < 0 && comma < 0) {
            return NumberStyle.Says.WHOLE;
        }
        if (dot >= 0 && comma >= 0) {
            return token.lastIndexOf(',') > token.lastIndexOf('.') ? NumberStyle.Says.GROUPED_COMMA : NumberStyle.Says.POINT;
        }
        char mark = dot >= 0 ? '.' : ',';
        String[] parts = token.split(Pattern.quote(String.valueOf(mark)), -1);
        boolean grouped = parts[0].length() <= 3 && !parts[0].startsWith("0");
        for (int i = 1; i < parts.length; i++) {
            grouped &= parts[i].length() == 3;
        }
        if (parts.length > 2) {
            return !grouped ? NumberStyle.Says.NOTHING : mark == '.' ? NumberStyle.Says.GROUPED_COMMA : NumberStyle.Says.POINT;
        }
        if (grouped) {
            return mark == '.' ? NumberStyle.Says.DOT_GROUP : NumberStyle.Says.COMMA_GROUP;
        }
        if (mark == '.') {
            return NumberStyle.Says.POINT;
        }
        return parts[1].length() == 1 ? NumberStyle.Says.ONE_DECIMAL : NumberStyle.Says.COMMA;
    }
}
