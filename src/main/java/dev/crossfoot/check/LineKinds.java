package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.understand.Labels;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What kind of figure a line's label names, as a reader of financial tables knows it without the
 * numbers: a balance held at a date (total assets, cash on hand, working capital) or a flow over a
 * period (revenues, costs, earnings, depreciation, purchases, cash provided by an activity). A
 * total of one kind is never the sum of lines of the other: "Total assets" under a segment's income
 * lines is a figure of its own, and so is "Net cash provided by operating activities" under cash
 * and working capital in a liquidity summary.
 * <p>
 * Only labels that say their kind outright are classified; every other line is of no known kind and
 * fits any total. Balance-sheet lines named after flows ("Income taxes payable", "Deferred
 * revenue", "Accrued expenses", "Costs in excess of billings") say they are balances, and so do
 * lines under a header of balances ("Depreciation and amortization" under "Deferred tax assets:").
 */
final class LineKinds {

    enum Kind { BALANCE, FLOW, UNKNOWN }

    /** A total of assets or liabilities: what a balance sheet or a segment note reports at a date. */
    private static final Pattern BALANCE_TOTAL = Pattern.compile(
            "^total (\\S+ ){0,3}(assets|liabilities)\\b(?!.*\\b(acquired|assumed)\\b)");
    /** A line that states a balance held at a date. */
    private static final Pattern BALANCE_LINE = Pattern.compile(
            "^(total (\\S+ ){0,3}(assets|liabilities)\\b|cash and cash equivalents$|cash, cash equivalents and (short-term )?"
                    + "(investments|marketable securities)$|working capital$)");
    /** A line that states a flow of a period: a result, a revenue or cost, a cash flow of an activity. */
    private static final Pattern FLOW_LINE = Pattern.compile(
            "^((segment|total|consolidated|adjusted) )*(net )?(revenues?|sales|earnings|income|profit|costs?|expenses?)\\b"
                    + "|^(operating|gross) (income|profit|margin|earnings|costs?|expenses?)\\b"
                    + "|\\b(income|earnings|profit|loss|\\(loss\\)) before (income )?tax"
                    + "|^(depreciation|amortization|purchases of|payments for|additions to|capital expenditures|interest expense)\\b"
                    + "|^net cash\\b.*\\bactivities\\b|^free cash flow\\b");
    /** Words that make a line a balance whatever flow it is named after. */
    private static final Pattern BALANCE_WORDS = Pattern.compile(
            "\\b(payable|receivable|reserves?|in excess of|deferred|prepaid|accrued|unearned|unbilled|liabilit\\w*|assets?)\\b");

    private LineKinds() {
    }

    /** The kind a total names: only totals of assets or liabilities, and net cash of an activity. */
    static Kind ofTotal(StatementRow total) {
        String label = Labels.normalise(total.label());
        if (BALANCE_TOTAL.matcher(label).find()) {
            return Kind.BALANCE;
        }
        if (label.startsWith("net cash") && label.matches(".*\\bactivities\\b.*")) {
            return Kind.FLOW;
        }
        return Kind.UNKNOWN;
    }

    /** The kind a line names outright, or UNKNOWN. */
    static Kind ofLine(StatementRow line) {
        String label = Labels.normalise(line.label());
        if (BALANCE_LINE.matcher(label).find()) {
            return Kind.BALANCE;
        }
        boolean underBalance = line.sectionPath().stream()
                .anyMatch(header -> BALANCE_WORDS.matcher(Labels.normalise(header)).find());
        if (FLOW_LINE.matcher(label).find() && !BALANCE_WORDS.matcher(label).find() && !underBalance) {
            return Kind.FLOW;
        }
        return Kind.UNKNOWN;
    }

    /** Whether a reading holds a line of the other kind than its total names. */
    static boolean mixes(StatementRow total, List<StatementRow> reading) {
        Kind kind = ofTotal(total);
        if (kind == Kind.UNKNOWN) {
            return false;
        }
        Kind other = kind == Kind.BALANCE ? Kind.FLOW : Kind.BALANCE;
        return reading.stream().anyMatch(line -> ofLine(line) == other);
    }
}
