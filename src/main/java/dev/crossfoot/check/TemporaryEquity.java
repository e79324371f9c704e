package dev.crossfoot.check;

import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.understand.Labels;

import java.util.regex.Pattern;

/**
 * Redeemable stock and redeemable interests are temporary ("mezzanine") equity: the balance sheet
 * shows them between the liabilities and shareholders' equity, and outside both. A condensed
 * balance sheet that shows equity as one "Total shareholders' equity" line right below such a
 * line does not total it.
 */
final class TemporaryEquity {

    private static final Pattern TEMPORARY = Pattern.compile("^redeemable\\b|\\btemporary equity\\b|\\bmezzanine\\b");
    private static final Pattern EQUITY_TOTAL = Pattern.compile("^total\\b.*\\b(equity|deficit|deficiency)\\b");

    private TemporaryEquity() {
    }

    static boolean isTemporaryEquity(StatementRow row) {
        return row.role() == RowRole.ITEM && TEMPORARY.matcher(Labels.normalise(row.label())).find();
    }

    /** "Total shareholders' equity", "Total stockholders' (deficit) equity"; not the grand total with the liabilities. */
    static boolean isEquityTotal(StatementRow row) {
        String label = Labels.normalise(row.label());
        return row.role() == RowRole.TOTAL && EQUITY_TOTAL.matcher(label).find() && !label.contains("liabilities");
    }
}
