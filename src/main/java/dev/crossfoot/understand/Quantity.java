package dev.crossfoot.understand;

import dev.crossfoot.model.Interval;

import java.math.BigDecimal;

/**
 * A figure stated in text, understood: "$66.4 million" is 66.4 with precision 0.1 and scale one
 * million; "62%" is 62 with precision 1 and scale 0.01; "$0.01 per diluted share" is 0.01 with
 * precision 0.01 per share. Like a cell, it stands for the interval its rounding allows.
 */
public record Quantity(BigDecimal value, BigDecimal precision, BigDecimal scale, Unit unit, String text) {

    public enum Unit { MONEY, PERCENT, PER_SHARE }

    /** The absolute interval the rounded figure stands for: 66.35–66.45 million for "$66.4 million". */
    public Interval interval() {
        return Interval.rounded(value, precision).scale(scale);
    }

    /** The same figure read as an approximation: its trailing zeros are not significant ("about $400 million" is 350–450 million). */
    public Quantity approximate() {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.signum() == 0) {
            return this;
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(stripped.scale());
        return new Quantity(value, unit.max(precision), scale, this.unit, text);
    }

    public Quantity withUnit(Unit newUnit) {
        return new Quantity(value, precision, scale, newUnit, text);
    }
}
