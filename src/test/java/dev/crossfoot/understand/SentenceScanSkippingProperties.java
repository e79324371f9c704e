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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sentence's figures and periods are found alike whether the scans skip what cannot match or not: the figures' search
 * starting a few characters before the next digit finds what the regex tried at every place finds; the scans of dates and
 * years skipped in a sentence without a year, and of short quarters in one without a 'Q' before a digit, find nothing
 * the unskipped scans would; a measure's words trimmed once are not trimmed again (trimming is idempotent). Sentences are
 * built of the claims files' own words, figures, years and near-years.
 */
class SentenceScanSkippingProperties {

    private static final ClaimWords WORDS = ClaimWords.builtIn();
    private static final Figures FIGURES = new Figures(WORDS);
    private static final PeriodPhrases PERIODS = new PeriodPhrases(WORDS);

    @Property(tries = 3000)
    @Label("the figures found from the next digit on are the figures the regex finds at every place")
    void figuresFoundFromTheNextDigitAreTheRegexs(@ForAll("sentences") String text) {
        assertEquals(FIGURES.findEverywhere(text), FIGURES.find(text), text);
    }

    @Property(tries = 3000)
    @Label("the periods found with the year and quarter scans skipped where they cannot match are those found without skipping")
    void periodsFoundWithSkippingAreThoseWithout(@ForAll("sentences") String text) {
        String folded = Mentions.fold(text);
        assertEquals(PERIODS.find(text, folded, false), PERIODS.find(text, folded, true), text);
    }

    @Property(tries = 3000)
    @Label("a measure's words trimmed once are trimmed: trimming them again gives them back")
    void trimmingTwiceIsTrimmingOnce(@ForAll("sentences") String text) {
        ClaimFinder finder = ClaimFinder.builtIn();
        String trimmed = finder.trim(text);
        assertEquals(trimmed, finder.trim(trimmed), text);
    }

    @Example
    void aFigureRightAfterItsCurrencyCapitalsAndSpaceIsFound() {
        // Six characters before the digit: the most a figure's match holds, the search must start no later.
        String text = "Revenue was USD\\$ 5 million and S$3.65 billion, or 12 percent.";
        List<Figures.Found> found = FIGURES.find(text);
        assertEquals(FIGURES.findEverywhere(text), found);
        assertEquals(3, found.size(), found.toString());
        assertEquals(text.indexOf("USD"), found.get(0).start());
    }

    @Example
    void yearsAndShortQuartersAreToldByTheirCharacters() {
        assertTrue(PeriodPhrases.hasYear("in 1999"));
        assertTrue(PeriodPhrases.hasYear("2024"));
        assertFalse(PeriodPhrases.hasYear("$2,124 million, up 18% from 2,0"));
        assertFalse(PeriodPhrases.hasYear("202"));
        assertTrue(PeriodPhrases.hasShortQuarter("q4 results"));
        assertFalse(PeriodPhrases.hasShortQuarter("Q5 and Q 3"));
        String dated = "Net sales were $1.2 billion for the year ended December 31, 2019, and in 2018 $1.0 billion.";
        assertEquals(PERIODS.find(dated, Mentions.fold(dated), false), PERIODS.find(dated, Mentions.fold(dated), true));
        assertTrue(PERIODS.find(dated, Mentions.fold(dated), true).size() >= 2);
    }

    private static List<String> periodPhrases() {
        List<String> phrases = new java.util.ArrayList<>();
        for (ClaimCue cue : List.of(ClaimCue.MONTHS_ENDED, ClaimCue.YEAR_ENDED, ClaimCue.QUARTER_ENDED, ClaimCue.AS_OF,
                ClaimCue.QUARTER, ClaimCue.FISCAL, ClaimCue.YEAR, ClaimCue.YEAR_BEFORE, ClaimCue.SAME_PERIOD_IN, ClaimCue.RANGE_END)) {
            phrases.addAll(WORDS.phrases(cue));
        }
        for (ClaimCue.Valued kind : List.of(ClaimCue.Valued.COUNT, ClaimCue.Valued.ORDINAL, ClaimCue.Valued.MONTH)) {
            phrases.addAll(WORDS.words(kind));
        }
        phrases.addAll(List.of("month", "months", "the first", "first six months of", "twelve-months", "third-quarter"));
        return phrases;
    }

    @Provide
    Arbitrary<String> sentences() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of("the", "year", "ended", "December", "31,", "June", "30", "months", "six", "nine", "first", "of",
                        "in", "for", "during", "fiscal", "quarter", "third", "Q3", "q4", "Q5", "FY", "same", "period", "prior",
                        "compared", "to", "and", ",", "as", "through", "respectively", "full", "million", "billion",
                        "percent", "%", "per", "share", "diluted", "-", "–", "(", ")", ".", "up", "increased", "Revenue",
                        "US$", "S$", "A$", "\\$", "$", "€", "£", "¥", "USD", "Ab", "x", "versus", "from", "compared to",
                        "September", "Sept.", "March", "31", "1,", "year", "the year", "\n"),
                Arbitraries.of("2019", "2024", "1999", "2001", "19", "20", "2", "202", "3099", "1850", "20245", "2019%"),
                Arbitraries.integers().between(0, 99999).map(String::valueOf),
                Arbitraries.of("1,234", "12,345.6", "0.25", "3.", ".5", "1,23", "4/5", "7.2.1"),
                // The period phrases of the claims files, as written and with hyphens for spaces.
                Arbitraries.of(periodPhrases()).flatMap(p -> Arbitraries.of(p, p.replace(' ', '-'), p.toUpperCase(java.util.Locale.ROOT))));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "", "  ", "\u00a0", "\t");
        return Arbitraries.lazy(() -> token.list().ofMinSize(1).ofMaxSize(24).flatMap(tokens ->
                gap.list().ofSize(tokens.size()).map(gaps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < tokens.size(); i++) {
                        text.append(tokens.get(i)).append(gaps.get(i));
                    }
                    return text.toString();
                })));
    }
}
