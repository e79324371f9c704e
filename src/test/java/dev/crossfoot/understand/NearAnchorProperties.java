package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The claim finder's patterns matched at the end of the words before a figure find the same first match searched only
 * near that end as searched from every character ({@link NearAnchor}); the trailing marks removed from the end are what
 * the pattern removes. Texts end in the claims files' own phrases (each cue's, with "by" or "of", commas, colons and white
 * space after them, some with characters that match a letter ignoring case), after words, figures, spaces of every kind and
 * supplementary characters (and lone surrogates), and some end in a line terminator.
 */
class NearAnchorProperties {

    private static final ClaimWords WORDS = ClaimWords.builtIn();
    private static final ClaimFinder FINDER = new ClaimFinder(WORDS);

    @Property(tries = 4000)
    @Label("each pattern matched at the end finds the same first match near the end as from every character")
    void nearTheEndIsEverywhere(@ForAll("endings") String text) {
        for (NearAnchor anchor : FINDER.endAnchored()) {
            assertSameMatch(anchor.everywhere(text), anchor.atEnd(text), text);
        }
    }

    @Property(tries = 3000)
    @Label("the marks a text ends with, removed from its end, are what the pattern removes")
    void trailingMarksFromTheEndAreThePatterns(@ForAll("endings") String text) {
        assertEquals(ClaimFinder.withoutTrailingMarksEverywhere(text), ClaimFinder.withoutTrailingMarks(text), text);
    }

    @Property(tries = 3000)
    @Label("trimming a measure's words with the patterns searched near the end gives what the patterns everywhere give")
    void trimmingIsUnchanged(@ForAll("endings") String text) {
        assertEquals(FINDER.trimEverywhere(text), FINDER.trim(text), text);
    }

    @Example
    void aBoundOneWordShortMissesTheMatch() {
        // What the property must catch: a bound that leaves out the "by" after the longest phrase starts too late.
        Pattern increase = Pattern.compile(WORDS.alternation(ClaimCue.INCREASE) + "(?:\\s+(?:by|of))?[\\s,]*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        String text = "Revenue grew by , ";
        NearAnchor tooEager = new NearAnchor(increase, "grew".length(), ",");
        assertNotNull(new NearAnchor(increase, 6, ",").atEnd(text));
        assertNull(tooEager.atEnd(text));
        assertNotNull(tooEager.everywhere(text));
    }

    @Example
    void aYearAnchoredScanFindsEveryYearsPhrase() {
        // The longest phrases before a year: "compared to the year", "and September 30,".
        String text = "Revenue in 2019 rose compared to the year 2020, and September 30, 2021 and in fiscal 2022.";
        String folded = Mentions.fold(text);
        PeriodPhrases periods = new PeriodPhrases(WORDS);
        List<PeriodPhrases.Found> found = periods.find(text, folded, true);
        assertEquals(periods.find(text, folded, false), found);
        assertEquals(List.of("2019", "2020", "September 30, 2021", "fiscal 2022"),
                found.stream().map(f -> text.substring(f.start(), f.end()).strip()).toList());
    }

    private static void assertSameMatch(Matcher expected, Matcher actual, String text) {
        if (expected == null) {
            assertNull(actual, text);
            return;
        }
        assertNotNull(actual, text);
        assertEquals(expected.start(), actual.start(), text);
        assertEquals(expected.end(), actual.end(), text);
        assertEquals(expected.group(), actual.group(), text);
    }

    @Provide
    Arbitrary<String> endings() {
        List<String> phrases = new ArrayList<>();
        for (ClaimCue cue : List.of(ClaimCue.INCREASE, ClaimCue.DECREASE, ClaimCue.APPROXIMATE, ClaimCue.LOWER_BOUND,
                ClaimCue.UPPER_BOUND, ClaimCue.RANGE_START, ClaimCue.LINKING_VERB, ClaimCue.VERB, ClaimCue.ARTICLE,
                ClaimCue.CHANGE_FROM)) {
            phrases.addAll(WORDS.phrases(cue));
        }
        Arbitrary<String> phrase = Arbitraries.of(phrases).flatMap(p -> Arbitraries.of(" ", "  ", "\t", "\n ")
                .map(space -> p.replace(" ", space))).flatMap(p -> Arbitraries.of(p, p.toUpperCase(java.util.Locale.ROOT),
                        // Characters a case-insensitive literal matches besides its own: the long s, the Kelvin sign.
                        p.replace('s', '\u017f'), p.replace('k', '\u212a')));
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of("Revenue", "net", "sales", "for", "the", "quarter", "in",
                        "during", "$1.2", "million", "2019", "(", ")", "Ab", "x", "–", "—", "-", ";", ":", ",",
                        "\ud801\udc28\ud801\udc00", "\udc00", "\ud801"),
                phrase);
        Arbitrary<String> gap = Arbitraries.of(" ", "", "  ", "\u00a0", "\t", "\n", ",", ", ");
        Arbitrary<String> after = Arbitraries.of("", " ", " by", " of", "  by ,", ", ", " ,,  ", ":", " ;", " -", " (", "\n",
                "\r\n", "\u2028", " \u0085", ",\u2029", " by\u2028");
        return Arbitraries.lazy(() -> word.list().ofMinSize(0).ofMaxSize(12).flatMap(words ->
                gap.list().ofSize(words.size()).flatMap(gaps -> phrase.injectNull(0.2).flatMap(last -> after.map(end -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < words.size(); i++) {
                        text.append(words.get(i)).append(gaps.get(i));
                    }
                    if (last != null) {
                        text.append(last);
                    }
                    return text.append(end).toString();
                })))));
    }
}
