package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The HTML reader's per-cell and per-element text work done without patterns gives what the patterns gave: runs of
 * white space as one space, exactly as {@code \s+} replaced; a style declaring a page break always declares "break", so
 * the four page-break scans are skipped only where none could find its declaration; a style's letters compared in any
 * case as lower-casing the style compared them.
 */
class HtmlTextFoldingProperties {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final List<String> PAGE_BREAKS = List.of("page-break-before:always", "page-break-after:always",
            "break-before:page", "break-after:page");

    @Property(tries = 3000)
    @Label("runs of white space become one space as the pattern replaced them")
    void spacesAsThePatternReplaced(@ForAll("texts") String text) {
        assertEquals(SPACES.matcher(text).replaceAll(" "), Spaces.asOne(text), text);
    }

    @Property(tries = 5000)
    @Label("a block is never told apart from a title by the characters normal form keeps: it keeps at most its normal form's length")
    void normalFormKeepsWhatTheBoundCounts(@ForAll("blocks") String text) {
        String normal = ContinuedTables.normal(text);
        assertTrue(ContinuedTables.keepsAtMost(text, normal.length()), text);
        if (!normal.isEmpty() && normal.chars().allMatch(c -> c == 'a' || c == 'é' || c == 'σ' || c == 'ς')) {
            // A normal form of letters that lower-case to one character each: the bound is tight, one fewer is too few.
            assertFalse(ContinuedTables.keepsAtMost(text, normal.length() - 1), text);
        }
    }

    @Provide
    Arbitrary<String> blocks() {
        // Every kind of white space normal form folds, strips or keeps; letters that lower-case longer ('İ') or are a
        // surrogate pair, and lone surrogates.
        return Arbitraries.strings().withChars(" \t\n\u000b\f\r\u00a0\u2003\u001c\u0085\u200baAİΣ\ud801\udc00é").ofMaxLength(20);
    }

    @Property(tries = 3000)
    @Label("a style that declares a page break declares \"break\"")
    void aPageBreakDeclaresBreak(@ForAll("styles") String style) {
        for (String declaration : PAGE_BREAKS) {
            if (HtmlReader.declares(style, declaration)) {
                assertTrue(HtmlReader.declares(style, "break"), style);
            }
        }
    }

    @Property(tries = 3000)
    @Label("declares finds what lower-casing the style, dropping its spaces and searching it finds")
    void declaresAsLowerCasing(@ForAll("styles") String style) {
        for (String declaration : List.of("display:none", "page-break-after:always", "break", "k")) {
            String plain = style.toLowerCase(Locale.ROOT).replace(" ", "");
            // Lower-casing may make two characters of one (dotted capital I), which declares never matches to one letter.
            if (plain.length() == style.replace(" ", "").length()) {
                assertEquals(plain.contains(declaration), HtmlReader.declares(style, declaration), style + " " + declaration);
            }
        }
    }

    @Example
    void spacesOfACell() {
        assertEquals(" Net  sales ".replace("  ", " "), Spaces.asOne(" Net \t\n sales\r"));
        assertFalse(HtmlReader.declares("margin-top:0pt", "break"));
        assertTrue(HtmlReader.declares("PAGE-BREAK-BEFORE: Always", "page-break-before:always"));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(" \t\n\u000b\f\r\u00a0\u2003\u001ca1").ofMaxLength(16);
    }

    @Provide
    Arbitrary<String> styles() {
        Arbitrary<String> piece = Arbitraries.of("page-", "break", "-before", "-after", ":always", ":page", " ", "PAGE-BREAK",
                "Break", "display", ":none", "\u212a", "\u0130", "; ", "b", "reak");
        return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
    }
}
