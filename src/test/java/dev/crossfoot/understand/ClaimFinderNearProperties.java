package dev.crossfoot.understand;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Paragraph;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The claims a text states are the same whether the finder's scans start only near where a match can ({@link
 * NearAnchor}: near the end of the words before a figure, near the next year, near the next word a scan needs) or at
 * every character. Paragraphs are built of the claims files' own phrases (kinds of figures, comparisons, clause breaks,
 * relative clauses, "respectively", verbs, periods), measures, figures and years.
 */
class ClaimFinderNearProperties {

    private static final ClaimWords WORDS = ClaimWords.builtIn();
    private static final ClaimFinder NEAR = new ClaimFinder(WORDS, true);
    private static final ClaimFinder EVERYWHERE = new ClaimFinder(WORDS, false);

    @Property(tries = 1500)
    @Label("the claims found with the scans started near where a match can are those found with every character tried")
    void nearIsEverywhere(@ForAll("paragraphs") List<String> paragraphs) {
        Document document = document(paragraphs);
        assertEquals(EVERYWHERE.find(document), NEAR.find(document), String.join("\n", paragraphs));
    }

    @Example
    void aDiscussionsClaimsAreFoundAlike() {
        List<String> paragraphs = List.of(
                "Fiscal 2019 compared to Fiscal 2018",
                "Net sales increased by $245 million, or 4%, to $6.3 billion in fiscal 2019 compared to $6.0 billion in the prior year, "
                        + "primarily due to higher volume, which was recorded in the third quarter of 2019.",
                "Revenue for the three months ended June 30, 2019 and 2018 was $1.2 billion and $1.1 billion, respectively.",
                "Gross profit decreased from $512.3 million for the year ended December 31, 2018 to $498.0 million for the year "
                        + "ended December 31, 2019, a decrease of approximately $14.3 million versus the same period last year.");
        Document document = document(paragraphs);
        List<Claim> found = NEAR.find(document);
        assertFalse(found.isEmpty());
        assertEquals(EVERYWHERE.find(document), found);
    }

    private static Document document(List<String> paragraphs) {
        List<Paragraph> read = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            read.add(Paragraph.at(paragraphs.get(i), Location.ofFragment("t.json", "/paragraphs/" + i)));
        }
        return new Document("d", "", "", "", "t.json", List.of(), read);
    }

    private static List<String> phrases() {
        List<String> phrases = new ArrayList<>();
        for (ClaimCue cue : List.of(ClaimCue.INCREASE, ClaimCue.DECREASE, ClaimCue.APPROXIMATE, ClaimCue.LOWER_BOUND,
                ClaimCue.UPPER_BOUND, ClaimCue.RANGE_START, ClaimCue.RANGE_JOIN, ClaimCue.LINKING_VERB, ClaimCue.VERB,
                ClaimCue.CHANGE_FROM, ClaimCue.COMPARISON, ClaimCue.COMPARISON_BEFORE_FIGURE, ClaimCue.CLAUSE_BREAK,
                ClaimCue.RELATIVE_CLAUSE, ClaimCue.RESPECTIVELY, ClaimCue.MONTHS_ENDED, ClaimCue.YEAR_ENDED,
                ClaimCue.QUARTER_ENDED, ClaimCue.AS_OF, ClaimCue.QUARTER, ClaimCue.FISCAL, ClaimCue.YEAR, ClaimCue.YEAR_BEFORE,
                ClaimCue.SAME_PERIOD_IN, ClaimCue.PER_SHARE, ClaimCue.YEAR_OVER_YEAR)) {
            phrases.addAll(WORDS.phrases(cue));
        }
        for (ClaimCue.Valued kind : List.of(ClaimCue.Valued.COUNT, ClaimCue.Valued.ORDINAL, ClaimCue.Valued.MONTH)) {
            phrases.addAll(WORDS.words(kind));
        }
        return phrases;
    }

    @Provide
    Arbitrary<List<String>> paragraphs() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.of(phrases()),
                Arbitraries.of("Revenue", "Net sales", "Gross profit", "operating income", "net income", "the Company", "we",
                        "our", "total", "Sears Canada", "Revenue:", "(1)", "(a)", "non-GAAP", "adjusted"),
                Arbitraries.of("$1.2 million", "$245 million", "4%", "12.5 percent", "$0.45", "$6.3 billion", "1,234", "$(3.1)",
                        "USD 5 million", "2019", "2018", "fiscal 2019", "Q3 2019", "December 31, 2019", "June 30,", "30"),
                Arbitraries.of(",", ".", ";", ":", "(", ")", "-", "–"));
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", "  ", "\u00a0", ", ");
        Arbitrary<String> paragraph = token.list().ofMinSize(1).ofMaxSize(30).flatMap(tokens ->
                gap.list().ofSize(tokens.size()).map(gaps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < tokens.size(); i++) {
                        text.append(tokens.get(i)).append(gaps.get(i));
                    }
                    return text.toString().strip() + ".";
                }));
        return paragraph.list().ofMinSize(1).ofMaxSize(4);
    }
}
