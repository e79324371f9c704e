package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import dev.crossfoot.model.RowRole;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a label is a total's ({@link Hierarchy#isTotalLabel}), its cues asked of one look-up of the text's answers
 * ({@link Lexicon#answers}), is what asking each cue of the normalised label on its own gives, whichever cues were
 * asked of the text before.
 */
@Label("A total label is told from the text's answers looked up once as from each cue asked alone")
class TotalLabelProperties {

    /** Pieces of labels: each cue's words (and the near misses beside them), in the cases and marks filers use. */
    private static final List<String> WORDS = List.of("Total", "total", "TOTAL", "Subtotal", "sub-total", ", total", "total,",
            "Comprehensive income", "comprehensive loss", "comprehensive income (loss)", "Net cash provided by", "cash used in",
            "operating activities", "investing activities", "financing activities", "operations", "from operations",
            "discontinued operations", "continuing operations", "attributable to", "Net income", "Revenues", "assets",
            "Gesamt", "Summe", "Total des", "Zwischensumme", ":", ",", "(1)", "*", "\u00a0", "  ", "\n", "-", "Less:");

    /** The cues the plain computation asks, so that the text's answers may already hold some when the total is asked. */
    private static final List<Cue> ASKED = List.of(Cue.TOTAL, Cue.SUBTOTAL, Cue.NAMED_TOTAL, Cue.ACTIVITY_NET_CASH,
            Cue.DISCONTINUED_PART, Cue.COMPREHENSIVE_RESULT, Cue.BALANCE, Cue.OPENING_BALANCE);

    /** The same phrases in a lexicon of its own, whose answers no other test or try has asked. */
    private static final Lexicon UNSHARED = Lexicon.empty().with(Lexicon.builtIn());

    record Asked(String label, List<Cue> before) { }

    @Property(tries = 3000)
    @Label("each label's answer is the plain one, asked first, after other cues and again")
    void totalsAreThePlainOnes(@ForAll("labels") Asked asked) {
        String label = asked.label();
        // Another text's answers are asked first, as the cues a line's reading asks in turn leave them.
        Lexicon lexicon = Lexicon.current();
        for (Cue cue : asked.before()) {
            lexicon.matches(cue, Labels.normalise(label));
        }
        boolean plain = plain(label);
        assertEquals(plain, Hierarchy.isTotalLabel(label), () -> "'" + label + "' after " + asked.before());
        assertEquals(plain, Hierarchy.isTotalLabel(label), () -> "'" + label + "', asked again");
        String normal = Labels.normalise(label);
        assertEquals(lexicon.matches(Cue.ACTIVITY_NET_CASH, normal) && !lexicon.matches(Cue.DISCONTINUED_PART, normal),
                Hierarchy.namesActivityNetCash(normal), () -> "'" + label + "': an activity's net cash");
    }

    @Property(tries = 1000)
    @Label("a text's answers are each cue's answer, for a text never asked before")
    void answersAreEachCuesAnswer(@ForAll("fresh") String text, @ForAll("cues") Cue cue) {
        // A text made new on each try: its answers are worked out on this question, not found kept.
        boolean expected = UNSHARED.matches(cue, text);
        assertEquals(expected, Lexicon.current().answers(text).matches(cue), () -> "'" + text + "' " + cue);
    }

    @Property(tries = 1000)
    @Label("a table's lines given depths take the roles their labels give, read from the normal label each line carries")
    void rolesFromTheCarriedNormalLabel(@ForAll("tables") List<Hierarchy.Line> lines) {
        List<Hierarchy.Place> places = new Hierarchy().places(lines);
        for (int i = 0; i < lines.size(); i++) {
            Hierarchy.Line line = lines.get(i);
            RowRole plain = !line.hasNumbers() && !line.unlabelledTotal() ? RowRole.HEADER
                    : line.unlabelledTotal() || plain(line.label()) ? RowRole.TOTAL : RowRole.ITEM;
            int at = i;
            assertEquals(plain, places.get(i).role(), () -> "line " + at + " '" + line.label() + "' of " + lines);
        }
    }

    @Example
    @Label("totals, subtotals, named totals, net cash of an activity but not its discontinued part, comprehensive income")
    void examples() {
        assertTrue(Hierarchy.isTotalLabel("Total current assets"));
        assertTrue(Hierarchy.isTotalLabel("Subtotal"));
        assertTrue(Hierarchy.isTotalLabel("Property, plant and equipment, net, total"));
        assertTrue(Hierarchy.isTotalLabel("Net cash provided by operating activities"));
        assertFalse(Hierarchy.isTotalLabel("Net cash provided by operating activities of discontinued operations"));
        assertTrue(Hierarchy.isTotalLabel("Comprehensive income"));
        assertFalse(Hierarchy.isTotalLabel("Revenues"));
        assertFalse(Lexicon.current().answers(null).matches(Cue.TOTAL));
    }

    /** The answer as it was worked out before the answers were looked up once: each cue asked on its own. */
    private static boolean plain(String label) {
        String normal = Labels.normalise(label);
        Lexicon lexicon = Lexicon.current();
        return lexicon.matches(Cue.TOTAL, normal) || lexicon.matches(Cue.SUBTOTAL, normal) || lexicon.matches(Cue.NAMED_TOTAL, normal)
                || lexicon.matches(Cue.ACTIVITY_NET_CASH, normal) && !lexicon.matches(Cue.DISCONTINUED_PART, normal)
                || lexicon.matches(Cue.COMPREHENSIVE_RESULT, normal);
    }

    private static Arbitrary<String> label() {
        return Arbitraries.oneOf(
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words)),
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("", words)));
    }

    @Provide
    Arbitrary<Asked> labels() {
        return Combinators.combine(label(), Arbitraries.of(ASKED).list().ofMaxSize(4)).as(Asked::new);
    }

    /** Lines as the reading of a table makes them, each carrying its label normalised; depths given, so roles are the labels'. */
    @Provide
    Arbitrary<List<Hierarchy.Line>> tables() {
        Arbitrary<Hierarchy.Line> line = Combinators.combine(label(), Arbitraries.of(true, true, true, false),
                Arbitraries.integers().between(0, 3), Arbitraries.of(false, false, false, false, true))
                .as((label, numbers, depth, unlabelled) -> new Hierarchy.Line(label, numbers, depth, unlabelled, Labels.normalise(label)));
        return line.list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<String> fresh() {
        return Combinators.combine(label(), Arbitraries.longs()).as((text, salt) -> Labels.normalise(text) + " " + salt);
    }

    @Provide
    Arbitrary<Cue> cues() {
        return Arbitraries.of(ASKED);
    }
}
