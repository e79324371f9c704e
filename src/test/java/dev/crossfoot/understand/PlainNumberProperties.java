package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The plain-number reading stands in for the patterns: wherever it reads a text, it reads it as they do. */
class PlainNumberProperties {

    private final NumberParser parser = new NumberParser();

    @Property(tries = 3000)
    @Label("what the plain reading reads, the patterns read the same, on any text of a number's characters")
    void agreesWithThePatternsOnAnyText(@ForAll("numberCharacters") String text) {
        CellValue plain = PlainNumber.read(text);
        if (plain != null) {
            assertEquals(parser.parsedByPatterns(text), plain, text);
        }
    }

    @Property(tries = 2000)
    @Label("a plain number, grouped or not, signed or in parentheses, is read without the patterns, as they read it")
    void readsEveryPlainNumber(@ForAll("plainNumbers") String text) {
        CellValue plain = PlainNumber.read(text);
        assertNotNull(plain, text);
        assertEquals(parser.parsedByPatterns(text), plain, text);
        assertEquals(plain, parser.parse(text), text);
    }

    @Property(tries = 1000)
    @Label("a number grouped wrongly is declined, and stays a malformed number")
    void declinesAWrongGrouping(@ForAll("wronglyGrouped") String text) {
        assertNull(PlainNumber.read(text), text);
        assertInstanceOf(CellValue.Malformed.class, parser.parse(text), text);
    }

    @Example
    void twoCommaThreeIsAMalformedNumber() {
        assertNull(PlainNumber.read("2,3"));
        assertInstanceOf(CellValue.Malformed.class, parser.parse("2,3"));
    }

    @Provide
    Arbitrary<String> numberCharacters() {
        return Arbitraries.strings().withChars("0123456789,.()-+ $%−").ofMinLength(1).ofMaxLength(14)
                .injectDuplicates(0.05);
    }

    @Provide
    Arbitrary<String> plainNumbers() {
        Arbitrary<String> ungrouped = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<String> grouped = Combinators.combine(
                        Arbitraries.integers().between(1, 999),
                        Arbitraries.integers().between(0, 999).list().ofMinSize(1).ofMaxSize(5))
                .as((lead, groups) -> lead + groups.stream().map(g -> String.format(",%03d", g)).reduce("", String::concat));
        Arbitrary<String> whole = Arbitraries.oneOf(ungrouped, grouped);
        Arbitrary<String> fraction = Arbitraries.oneOf(Arbitraries.just(""),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6).map(digits -> "." + digits));
        Arbitrary<String> body = Combinators.combine(whole, fraction).as(String::concat);
        return Combinators.combine(body, Arbitraries.of("", "-", "+", "()"))
                .as((number, sign) -> sign.equals("()") ? "(" + number + ")" : sign + number);
    }

    @Provide
    Arbitrary<String> wronglyGrouped() {
        Arbitrary<String> group = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(5)
                .filter(digits -> digits.length() != 3);
        return Combinators.combine(Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(3), group,
                        Arbitraries.of("", "-", "()"))
                .as((lead, wrong, sign) -> sign.equals("()") ? "(" + lead + "," + wrong + ")" : sign + lead + "," + wrong);
    }
}
