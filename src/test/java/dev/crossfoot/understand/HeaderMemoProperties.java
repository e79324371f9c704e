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
 * A header's column measure and quarter, kept per header ({@link MeasureNames#columnMeasure},
 * {@link MeasureNames#headerQuarter}), are what a fresh instance works out for it, whatever headers were asked before.
 */
class HeaderMemoProperties {

    private static final ClaimWords WORDS = ClaimWords.builtIn();
    /** One instance for every try: its memos fill across them, as a run's do. */
    private static final MeasureNames KEPT = new MeasureNames(WORDS);

    @Property(tries = 1000)
    @Label("a kept column measure and quarter equal those a fresh instance works out, in any order of asks")
    void keptEqualsWorkedOut(@ForAll("headerLists") List<String> headers) {
        MeasureNames fresh = new MeasureNames(WORDS);
        for (String header : headers) {
            assertEquals(fresh.measureOfHeader(header), KEPT.columnMeasure(header), header);
            assertEquals(fresh.quarterOfHeader(header), KEPT.headerQuarter(header), header);
        }
    }

    @Property(tries = 1000)
    @Label("a word kept as concept-neutral or not is what the cue says of it")
    void keptNeutralWordIsTheCues(@ForAll("words") List<String> words) {
        for (String word : words) {
            assertEquals(new MeasureNames(WORDS).says(ClaimCue.CONCEPT_NEUTRAL, word), KEPT.conceptNeutral(word), word);
        }
    }

    @Provide
    Arbitrary<List<String>> words() {
        // The neutral word, words holding it, upper case, spaces and nothing.
        return Arbitraries.of("net", "Net", "NET", "nets", "network", "cash", "net sales", " net", "", "income", "n", "et")
                .list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<String>> headerLists() {
        // Headers of periods, of measures, of both, of percentages and of quarters, some asked more than once.
        Arbitrary<String> part = Arbitraries.of("2024", "2023", "Fiscal Year 2018", "Three Months Ended", "June 30,", "Q4",
                "Fourth Quarter", "Fiscal 2019", "Net Sales", "Revenue", "% of Total", "Percent Change", "APAC", "Total",
                "Operating income", "Adjusted", "(in millions)", "Year Ended December 31,");
        return part.list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join(" ", parts)).list().ofMaxSize(8)
                .flatMap(list -> Arbitraries.integers().between(0, 3).map(repeats -> {
                    List<String> asked = new java.util.ArrayList<>(list);
                    for (int r = 0; r < repeats && !list.isEmpty(); r++) {
                        asked.add(list.get(r % list.size()));
                    }
                    return asked;
                }));
    }
}
