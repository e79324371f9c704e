package dev.crossfoot.read;

import dev.crossfoot.understand.Lexicon;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A layout's unit captions, year-ends, dated headers and headers completed with a year-end asked once per text ({@link TextMemo}) are what the patterns say of each text
 * asked afresh, whatever the order of the asks and however often a text recurs; texts that differ only in case, spacing
 * or parentheses are different texts; a lexicon put in force later is the one asked.
 */
class TextMemoProperties {

    private static final HeaderWords ENGLISH = HeaderWords.english();

    @Property(tries = 2000)
    @Label("a document's headers and blocks asked in any order get the captions and year-ends asked afresh")
    void rememberedAnswersAreFreshAnswers(@ForAll("asks") List<String> texts) {
        TextMemo<String> units = new TextMemo<>(TextLines::unitIn);
        TextMemo<MonthDay> yearEnds = new TextMemo<>(text -> ColumnHeaders.yearEndIn(text, ENGLISH));
        TextMemo<Boolean> dated = new TextMemo<>(text -> ColumnHeaders.dated(text, ENGLISH));
        MonthDay june = MonthDay.of(6, 30);
        TextMemo<String> completed = new TextMemo<>(text -> ColumnHeaders.completeYear(text, june, ENGLISH));
        for (String text : texts) {
            assertEquals(TextLines.unitIn(text), units.get(text), text);
            assertEquals(ColumnHeaders.yearEndIn(text, ENGLISH), yearEnds.get(text), text);
            assertEquals(ColumnHeaders.dated(text, ENGLISH), dated.get(text), text);
            assertEquals(ColumnHeaders.completeYear(text, june, ENGLISH), completed.get(text), text);
        }
    }

    @Property(tries = 500)
    @Label("each text is worked out once, null answers included")
    void eachTextIsWorkedOutOnce(@ForAll("asks") List<String> texts) {
        Map<String, Integer> worked = new HashMap<>();
        TextMemo<MonthDay> yearEnds = new TextMemo<>(text -> {
            worked.merge(text, 1, Integer::sum);
            return ColumnHeaders.yearEndIn(text, ENGLISH);
        });
        texts.forEach(yearEnds::get);
        worked.forEach((text, times) -> assertEquals(1, times, text));
        assertEquals(texts.stream().distinct().count(), worked.size());
    }

    @Example
    void aLexiconPutInForceLaterIsAsked() {
        Lexicon tenths = Lexicon.builtIn().with(Lexicon.parse("xx.lexicon", """
                language en
                cue unit-caption
                  regex "\\bin\\s+tenths\\b"
                """));
        TextMemo<String> units = new TextMemo<>(TextLines::unitIn);
        String text = "Revenue (in tenths)";
        assertEquals("", units.get(text));
        try (Lexicon.Scope scope = Lexicon.use(tenths)) {
            assertEquals("in tenths", units.get(text));
        }
        assertEquals("", units.get(text));
    }

    @Provide
    Arbitrary<List<String>> asks() {
        Arbitrary<String> text = Arbitraries.of(
                "(in millions)", "(In Millions)", "(in  millions)", "in millions", "(in millions, except per share data)",
                "(Dollars in thousands)", "dollars in thousands", "Three Months Ended", "Years Ended June 30,",
                "Years ended June 30", "years ended june 30,", "Year Ended December 31, 2024", "Fiscal Years Ended September 28",
                "Years Ended February 28", "Years Ended February 29", "Six Months Ended June 30,", "2024", "", " ",
                "For the years ended December 31", "For the Years Ended December 31", "Revenue", "(unaudited)",
                "Years Ended 2024", "Years ended  2024", "Fiscal 2024", "2024 2023", "Year Ended 2024 (1)", "2023*");
        return text.list().ofMinSize(1).ofMaxSize(40);
    }
}
