package dev.crossfoot.understand;

import dev.crossfoot.model.StatementKind;

import java.util.List;
import java.util.Locale;

/**
 * Names a table's statement kind from its title first, then from the labels it carries. The
 * order of the title tests matters: "Reconciliation of … Statements of Operations" is a
 * reconciliation, not an income statement.
 */
public final class StatementClassifier {

    public StatementKind classify(String title, List<String> labels) {
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (t.contains("outlook") || t.contains("guidance")) {
            return StatementKind.OUTLOOK;
        }
        if (t.contains("non-gaap") || t.contains("non gaap")) {
            return StatementKind.RECONCILIATION;
        }
        if (t.contains("reconciliation")) {
            // Only a reconciliation of GAAP to non-GAAP measures is one; a 10-K reconciles segment
            // totals to the statements, or basic to diluted shares, and is no statement either.
            StatementKind byLabels = fromLabels(labels);
            return t.contains("gaap") || t.contains("adjusted") || byLabels == StatementKind.RECONCILIATION
                    ? StatementKind.RECONCILIATION : StatementKind.OTHER;
        }
        if (t.contains("supplemental")) {
            return StatementKind.SUPPLEMENTAL;
        }
        if (t.contains("non-derivative securities") || t.contains("beneficially owned")) {
            return StatementKind.OWNERSHIP;
        }
        if (isProse(t)) {
            return fromLabels(labels);
        }
        if (t.contains("cash flow") && !scheduleOfFutureCashFlows(t, labels)) {
            return StatementKind.CASH_FLOW;
        }
        if (t.contains("balance sheet") || t.contains("financial position") || t.contains("financial condition")) {
            return StatementKind.BALANCE_SHEET;
        }
        if ((t.contains("stockholders") || t.contains("shareholders") || t.contains("equity")) && t.contains("statement")) {
            return StatementKind.EQUITY;
        }
        if (t.contains("operations") || t.contains("income") || t.contains("earnings") || t.contains("comprehensive loss")) {
            return StatementKind.INCOME;
        }
        return fromLabels(labels);
    }

    /**
     * A title that is no statement heading: the MD&amp;A heading ("Management's Discussion and
     * Analysis of Financial Condition and Results of Operations" names no statement) or a sentence
     * introducing a note table ("The following table presents our cash flows …:"). The rows decide.
     */
    private static boolean isProse(String title) {
        String t = title.strip();
        return t.contains("discussion and analysis") || t.startsWith("the following") || t.endsWith(":")
                || t.startsWith("item 7") || t.endsWith(".") || Lexicon.current().matches(Cue.PROSE_TITLE, t);
    }

    /**
     * "Expected cash flows" of a pension plan or a hedge, by future year: no line of it is a net
     * cash flow of an activity, which every statement of cash flows has.
     */
    private static boolean scheduleOfFutureCashFlows(String title, List<String> labels) {
        return (title.contains("expected") || title.contains("future") || title.equals("cash flows"))
                && labels.stream().map(Labels::normalise).noneMatch(label -> label.startsWith("net cash")
                        || label.contains("operating activities") || label.contains("investing activities"));
    }

    private static StatementKind fromLabels(List<String> labels) {
        boolean gaap = false;
        boolean nonGaap = false;
        boolean totalAssets = false;
        boolean netCash = false;
        boolean revenue = false;
        boolean netIncome = false;
        boolean totalRevenue = false;
        for (String raw : labels) {
            String label = Labels.normalise(raw);
            gaap |= label.startsWith("gaap ");
            nonGaap |= label.startsWith("non-gaap ");
            totalAssets |= label.equals("total assets");
            netCash |= label.startsWith("net cash");
            revenue |= label.contains("revenue") || label.contains("net sales");
            totalRevenue |= label.startsWith("total revenue") || label.startsWith("total net revenue") || label.startsWith("total net sales")
                    || label.startsWith("segment revenue") || label.startsWith("total sales");
            netIncome |= label.startsWith("net income") || label.startsWith("net loss") || label.startsWith("net earnings");
        }
        if (gaap && nonGaap) {
            return StatementKind.RECONCILIATION;
        }
        if (totalAssets && (revenue && netIncome || totalRevenue)) {
            // Total assets beside revenues and earnings: a segment note, neither statement.
            return StatementKind.OTHER;
        }
        if (totalAssets) {
            return StatementKind.BALANCE_SHEET;
        }
        if (netCash) {
            return StatementKind.CASH_FLOW;
        }
        if (revenue && netIncome) {
            return StatementKind.INCOME;
        }
        return StatementKind.OTHER;
    }
}
