package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;

import java.math.BigDecimal;

/**
 * How many decimals a number is shown with, as far as understanding asks: a statement in thousands or
 * millions shows its money whole or in tenths, and its amounts per share in cents.
 */
final class ShownDecimals {

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private ShownDecimals() {
    }

    /** Shown with exactly two decimals ("0.27", "(1.04)"). */
    static boolean cents(CellValue.Number number) {
        return !number.percent() && number.precision().compareTo(CENT) == 0;
    }

    /** Shown whole or in tenths ("1,234", "1,234.5"): money in thousands or millions, not an amount per share. */
    static boolean coarserThanCents(CellValue.Number number) {
        return !number.percent() && number.precision().compareTo(TENTH) >= 0;
    }

    private static final BigDecimal TENTH = new BigDecimal("0.1");

    /** Shown with two decimals or more ("0.292", "1.00"). */
    static boolean centsOrFiner(CellValue.Number number) {
        return number.precision().compareTo(CENT) <= 0;
    }

    /** Shown without decimals ("1,234"). */
    static boolean whole(CellValue.Number number) {
        return !number.percent() && number.precision().compareTo(BigDecimal.ONE) >= 0;
    }
}
