package dev.crossfoot.check;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A generated income statement foots the same with its structure words in German or French. */
@Label("A statement with German or French labels foots as the English one")
class TranslatedStatementProperties {

    /** The generated statement as an English filer writes it. */
    private static String english(ConsistentStatementProperties.Operations ops) {
        return Checks.document("Consolidated Statements of Operations", "in thousands, except per share amounts",
                List.of("Year ended December 31, 2011"), ConsistentStatementProperties.rows(ops));
    }

    @Property(tries = 60)
    @Label("the same footing checks pass, fail and go unevaluated in every language")
    void generatedStatementFootsTheSame(@ForAll("operations") ConsistentStatementProperties.Operations ops,
                                        @ForAll LabelTranslation language) {
        String english = english(ops);
        assertEquals(TranslatedLabelsTest.footing(english), TranslatedLabelsTest.footing(language.document(english)));
    }

    @Property(tries = 60)
    @Label("written as a German or French filer writes it (headers, decimal comma, grouping), the same footing checks pass and fail")
    void generatedStatementWrittenInAnotherLanguageFootsTheSame(@ForAll("operations") ConsistentStatementProperties.Operations ops,
                                                              @ForAll LabelTranslation language) {
        String english = english(ops);
        String written = language.written(english);
        assertEquals(withoutColumn(TranslatedLabelsTest.footing(english), "Year ended December 31, 2011"),
                withoutColumn(TranslatedLabelsTest.footing(written), language.header("Year ended December 31, 2011")));
        assertEquals(periods(english), periods(written), "the column's period");
    }

    /** The footing outcomes with the one column's header left out: each language heads it in its own words. */
    private static java.util.Map<String, Object> withoutColumn(java.util.Map<String, Object> footing, String header) {
        java.util.Map<String, Object> same = new java.util.TreeMap<>(footing);
        same.computeIfPresent("failed on", (key, failed) -> ((List<?>) failed).stream().map(o -> o.toString().replace("/" + header + "/", "/")).toList());
        return same;
    }

    private static List<String> periods(String canonicalJson) {
        return dev.crossfoot.TestRuns.check(canonicalJson).statements().stream()
                .flatMap(table -> table.periods().stream()).map(String::valueOf).toList();
    }

    @Provide
    Arbitrary<ConsistentStatementProperties.Operations> operations() {
        return new ConsistentStatementProperties().operations();
    }
}
