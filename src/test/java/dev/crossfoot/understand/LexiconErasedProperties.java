package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A text erased of a cue and kept ({@link Lexicon#erased}) is what erasing it afresh gives ({@link Lexicon#erase}),
 * whatever was asked of the text before: other cues erased, matched or stripped, the same text asked again.
 */
class LexiconErasedProperties {

    private static final List<Cue> CUES = List.of(Cue.QUOTED_TERMS, Cue.COUNT_OF_INSTRUMENT, Cue.UNIT_PER_SHARE,
            Cue.REPORTED_COLUMN, Cue.SHARE_COUNT, Cue.PER_SHARE);

    @Property(tries = 3000)
    @Label("a kept erasure equals a fresh one, in any order of asks on one lexicon")
    void keptErasureIsFresh(@ForAll("asks") List<Ask> asks) {
        // One lexicon: erase works the text out afresh every time, erased keeps it with the lexicon's memo of the text.
        Lexicon kept = Lexicon.builtIn();
        Lexicon fresh = kept;
        for (Ask ask : asks) {
            switch (ask.how()) {
                case 0 -> assertEquals(fresh.erase(ask.cue(), ask.text()), kept.erased(ask.cue(), ask.text()), ask.toString());
                case 1 -> kept.matches(ask.cue(), ask.text());
                default -> kept.strip(ask.cue(), ask.text());
            }
        }
    }

    record Ask(int how, Cue cue, String text) { }

    @Provide
    Arbitrary<List<Ask>> asks() {
        // Labels quoting terms as the lexicon's patterns read them, and their pieces: some texts asked more than once.
        Arbitrary<String> texts = Arbitraries.of("cash dividends ($0.12 per share)", "common stock, par value $1 per share; 10,000 shares authorized",
                "treasury stock (2009 - 39,373,898 shares)", "2009 restricted shares", "series 1 common shares",
                "common dividends declared (per share: $0.04; $0.04)", "dividends (10 cents per share)", "net income",
                "common stock, $0.01 par value, 5,000 shares issued", "units 12", "12 units", "");
        return Arbitraries.integers().between(0, 2).flatMap(how -> Arbitraries.of(CUES).flatMap(cue -> texts.map(
                text -> new Ask(how, cue, text)))).list().ofMaxSize(12);
    }
}
