package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a label or a cell is a year, as a row repeating the column headers shows them ({@code TableAnalyzer.isYear}):
 * a text that does not open with "19" or "20" is asked no matcher, and every text is judged as the year pattern
 * judges it.
 */
class YearTextProperties {

    @Property(tries = 5000)
    @Label("a text is a year where the year pattern matches it, and only there")
    void judgedAsThePatternJudges(@ForAll("texts") String text) {
        assertEquals(TableAnalyzer.YEAR.matcher(text).matches(), TableAnalyzer.isYear(text), text);
    }

    @Example
    void yearsAndTheirNotes() {
        assertTrue(TableAnalyzer.isYear("2025"));
        assertTrue(TableAnalyzer.isYear("1998"));
        assertTrue(TableAnalyzer.isYear("2024 (1)"));
        assertTrue(TableAnalyzer.isYear("2024(a)"));
        assertFalse(TableAnalyzer.isYear("2100"));
        assertFalse(TableAnalyzer.isYear("Total revenue"));
        assertFalse(TableAnalyzer.isYear("(Dollars in millions)"));
        assertFalse(TableAnalyzer.isYear("20"));
        assertFalse(TableAnalyzer.isYear("2025 2024"));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> any = Arbitraries.strings().withChars("0129 ()abT").ofMinLength(0).ofMaxLength(10);
        Arbitrary<String> yearLike = Arbitraries.strings().withChars("0123456789").ofLength(2)
                .flatMap(tail -> Arbitraries.of("19", "20", "21", "1", "2").flatMap(head -> Arbitraries.of("", " (1)", "(ab)", " (abc)", " ", "x")
                        .map(note -> head + tail + note)));
        return Arbitraries.oneOf(any, yearLike);
    }
}
