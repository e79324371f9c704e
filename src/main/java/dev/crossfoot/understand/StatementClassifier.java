package dev.crossfoot.understand;

import dev.crossfoot.model.StatementKind;

import java.util.List;
import java.util.Locale;

/**
 * Names a table's statement kind from its title first, then from the labels it carries. The
 * order of the title tests matters: "Reconciliation of … Statements of Operations" is a
 * reconciliation, not an income statement. The words are the {@link Lexicon}'s (the cues ending in
 * {@code -title} and {@code -line}), so a language that names its statements is a lexicon file.
 */
public final class StatementClassifier {

    public StatementKind classify(String title, List<String> labels) {
        Lexicon lexicon = Lexicon.current();
        String t = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (lexicon.matches(Cue.OUTLOOK_TITLE, t)) {
            return StatementKind.OUTLOOK;
        }
        if (lexicon.matches(Cue.NON_GAAP_TITLE, t)) {
            return StatementKind.RECONCILIATION;
        }
        if (lexicon.matches(Cue.RECONCILIATION_TITLE, t)) {
            // Only a reconciliation of GAAP to non-GAAP measures is one; a 10-K reconciles segment
            // totals to the statements, or basic to diluted shares, and is no statement either.
            StatementKind byLabels = fromLabels(labels);
            return lexicon.matches(Cue.GAAP_TITLE, t) || byLabels == StatementKind.RECONCILIATION
                    ? StatementKind.RECONCILIATION : StatementKind.OTHER;
        }
        if (lexicon.matches(Cue.SUPPLEMENTAL_TITLE, t)) {
            return StatementKind.SUPPLEMENTAL;
        }
        if (lexicon.matches(Cue.OWNERSHIP_TITLE, t)) {
            return StatementKind.OWNERSHIP;
        }
        if (isProse(t)) {
            return fromLabels(labels);
        }
        if (lexicon.matches(Cue.CASH_FLOW_TITLE, t) && !scheduleOfFutureCashFlows(t, labels)) {
            return StatementKind.CASH_FLOW;
        }
        if (lexicon.matches(Cue.BALANCE_SHEET_TITLE, t)) {
            return StatementKind.BALANCE_SHEET;
        }
        if (lexicon.matches(Cue.EQUITY_TITLE, t) && lexicon.matches(Cue.STATEMENT_WORD, t)) {
            return StatementKind.EQUITY;
        }
        if (lexicon.matches(Cue.INCOME_TITLE, t)) {
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
        return Lexicon.current().matches(Cue.PROSE_START, t) || Lexicon.current().matches(Cue.PROSE_TITLE, t);
    }

    /**
     * "Expected cash flows" of a pension plan or a hedge, by future year: no line of it is a net
     * cash flow of an activity, which every statement of cash flows has.
     */
    private static boolean scheduleOfFutureCashFlows(String title, List<String> labels) {
        Lexicon lexicon = Lexicon.current();
        return lexicon.matches(Cue.FUTURE_FLOWS_TITLE, title)
                && labels.stream().map(Labels::normalise).noneMatch(label -> lexicon.matches(Cue.NET_CASH_LINE, label)
                        || lexicon.matches(Cue.ACTIVITY_LINE, label));
    }

    private static StatementKind fromLabels(List<String> labels) {
        Lexicon lexicon = Lexicon.current();
        boolean gaap = false;
        boolean nonGaap = false;
        boolean totalAssets = false;
        boolean netCash = false;
        boolean revenue = false;
        boolean netIncome = false;
        boolean totalRevenue = false;
        boolean currentAssets = false;
        boolean liabilitiesTotal = false;
        for (String raw : labels) {
            String label = Labels.normalise(raw);
            gaap |= lexicon.matches(Cue.GAAP_LINE, label);
            nonGaap |= lexicon.matches(Cue.NON_GAAP_LINE, label);
            totalAssets |= lexicon.matches(Cue.TOTAL_ASSETS_LINE, label);
            netCash |= lexicon.matches(Cue.NET_CASH_LINE, label) || lexicon.matches(Cue.ACTIVITY_NET_CASH, label);
            currentAssets |= lexicon.matches(Cue.CURRENT_ASSETS_TOTAL_LINE, label);
            liabilitiesTotal |= lexicon.matches(Cue.TOTAL, label) && lexicon.matches(Cue.LIABILITIES, label);
            revenue |= lexicon.matches(Cue.REVENUE_LINE, label);
            totalRevenue |= lexicon.matches(Cue.TOTAL_REVENUE_LINE, label);
            netIncome |= lexicon.matches(Cue.NET_INCOME_LINE, label);
        }
        if (gaap && nonGaap) {
            return StatementKind.RECONCILIATION;
        }
        if (totalAssets && (revenue && netIncome || totalRevenue)) {
            // Total assets beside revenues and earnings: a segment note, neither statement.
            return StatementKind.OTHER;
        }
        // Total assets, or the current assets' total beside a total of liabilities where the sides
        // close with "Total" alone.
        if (totalAssets || currentAssets && liabilitiesTotal && !revenue) {
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
