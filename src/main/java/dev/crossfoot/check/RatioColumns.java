package dev.crossfoot.check;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;

import java.util.regex.Pattern;

/**
 * Whether a column holds ratios beside a line's amounts ("% of Revenues", "Percent to Sales",
 * "% Change", "Average Rate"): its header says so, or its lines of money or shares show two
 * percentages or more, or mostly percentages. A percentage in any other column of a line of amounts is a value out of place (a
 * row shifted in the extraction), not a ratio.
 */
final class RatioColumns {

    private RatioColumns() {
    }

    static boolean holdsRatios(StatementTable table, int column) {
        if (column < table.table().columns().size() && Lexicon.current().matches(Cue.RATIO_COLUMN, table.table().column(column))) {
            return true;
        }
        int numbers = 0;
        int percents = 0;
        boolean firstIsPercent = false;
        boolean totalIsPercent = false;
        boolean currency = false;
        for (StatementRow row : table.rows()) {
            if (!allPercentages(row) && row.value(column) instanceof CellValue.Number number) {
                firstIsPercent |= numbers == 0 && number.percent();
                totalIsPercent |= row.role() == dev.crossfoot.model.RowRole.TOTAL && number.percent();
                numbers++;
                percents += number.percent() ? 1 : 0;
                currency |= number.currency();
            }
        }
        // Filers often print the sign on the first and the total line only ("48%", "17", … "100%"):
        // two percentages make a column of ratios, and so does one on the first or the total line
        // of a column that shows no currency sign (a weighted average rate on "Subtotal" under rates
        // written without it, the first line on another page); one alone on an item further down
        // among amounts is out of place.
        return percents >= 2 || percents * 2 >= numbers || (firstIsPercent || totalIsPercent) && !currency;
    }

    /** A line of ratios (gross margin): its percentages say nothing about the column. */
    private static boolean allPercentages(StatementRow row) {
        return row.values().stream().filter(v -> v instanceof CellValue.Number).allMatch(v -> ((CellValue.Number) v).percent());
    }

    /**
     * A percentage standing in a line of amounts, in a column of amounts. A line labelled by the
     * unit caption ("(Dollars in millions) 2024 %") is a header repeated in the body, not a line.
     */
    static boolean misplacedPercentage(StatementTable table, StatementRow row, int column) {
        return row.value(column) instanceof CellValue.Number number && number.percent() && row.measure() != Measure.PERCENT
                && !UNIT_CAPTION.matcher(row.label()).find() && !holdsRatios(table, column);
    }

    private static final Pattern UNIT_CAPTION = Pattern.compile("(?i)^\\(?\\s*(?:dollars |amounts )?in (?:thousands|millions|billions)");
}
