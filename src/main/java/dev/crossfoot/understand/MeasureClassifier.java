package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Measure;

import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;

/**
 * Decides what a row measures from its label, the headers above it and its cells: per-share
 * amounts and percentages must not be scaled by "in thousands", and must not be footed. A line that
 * shows amounts beside percentages measures its amounts; the percentages stand in ratio columns.
 * The words that say so are the {@link Lexicon}'s.
 */
public final class MeasureClassifier {

    /** What a row measures, in a table none of whose columns is headed as one of ratios. */
    public Measure classify(String label, List<String> sectionPath, List<CellValue> values) {
        return classify(label, sectionPath, values, column -> false);
    }

    /**
     * What a row measures; {@code ratioColumn} tells the columns whose header says they hold ratios
     * beside the line's amounts ("Percentage Change 2019 Versus 2018", "% of Revenues").
     */
    public Measure classify(String label, List<String> sectionPath, List<CellValue> values, IntPredicate ratioColumn) {
        Lexicon lexicon = Lexicon.current();
        String lower = label.toLowerCase(Locale.ROOT);
        String own = withoutQuotedTerms(lexicon, lower);
        // A count of shares does not quote terms; the amount of an instrument does ("Common shares
        // held in treasury, 5,726,732 and 4,882,081 shares, at cost"): there "shares" names the
        // instrument, and only words that always count ("shares outstanding") make the line a count.
        boolean quotesTerms = !own.equals(lower);
        int numbers = 0;
        int percents = 0;
        int ownPercents = 0;
        for (int c = 0; c < values.size(); c++) {
            if (values.get(c) instanceof CellValue.Number number) {
                numbers++;
                if (number.percent()) {
                    percents++;
                    ownPercents += ratioColumn.test(c) ? 0 : 1;
                }
            }
        }
        // Only a row of nothing but percentages is a percentage line: a line of money or shares
        // may carry ratio columns beside its amounts ("% of Revenues", "% Increase (Decrease)").
        if (numbers > 0 && percents == numbers) {
            return Measure.PERCENT;
        }
        if (lexicon.matches(Cue.SHARE_COUNT, own.strip())) {
            return Measure.SHARES;
        }
        if (lexicon.matches(Cue.PER_SHARE, own)) {
            return Measure.PER_SHARE;
        }
        // "Common shares" names the instrument: its line is an amount unless a header says its lines count.
        boolean shareClass = lexicon.matches(Cue.SHARE_CLASS, own.strip());
        boolean namesShares = lexicon.matches(Cue.SHARE_COUNT_WORDS, own) || lexicon.matches(Cue.SHARES, own) && !quotesTerms;
        if (namesShares && !lexicon.matches(Cue.NOT_A_SHARE_COUNT, own) && !shareClass) {
            return Measure.SHARES;
        }
        String nearest = sectionPath.isEmpty() ? ""
                : withoutQuotedTerms(lexicon, sectionPath.get(sectionPath.size() - 1).toLowerCase(Locale.ROOT));
        if (lexicon.matches(Cue.SHARE_COUNT_HEADER, nearest)) {
            return Measure.SHARES;
        }
        if (lexicon.matches(Cue.PER_SHARE, nearest)) {
            return Measure.PER_SHARE;
        }
        if ((lexicon.matches(Cue.SHARES, nearest) || lexicon.matches(Cue.SHARE_COUNT_WORDS, nearest))
                && !lexicon.matches(Cue.NOT_A_SHARE_COUNT, nearest)) {
            return Measure.SHARES;
        }
        // A label naming a margin or a rate is a percentage line by the percentages in its own columns, not by
        // those of a ratio column beside its amounts: "Gross margin" of 82,933 and 72,007 with "15%" under
        // "Percentage Change 2019 Versus 2018" is money, and its change is $10.9 billion. A label that says "%"
        // itself ("Operating ratio (%)" of 59.0 and 60.0) is a percentage line by any percentage.
        boolean saysPercent = lexicon.matches(Cue.PERCENT_SAID, own);
        if (lexicon.matches(Cue.PERCENT, own) && numbers > 0 && (saysPercent ? percents : ownPercents) > 0) {
            return Measure.PERCENT;
        }
        if (lexicon.matches(Cue.PERCENT_HEADER, nearest)) {
            return numbers == 0 || percents > 0 ? Measure.PERCENT : Measure.MONEY;
        }
        return Measure.MONEY;
    }

    /**
     * The label without the figures it quotes for the terms of what its line states: "Cash dividends
     * ($0.12 per share)" states dividends, "Common stock, par value $1 per share; 10,000 shares
     * authorized" the stock, in money. Only a label with a digit can quote one.
     */
    private static String withoutQuotedTerms(Lexicon lexicon, String label) {
        for (int i = 0; i < label.length(); i++) {
            if (Character.isDigit(label.charAt(i))) {
                return lexicon.erase(Cue.QUOTED_TERMS, label);
            }
        }
        return label;
    }
}
