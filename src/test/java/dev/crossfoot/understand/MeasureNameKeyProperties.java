package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A pair's key (a heading and a label) is the key of the two joined by a space, whether worked out from the parts' keys
 * or from the joined text. A measure name's key is worked out without the patterns it was worked out with, and comes out the same: its words
 * are the pieces the word-splitting pattern leaves, and its operating-activities phrases are replaced only where the
 * phrases' pattern finds one (the scan skipped where the name mentions none of their words changes nothing).
 */
class MeasureNameKeyProperties {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
    private static final ClaimWords WORDS = ClaimWords.builtIn();
    private static final MeasureNames NAMES = new MeasureNames(WORDS);
    private static final List<String> OPERATING = WORDS.phrases(ClaimCue.OPERATING_ACTIVITIES);
    private static final Pattern OTHER_OPERATING = Pattern.compile(ClaimWords.alternation(OPERATING.subList(1, OPERATING.size())),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Property(tries = 3000)
    @Label("a name's words are the non-empty pieces the pattern splits it into")
    void wordsAreThePatternsPieces(@ForAll("texts") String text) {
        List<String> split = Arrays.stream(NOT_WORD.split(text)).filter(piece -> !piece.isEmpty()).toList();
        assertEquals(split, MeasureNames.wordsOf(text), text);
    }

    @Property(tries = 2000)
    @Label("operating activities are said as a line says them exactly where the phrases' pattern replaces them")
    void operatingPhrasesReplacedAsThePatternDoes(@ForAll("names") String name) {
        String replaced = OTHER_OPERATING.matcher(name).replaceAll(java.util.regex.Matcher.quoteReplacement(OPERATING.get(0)));
        assertEquals(replaced, NAMES.operatingActivities(name), name);
    }

    @Property(tries = 10000)
    @Label("the key of a pair is the key of the two joined by a space, whether the parts' keys join or not")
    void aPairsKeyIsTheKeyOfTheJoinedText(@ForAll("parts") String first, @ForAll("parts") String second) {
        assertEquals(new MeasureNames(WORDS).key(first + " " + second), NAMES.key(first, second), first + " | " + second);
    }

    @Example
    void pairsThatJoinAndPairsThatDoNot() {
        assertEquals(NAMES.key("Revenue: Product"), NAMES.key("Revenue:", "Product"));
        assertEquals(NAMES.key("Net cash (used in operations"), NAMES.key("Net cash (used in", "operations"));
        assertEquals(NAMES.key("Selling expenses as a percentage of net sales"), NAMES.key("Selling expenses as a", "percentage of net sales"));
        assertEquals(NAMES.key("Adjusted (a) net income (loss)"), NAMES.key("Adjusted (a)", "net income (loss)"));
        // A '(' left open before a footnote mark: alone the mark goes and the '(' stays; in the pair they go together.
        assertEquals(NAMES.key("( net (a) net"), NAMES.key("( net (a)", "net"));
        assertEquals(NAMES.key("Revenue (1) (a) product"), NAMES.key("Revenue (1) (a)", "product"));
    }

    @Example
    void keysOfTheSameLineAgree() {
        assertEquals(NAMES.key("Net income (loss)"), NAMES.key("net income"));
        assertEquals(NAMES.key("Net cash provided by operating activities"), NAMES.key("Net cash provided by operations"));
        assertEquals(List.of("group's", "free", "cash", "flow", "2024", "½"), MeasureNames.wordsOf("  group's free-cash flow, 2024 ½:"));
    }

    @Provide
    Arbitrary<String> texts() {
        // Letters, numbers of every category, apostrophes, punctuation, spaces, a surrogate pair and lone surrogates.
        return Arbitraries.strings().withChars("aZé'’ -,(%)1½Ⅻ٣\u00a0\t:ſK\ud835\ud400\udc00").ofMaxLength(24);
    }

    @Provide
    Arbitrary<String> parts() {
        Arbitrary<String> piece = Arbitraries.of("net", "Net", "cash", "provided", "(used in)", "(", ")", "operations", "operating",
                "activities", "revenue:", "Revenue", ":", ",", "(a)", "(1)", "*", "total", "the", "%", "percent", "Percentage",
                "as a", "of", "net sales", "adjusted", "Non-GAAP", "non", "gaap", "group's", "losses", "é", "\u00a0", "\t", "’s",
                "Ⅻ", "K", "", " ", "  ", "-", "&", "/", ".");
        return piece.list().ofMaxSize(6).map(pieces -> String.join(" ", pieces))
                .flatMap(text -> Arbitraries.of(text, text.replace(" ", ""), text.strip()));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> word = Arbitraries.of("net", "cash", "provided", "by", "used", "in", "operations", "OPERATIONS",
                "operationſ", "operating", "activities", "continuing", "from", "(", ")", ",", "operation");
        return word.list().ofMinSize(1).ofMaxSize(8).map(words -> String.join(" ", words));
    }
}
