package dev.crossfoot.check;

import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.understand.Labels;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Whether a line is a balance of a roll-forward ({@link RollForward#isBalance}), asked from the normal label the line
 * carries with both cues' answers looked up once, is what normalising the label again and asking each cue gives
 * ({@link RollForward#isBalancePlain}); and so are the lines after the last balance.
 */
@Label("A balance line is told from the normal label it carries as from its label normalised again")
class BalanceLineProperties {

    /** Pieces of labels: balances opening and closing, dates alone, movements, in the cases and marks filers use. */
    private static final List<String> WORDS = List.of("Balance", "balances", "Beginning", "beginning balance", "Opening balance",
            "Ending Balance", "closing balances", "at", "as of", "as adjusted", "end of year", "beginning of period", "Adjusted",
            "March 31, 2010", "December 31, 2009", "Jan. 1, 2009", "2009", "Net income", "Dividends declared", "Total",
            "stockholders' equity", "Cash at", "start of", ":", ",", "(1)", "*", "\u00a0", "  ", "\n", "-", "Less:", "BALANCE");

    record Line(String label, RowRole role) { }

    @Property(tries = 3000)
    @Label("each line's answer, and the lines after the last balance, are the plain ones")
    void balancesAreThePlainOnes(@ForAll("lines") List<Line> generated) {
        List<StatementRow> rows = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            rows.add(row(i, generated.get(i)));
        }
        for (StatementRow row : rows) {
            boolean plain = RollForward.isBalancePlain(row);
            assertEquals(plain, RollForward.isBalance(row), () -> "'" + row.label() + "' as " + row.role());
            // Asked again: now from the answers kept for the text.
            assertEquals(plain, RollForward.isBalance(row), () -> "'" + row.label() + "' as " + row.role() + ", asked again");
        }
        int last = rows.size() - 1;
        while (last >= 0 && !RollForward.isBalancePlain(rows.get(last))) {
            last--;
        }
        assertEquals(rows.subList(last + 1, rows.size()), RollForward.afterLastBalance(rows));
    }

    @Example
    @Label("a header naming an opening balance is one, a header naming a closing balance or a date is not")
    void headers() {
        assertTrue(RollForward.isBalance(row(0, new Line("Beginning balance:", RowRole.HEADER))));
        assertFalse(RollForward.isBalance(row(0, new Line("Balance at December 31, 2009", RowRole.HEADER))));
        assertFalse(RollForward.isBalance(row(0, new Line("December 31, 2009", RowRole.HEADER))));
        assertTrue(RollForward.isBalance(row(0, new Line("December 31, 2009", RowRole.ITEM))));
        assertTrue(RollForward.isBalance(row(0, new Line("Ending balance (1)", RowRole.TOTAL))));
    }

    /** A line as the reading of a table makes it: its normal label is its label normalised. */
    private static StatementRow row(int index, Line line) {
        return new StatementRow(new Row(line.label(), null, null, List.of(), null), Labels.normalise(line.label()), index, 0,
                line.role(), List.of(), null, Measure.MONEY, List.of(), List.of());
    }

    @Provide
    Arbitrary<List<Line>> lines() {
        Arbitrary<String> label = Arbitraries.oneOf(
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(5).map(words -> String.join(" ", words)),
                Arbitraries.of(WORDS).list().ofMinSize(1).ofMaxSize(4).map(words -> String.join("", words)),
                Arbitraries.of(WORDS).map(word -> word.toUpperCase(java.util.Locale.ROOT)),
                Arbitraries.strings().withChars("Bbalnce gio:,19 \u00a0").ofMaxLength(20),
                Arbitraries.just(""));
        Arbitrary<RowRole> role = Arbitraries.of(RowRole.ITEM, RowRole.TOTAL, RowRole.HEADER);
        return Combinators.combine(label, role).as(Line::new).list().ofMinSize(1).ofMaxSize(8);
    }
}
