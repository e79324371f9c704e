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

    @Property(tries = 60)
    @Label("the same footing checks pass, fail and go unevaluated in every language")
    void generatedStatementFootsTheSame(@ForAll("operations") ConsistentStatementProperties.Operations ops,
                                        @ForAll LabelTranslation language) {
        String english = Checks.document("Consolidated Statements of Operations", "in thousands, except per share amounts",
                List.of("Year ended December 31, 2011"), ConsistentStatementProperties.rows(ops));
        assertEquals(TranslatedLabelsTest.footing(english), TranslatedLabelsTest.footing(language.document(english)));
    }

    @Provide
    Arbitrary<ConsistentStatementProperties.Operations> operations() {
        return new ConsistentStatementProperties().operations();
    }
}
