package dev.crossfoot.model;

import java.math.BigDecimal;

/**
 * A reported number understood: its value and precision in the table's display units, what it
 * measures, and the factor from display units to absolute units (1,000 for money "in thousands";
 * 0.01 for a percentage, so 63.6% becomes 0.636). {@code interval} is the absolute interval
 * this rounded amount stands for, computed once: every reading, column and rule that uses the
 * cell asks for it (it was a quarter of a dataset run's time when each asked it anew).
 */
public record Amount(BigDecimal value, BigDecimal precision, Measure measure, BigDecimal scale, Interval interval) {

    public Amount(BigDecimal value, BigDecimal precision, Measure measure, BigDecimal scale) {
        this(value, precision, measure, scale, Interval.rounded(value, precision).scale(scale));
    }

    public BigDecimal absolute() {
        return value.multiply(scale);
    }

    /** An absolute value expressed back in this amount's display units. */
    public BigDecimal toDisplay(BigDecimal absoluteValue) {
        return absoluteValue.divide(scale, Interval.DIVISION);
    }
}
