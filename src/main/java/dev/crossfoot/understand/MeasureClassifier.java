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

    /** What the table a line stands in says of what its lines naming shares measure. */
    public enum Setting {
        /** Any table: a label naming shares counts them, unless other words make it an amount. */
        ANY,
        /**
         * A statement of amounts, a balance sheet or a statement of cash flows: a label naming shares names the
         * instrument ("Unearned ESOP shares", "Payment for treasury shares"), an amount, unless it says which
         * count it is ("Common shares outstanding", "Shares of common stock issued").
         */
        AMOUNTS,
        /**
         * A table of the terms of another statement's lines (a parenthetical statement): a line naming a stock and
         * what of it is issued, authorized, outstanding or held in treasury ("Common stock, issued") counts its
         * shares; the amounts are the other statement's.
         */
        TERMS
    }

    /** What a row measures, in a table none of whose columns is headed as one of ratios. */
    public Measure classify(String label, List<String> sectionPath, List<CellValue> values) {
        return classify(label, sectionPath, values, column -> false);
    }

    /**
     * What a row measures; {@code ratioColumn} tells the columns whose header says they hold ratios
     * beside the line's amounts ("Percentage Change 2019 Versus 2018", "% of Revenues").
     */
    public Measure classify(String label, List<String> sectionPath, List<CellValue> values, IntPredicate ratioColumn) {
        return classify(label, sectionPath, values, ratioColumn, Setting.ANY);
    }

    /** What a row measures in a table of the given {@link Setting}. */
    public Measure classify(String label, List<String> sectionPath, List<CellValue> values, IntPredicate ratioColumn,
                            Setting setting) {
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
        // "Common stock, par value" of 0.01 is the stock's par value per share; "Common stock, $1 par value" names
        // the stock (its amount), and a par value shown whole above 1 ("318") is the shares' aggregate par value.
        // Without figures the label cannot tell: a balance sheet's "Common stock, par value" may be the stock. A
        // table of terms states what the other statement's label quotes ("Common Stock - $0.50 par value" of 0.50).
        if ((setting == Setting.TERMS || !quotesFigures(lower)) && lexicon.matches(Cue.PAR_VALUE, own.strip())
                && ratesPerShare(values)) {
            return Measure.PER_SHARE;
        }
        // "Common stock, issued" in a table of terms, "Shares of common stock issued" in a balance sheet: which
        // count of the instrument the line is, said after its name.
        if (setting != Setting.ANY && !quotesTerms && countOfTheInstrument(lexicon, own, setting)) {
            return Measure.SHARES;
        }
        // A table of terms states what the other statement's label quotes ("Common Stock - 300,000,000 shares
        // authorized" of 300,000,000), and of the treasury stock, whose cost that statement shows, the count
        // ("Treasury stock, at cost" of 6,198,012).
        if (setting == Setting.TERMS && (countOfTheInstrument(lexicon, own, setting)
                || lexicon.matches(Cue.TREASURY_STOCK, own.strip()))) {
            return Measure.SHARES;
        }
        // "Common shares" names the instrument: its line is an amount unless a header says its lines count.
        boolean shareClass = lexicon.matches(Cue.SHARE_CLASS, own.strip());
        boolean countWords = lexicon.matches(Cue.SHARE_COUNT_WORDS, own);
        boolean namesShares = countWords || lexicon.matches(Cue.SHARES, own) && !quotesTerms && setting != Setting.AMOUNTS;
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
     * Whether the label names an instrument and then which count of it it states ("Common stock, issued",
     * "Preferred stock outstanding", "Shares of common stock, issued", "Common shares authorized"): the label names
     * shares (in a table of terms, stock too), and the name before the count words no amount of them ("Proceeds
     * from shares issued" is money).
     */
    private static boolean countOfTheInstrument(Lexicon lexicon, String own, Setting setting) {
        String label = own.strip();
        if (!lexicon.matches(Cue.COUNT_OF_INSTRUMENT, label)) {
            return false;
        }
        String name = lexicon.erase(Cue.COUNT_OF_INSTRUMENT, label).strip();
        boolean instrument = lexicon.matches(Cue.SHARES, label) || setting == Setting.TERMS && lexicon.matches(Cue.STOCK_INSTRUMENT, label);
        return instrument && !lexicon.matches(Cue.NOT_A_SHARE_COUNT, name);
    }

    /**
     * Whether the line shows a figure and none is shown whole above 1 in size: a par value per share ("0.01",
     * "1.00", "1", "0"), not the shares' aggregate par value ("318").
     */
    private static boolean ratesPerShare(List<CellValue> values) {
        boolean any = false;
        for (CellValue value : values) {
            if (value instanceof CellValue.Number number) {
                if (ShownDecimals.whole(number) && number.value().abs().compareTo(java.math.BigDecimal.ONE) > 0) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Whether the label quotes a figure ("Common stock, $1 par value"): then it names the instrument. */
    private static boolean quotesFigures(String label) {
        for (int i = 0; i < label.length(); i++) {
            if (Character.isDigit(label.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label without the figures it quotes for the terms of what its line states: "Cash dividends
     * ($0.12 per share)" states dividends, "Common stock, par value $1 per share; 10,000 shares
     * authorized" the stock, in money. Only a label with a digit can quote one.
     */
    private static String withoutQuotedTerms(Lexicon lexicon, String label) {
        for (int i = 0; i < label.length(); i++) {
            if (Character.isDigit(label.charAt(i))) {
                // Kept per text: a section's heading is asked again for each of its rows, a label for each table that repeats it.
                return lexicon.erased(Cue.QUOTED_TERMS, label);
            }
        }
        return label;
    }
}
