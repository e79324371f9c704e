package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Measure;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides what a row measures from its label, the headers above it and its cells: per-share
 * amounts and percentages must not be scaled by "in thousands", and must not be footed. A line that
 * shows amounts beside percentages measures its amounts; the percentages stand in ratio columns.
 */
public final class MeasureClassifier {

    private static final Pattern PER_SHARE = Pattern.compile(
            "per (diluted |basic |common |ordinary )?share|\\beps\\b|per unit|per ads\\b|dividends? declared per");
    private static final Pattern SHARES = Pattern.compile(
            "\\bshares\\b|weighted[- ]average (number|basic|diluted|common)|number of (common )?shares|shares outstanding");
    private static final Pattern NOT_SHARES = Pattern.compile(
            "per share|proceeds|repurchase|purchase|issuance of|issued|value|compensation|price|award|cost|tax|dividend");
    private static final Pattern SHARE_COUNT_HEADER = Pattern.compile(
            "^(shares used|weighted[- ]average|number of shares|shares outstanding|common shares outstanding)");
    /** "Shares used to compute loss per share" counts shares, though it names the per-share amount. */
    private static final Pattern SHARE_COUNT_LABEL = Pattern.compile(
            "^(shares used (to compute|in comput\\w*|for)|weighted[- ]average (number of )?(common )?shares|number of (common )?shares)");
    private static final Pattern PERCENT = Pattern.compile("%|\\bmargin\\b|percent|\\brate\\b|\\bratio\\b");

    public Measure classify(String label, List<String> sectionPath, List<CellValue> values) {
        String own = label.toLowerCase(Locale.ROOT);
        int numbers = 0;
        int percents = 0;
        for (CellValue value : values) {
            if (value instanceof CellValue.Number number) {
                numbers++;
                if (number.percent()) {
                    percents++;
                }
            }
        }
        // Only a row of nothing but percentages is a percentage line: a line of money or shares
        // may carry ratio columns beside its amounts ("% of Revenues", "% Increase (Decrease)").
        if (numbers > 0 && percents == numbers) {
            return Measure.PERCENT;
        }
        if (SHARE_COUNT_LABEL.matcher(own.strip()).find()) {
            return Measure.SHARES;
        }
        if (PER_SHARE.matcher(own).find()) {
            return Measure.PER_SHARE;
        }
        if (SHARES.matcher(own).find() && !NOT_SHARES.matcher(own).find()) {
            return Measure.SHARES;
        }
        String nearest = sectionPath.isEmpty() ? "" : sectionPath.get(sectionPath.size() - 1).toLowerCase(Locale.ROOT);
        if (SHARE_COUNT_HEADER.matcher(nearest).find()) {
            return Measure.SHARES;
        }
        if (PER_SHARE.matcher(nearest).find()) {
            return Measure.PER_SHARE;
        }
        if (SHARES.matcher(nearest).find() && !NOT_SHARES.matcher(nearest).find()) {
            return Measure.SHARES;
        }
        if (PERCENT.matcher(own).find() && numbers > 0 && percents > 0) {
            return Measure.PERCENT;
        }
        if (nearest.contains("%") || nearest.contains("margin")) {
            return numbers == 0 || percents > 0 ? Measure.PERCENT : Measure.MONEY;
        }
        return Measure.MONEY;
    }
}
