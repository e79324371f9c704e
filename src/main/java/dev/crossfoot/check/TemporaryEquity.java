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

    /** "Total shareholders' equity", "Total stockholders' (deficit) equity"; not the grand total with the liabilities. */
    static boolean isEquityTotal(StatementRow row) {
        Lexicon lexicon = Lexicon.current();
        String label = row.normalLabel();
        return row.role() == RowRole.TOTAL && lexicon.matches(Cue.TOTAL, label) && lexicon.matches(Cue.EQUITY, label)
                && !lexicon.matches(Cue.LIABILITIES, label);
    }
}
