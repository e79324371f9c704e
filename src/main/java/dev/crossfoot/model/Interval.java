package dev.crossfoot.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A closed interval of exact decimals: what a rounded amount stands for. Arithmetic follows
 * interval rules so that a rule "holds" exactly when rounding can explain the difference.
 */
public record Interval(BigDecimal low, BigDecimal high) {

    /** Division keeps 34 significant digits; more than any reported precision needs. */
    public static final MathContext DIVISION = MathContext.DECIMAL128;

    public static final Interval ZERO = exact(BigDecimal.ZERO);

    public Interval {
        if (low.compareTo(high) > 0) {
            throw new IllegalArgumentException("empty interval [" + low + ", " + high + "]");
        }
    }

    public static Interval exact(BigDecimal value) {
        return new Interval(value, value);
    }

    /** The interval a value rounded to {@code unit} stands for: value ± unit/2. */
    public static Interval rounded(BigDecimal value, BigDecimal unit) {
        BigDecimal half = half(unit.abs());
        return new Interval(value.subtract(half), value.add(half));
    }

    public BigDecimal midpoint() {
        return half(low.add(high));
    }

    /**
     * Exactly {@code value.divide(2)}, the same digits and scale, without the general exact
     * division (which searches for the quotient's scale): the checks halve a unit for every cell.
     */
    static BigDecimal half(BigDecimal value) {
        java.math.BigInteger unscaled = value.unscaledValue();
        if (!unscaled.testBit(0)) {
            return new BigDecimal(unscaled.shiftRight(1), value.scale());
        }
        return new BigDecimal(unscaled.multiply(java.math.BigInteger.valueOf(5)), value.scale() + 1);
    }

    public BigDecimal width() {
        return high.subtract(low);
    }

    public Interval plus(Interval other) {
        return new Interval(low.add(other.low), high.add(other.high));
    }

    public Interval minus(Interval other) {
        return new Interval(low.subtract(other.high), high.subtract(other.low));
    }

    public Interval negate() {
        return new Interval(high.negate(), low.negate());
    }

    public Interval times(Interval other) {
        BigDecimal a = low.multiply(other.low);
        BigDecimal b = low.multiply(other.high);
        BigDecimal c = high.multiply(other.low);
        BigDecimal d = high.multiply(other.high);
        return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    public boolean containsZero() {
        return low.signum() <= 0 && high.signum() >= 0;
    }

    /** Interval quotient; null when the divisor may be zero, since the ratio is then unbounded. */
    public Interval dividedBy(Interval other) {
        if (other.containsZero()) {
            return null;
        }
        BigDecimal a = low.divide(other.low, DIVISION);
        BigDecimal b = low.divide(other.high, DIVISION);
        BigDecimal c = high.divide(other.low, DIVISION);
        BigDecimal d = high.divide(other.high, DIVISION);
        return new Interval(a.min(b).min(c).min(d), a.max(b).max(c).max(d));
    }

    public Interval widen(BigDecimal amount) {
        return new Interval(low.subtract(amount), high.add(amount));
    }

    /**
     * {@code times(exact(factor))} with two products instead of four: the same bounds, digits and
     * scale (where the bounds are equal, the lower one's product is both, as {@code min} and
     * {@code max} keep the first of equals).
     */
    public Interval scale(BigDecimal factor) {
        BigDecimal fromLow = low.multiply(factor);
        BigDecimal fromHigh = high.multiply(factor);
        int order = fromHigh.compareTo(fromLow);
        if (factor.signum() >= 0) {
            return new Interval(fromLow, order > 0 ? fromHigh : fromLow);
        }
        return new Interval(order < 0 ? fromHigh : fromLow, fromLow);
    }

    public boolean intersects(Interval other) {
        return low.compareTo(other.high) <= 0 && other.low.compareTo(high) <= 0;
    }

    /** How far apart two intervals are: zero when they touch. */
    public BigDecimal gapTo(Interval other) {
        if (intersects(other)) {
            return BigDecimal.ZERO;
        }
        return low.compareTo(other.high) > 0 ? low.subtract(other.high) : other.low.subtract(high);
    }

    public Interval roundedTo(int scale) {
        return new Interval(low.setScale(scale, RoundingMode.FLOOR), high.setScale(scale, RoundingMode.CEILING));
    }

    @Override
    public String toString() {
        return "[" + low.toPlainString() + ", " + high.toPlainString() + "]";
    }
}
