package dev.crossfoot.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Writes numbers the way filings print them: grouped digits, negatives in parentheses. */
public final class AmountFormat {

    private AmountFormat() {
    }

    /** {@code -22278} with 0 decimals → {@code (22,278)}. */
    public static String filing(BigDecimal value, int decimals) {
        BigDecimal rounded = value.setScale(Math.max(0, decimals), RoundingMode.HALF_UP);
        DecimalFormat format = new DecimalFormat(decimals > 0 ? "#,##0." + "0".repeat(decimals) : "#,##0",
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        String digits = format.format(rounded.abs());
        return rounded.signum() < 0 ? "(" + digits + ")" : digits;
    }

    /** As {@link #filing} with the precision of a reported amount, plus '%' for percentages. */
    public static String like(Amount amount, BigDecimal displayValue) {
        String text = filing(displayValue, Math.max(0, amount.precision().scale()));
        return amount.measure() == Measure.PERCENT ? text + "%" : text;
    }

    /** As {@link #like(Amount, BigDecimal)}, with a chosen number of decimals. */
    public static String like(Amount amount, BigDecimal displayValue, int decimals) {
        String text = filing(displayValue, decimals);
        return amount.measure() == Measure.PERCENT ? text + "%" : text;
    }

    /** A plain decimal string for machine-read fields: no grouping, no trailing zeros beyond need. */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.round(new java.math.MathContext(12)).stripTrailingZeros();
        if (stripped.scale() < 0) {
            stripped = stripped.setScale(0);
        }
        return stripped.toPlainString();
    }
}
