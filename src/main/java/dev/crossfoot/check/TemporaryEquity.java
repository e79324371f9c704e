package dev.crossfoot.check;

import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;


/**
 * Redeemable stock and redeemable interests are temporary ("mezzanine") equity: the balance sheet
 * shows them between the liabilities and shareholders' equity, and outside both. A condensed
 * balance sheet that shows equity as one "Total shareholders' equity" line right below such a
 * line does not total it.
 */
final class TemporaryEquity {


    private TemporaryEquity() {
    }

    static boolean isTemporaryEquity(StatementRow row) {
        return row.role() == RowRole.ITEM && Lexicon.current().matches(Cue.TEMPORARY_EQUITY, row.normalLabel());
    }

    /**
     * Whether a total, read by layout, stops at {@code item} above it: temporary equity is outside
     * the equity, so no total of the equity side reaches past it — neither "Total shareholders'
     * equity" nor a total within the equity ("Total accumulated other comprehensive income") that
     * has no section heading above its lines. A total of the liabilities may take a redeemable line
     * in (stock classified as a liability), and a total of the temporary equity its own lines.
     */
    static boolean stopsAt(StatementRow total, StatementRow item) {
        if (!isTemporaryEquity(item)) {
            return false;
        }
        Lexicon lexicon = Lexicon.current();
        String label = total.normalLabel();
        return !lexicon.matches(Cue.TEMPORARY_EQUITY, label) && !lexicon.matches(Cue.LIABILITIES, label);
    }

    /**
     * "Total shareholders' equity", "Total stockholders' (deficit) equity"; not the grand total with
     * the liabilities, nor the total of the temporary equity itself ("Total temporary equity").
     */
    static boolean isEquityTotal(StatementRow row) {
        Lexicon lexicon = Lexicon.current();
        String label = row.normalLabel();
        return row.role() == RowRole.TOTAL && lexicon.matches(Cue.TOTAL, label) && lexicon.matches(Cue.EQUITY, label)
                && !lexicon.matches(Cue.LIABILITIES, label) && !lexicon.matches(Cue.TEMPORARY_EQUITY, label);
    }
}
