package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Measure;

import java.util.List;
import java.util.Locale;

/**
 * Decides what a row measures from its label, the headers above it and its cells: per-share
 * amounts and percentages must not be scaled by "in thousands", and must not be footed. A line that
 * shows amounts beside percentages measures its amounts; the percentages stand in ratio columns.
 * The words that say so are the {@link Lexicon}'s.
 */
public final class MeasureClassifier {

    public Measure classify(String label, List<String> sectionPath, List<CellValue> values) {
        Lexicon lexicon = Lexicon.current();
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
        if (lexicon.matches(Cue.SHARE_COUNT, own.strip())) {
            return Measure.SHARES;
        }
        if (lexicon.matches(Cue.PER_SHARE, own)) {
            return Measure.PER_SHARE;
        }
        if (lexicon.matches(Cue.SHARES, own) && !lexicon.matches(Cue.NOT_A_SHARE_COUNT, own)) {
            return Measure.SHARES;
        }
        String nearest = sectionPath.isEmpty() ? "" : sectionPath.get(sectionPath.size() - 1).toLowerCase(Locale.ROOT);
        if (lexicon.matches(Cue.SHARE_COUNT_HEADER, nearest)) {
            return Measure.SHARES;
        }
        if (lexicon.matches(Cue.PER_SHARE, nearest)) {
            return Measure.PER_SHARE;
        }
        if (lexicon.matches(Cue.SHARES, nearest) && !lexicon.matches(Cue.NOT_A_SHARE_COUNT, nearest)) {
            return Measure.SHARES;
        }
        if (lexicon.matches(Cue.PERCENT, own) && numbers > 0 && percents > 0) {
            return Measure.PERCENT;
        }
        if (lexicon.matches(Cue.PERCENT_HEADER, nearest)) {
            return numbers == 0 || percents > 0 ? Measure.PERCENT : Measure.MONEY;
        }
        return Measure.MONEY;
    }
}
