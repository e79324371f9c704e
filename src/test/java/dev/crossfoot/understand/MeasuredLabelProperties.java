package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A row's label under a measure a header names ("APAC" in the column "Net Sales") is named from the label's names and
 * keys and the measure's, and comes out as the joined text ("APAC net sales") is named: its names are the label's each
 * followed by the measure wherever they are given, its keys of three parts are the joined text's keys, and it says it is
 * adjusted exactly when the joined text does. Each law is checked against a fresh instance working the joined text out.
 */
class MeasuredLabelProperties {

    private static final ClaimWords WORDS = ClaimWords.builtIn();
    private static final MeasureNames NAMES = new MeasureNames(WORDS);

    @Property(tries = 10000)
    @Label("where given, the names of a label followed by a measure are the label's names each followed by it")
    void namesOfALabelUnderAMeasure(@ForAll("labels") String label, @ForAll("measures") String measure) {
        List<String> before = NAMES.labelVariantsBefore(label, measure);
        if (before != null) {
            assertEquals(new MeasureNames(WORDS).labelVariants(label + " " + measure),
                    before.stream().map(name -> name + " " + measure).toList(), label + " | " + measure);
        }
    }

    @Property(tries = 10000)
    @Label("the key of three parts is the key of the three joined by spaces, whether the parts' keys join or not")
    void aKeyOfThreePartsIsTheKeyOfTheJoinedText(@ForAll("labels") String first, @ForAll("labels") String second,
                                                 @ForAll("measures") String third) {
        assertEquals(new MeasureNames(WORDS).key(first + " " + second + " " + third), NAMES.key(first, second, third),
                first + " | " + second + " | " + third);
        assertEquals(new MeasureNames(WORDS).key(first + " " + third + " " + second), NAMES.key(first, third, second),
                first + " | " + third + " | " + second);
    }

    @Property(tries = 5000)
    @Label("a label followed by a measure is adjusted exactly when one of them is")
    void adjustedWhenEitherIs(@ForAll("labels") String label, @ForAll("measures") String measure) {
        assertEquals(NAMES.adjusted(label + " " + measure), NAMES.adjusted(label, measure), label + " | " + measure);
    }

    @Example
    void labelsWhoseNamesTakeNoWordAfterThem() {
        for (String label : List.of("Net cash provided by (used in) operating activities", "(Increase) decrease in receivables",
                "Other income (expense)")) {
            assertEquals(NAMES.labelVariants(label), NAMES.labelVariantsBefore(label, "net sales"), label);
            assertEquals(NAMES.labelVariants(label + " net sales"),
                    NAMES.labelVariants(label).stream().map(name -> name + " net sales").toList(), label);
        }
        assertEquals(List.of("APAC"), NAMES.labelVariantsBefore("APAC", "net sales"));
    }

    @Example
    void labelsWhoseNamesTakeTheWordsAfterThem() {
        // "(Increase)" alone has no word after it to stand for; followed by "net sales" it stands for "net".
        assertNull(NAMES.labelVariantsBefore("(Increase)", "net sales"));
        assertEquals(List.of("(Increase) net sales", "Increase sales"), NAMES.labelVariants("(Increase) net sales"));
        // Two words in parentheses stand for the two words after them where those before are too few.
        assertNull(NAMES.labelVariantsBefore("Cash (used in) provided", "revenue"));
        // A measure with parentheses is not joined.
        assertNull(NAMES.labelVariantsBefore("APAC", "net sales (a)"));
        assertNotNull(NAMES.labelVariantsBefore("Cash (used in) provided by", "revenue"));
    }

    @Provide
    Arbitrary<String> labels() {
        Arbitrary<String> piece = Arbitraries.of("Net", "net", "cash", "provided", "by", "(used in)", "(Increase)", "decrease",
                "(expense)", "income", "Other", "(", ")", "(a)", "(1)", "operations", "operating", "activities", "Revenue:", ":",
                ",", "total", "%", "percent", "adjusted", "Adjusted", "Non-GAAP", "non-gaap", "EBITDA", "group's", "losses",
                "é", "\u00a0", "’s", "K", "", " ", "-", "&", "(benefit)", "(loss)", "(used in) provided by", "in");
        return piece.list().ofMaxSize(6).map(pieces -> String.join(" ", pieces))
                .flatMap(text -> Arbitraries.of(text, text.replace(" ", ""), text.strip()));
    }

    /** What a header or a title names for its lines ({@link MeasureNames#columnMeasure}): words, and now and then more. */
    @Provide
    Arbitrary<String> measures() {
        Arbitrary<String> word = Arbitraries.of("net", "sales", "Net", "Sales", "revenue", "operating", "income", "adjusted",
                "non-gaap", "EBITDA", "operations", "percent", "R&D", "segment's", "é", "APAC", "total", "cash", "used", "in");
        Arbitrary<String> words = word.list().ofMinSize(1).ofMaxSize(4).map(pieces -> String.join(" ", pieces));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(9, words), net.jqwik.api.Tuple.of(1, labels()));
    }
}
