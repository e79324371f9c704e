package dev.crossfoot.diagnose;

import dev.crossfoot.model.AmountFormat;
import dev.crossfoot.model.Row;
import dev.crossfoot.understand.NumberStyle;
import dev.crossfoot.model.Cell;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Writes a repaired value the way its table writes numbers, so that a reviewer can paste it in:
 * negatives in parentheses or with a minus, digits grouped by thousands or not, the decimals the
 * repair carries, and a percent sign in percentage rows. Currency signs are left out.
 */
final class ValueStyle {

    /** Compiled once: {@code String.matches} compiles its pattern at every call, for every cell of the table. */
    private static final Pattern MINUS = Pattern.compile("[$€£¥]?\\s*[-−]\\s*[$€£¥]?\\s*\\d.*");
    private static final Pattern PARENTHESES = Pattern.compile(".*\\(\\s*[$€£¥]?\\s*[\\d.,]+\\s*%?\\s*\\).*");
    private static final Pattern UNGROUPED = Pattern.compile(".*(?<![\\d,.])\\d{4,}.*");

    private ValueStyle() {
    }

    static String write(Repair repair) {
        boolean minus = false;
        boolean parentheses = false;
        boolean ungrouped = false;
        for (Row row : repair.cell().term().table().table().rows()) {
            for (Cell cell : row.cells()) {
                String text = cell.text().strip();
                minus |= MINUS.matcher(text).matches();
                parentheses |= PARENTHESES.matcher(text).matches();
                ungrouped |= UNGROUPED.matcher(text).matches();
            }
        }
        BigDecimal value = repair.value();
        String digits = ungrouped ? value.abs().setScale(repair.decimals(), java.math.RoundingMode.HALF_UP).toPlainString()
                : AmountFormat.filing(value.abs(), repair.decimals());
        if (NumberStyle.decimalComma(repair.cell().term().table().table())) {
            // The table writes a decimal comma ("1.234,5", "1 234,5"): the repair is written with one, its
            // digits not grouped ("1234,5"), which no reader takes for another number.
            digits = value.abs().setScale(repair.decimals(), java.math.RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        }
        String percent = repair.cell().percent() ? "%" : "";
        if (value.signum() >= 0) {
            return digits + percent;
        }
        return minus && !parentheses ? "-" + digits + percent : "(" + digits + percent + ")";
    }
}
