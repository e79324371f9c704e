package dev.crossfoot.diagnose;

import dev.crossfoot.model.AmountFormat;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Cell;

import java.math.BigDecimal;

/**
 * Writes a repaired value the way its table writes numbers, so that a reviewer can paste it in:
 * negatives in parentheses or with a minus, digits grouped by thousands or not, the decimals the
 * repair carries, and a percent sign in percentage rows. Currency signs are left out.
 */
final class ValueStyle {

    private ValueStyle() {
    }

    static String write(Repair repair) {
        boolean minus = false;
        boolean parentheses = false;
        boolean ungrouped = false;
        for (Row row : repair.cell().term().table().table().rows()) {
            for (Cell cell : row.cells()) {
                String text = cell.text().strip();
                minus |= text.matches("[$€£¥]?\\s*[-−]\\s*[$€£¥]?\\s*\\d.*");
                parentheses |= text.matches(".*\\(\\s*[$€£¥]?\\s*[\\d.,]+\\s*%?\\s*\\).*");
                ungrouped |= text.matches(".*(?<![\\d,.])\\d{4,}.*");
            }
        }
        BigDecimal value = repair.value();
        String digits = ungrouped ? value.abs().setScale(repair.decimals(), java.math.RoundingMode.HALF_UP).toPlainString()
                : AmountFormat.filing(value.abs(), repair.decimals());
        String percent = repair.cell().percent() ? "%" : "";
        if (value.signum() >= 0) {
            return digits + percent;
        }
        return minus && !parentheses ? "-" + digits + percent : "(" + digits + percent + ")";
    }
}
