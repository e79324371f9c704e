package dev.crossfoot.check;

import dev.crossfoot.model.Interval;

/**
 * Whether a sum of intervals kept in floating point touches an exact interval, where the
 * floating-point error cannot change the answer. Footing asks this of nearly every line, run and
 * column it tries; building each sum as intervals of decimals was the largest allocation of a
 * dataset run. Only a sum close to an edge of its target, within the error bound, needs the exact
 * sum, and gets it: the answer is always the exact one.
 */
final class FloatBounds {

    /**
     * Far more than the error of adding rounded doubles (about 2⁻⁵³ of the magnitudes summed per
     * term, for tables of up to millions of lines): a sum the approximate bounds put further than
     * this from an edge of its target is on the same side of it as the exact sum.
     */
    static final double RELATIVE_ERROR = 1e-9;

    /** What the approximate sum can tell about the exact one. */
    enum Contact { APART, TOUCHING, UNSURE }

    private FloatBounds() {
    }

    /**
     * Whether the interval {@code [low, high]} summed in floating point, whose terms' absolute
     * bounds add up to {@code magnitude}, touches {@code target}; UNSURE near an edge.
     */
    static Contact contact(double low, double high, double magnitude, Interval target) {
        return contact(low, high, magnitude, target.low().doubleValue(), target.high().doubleValue());
    }

    /** {@link #contact(double, double, double, Interval)} with the target's bounds already in floating point. */
    static Contact contact(double low, double high, double magnitude, double targetLow, double targetHigh) {
        double margin = RELATIVE_ERROR * (magnitude + Math.abs(targetLow) + Math.abs(targetHigh));
        if (low - targetHigh > margin || targetLow - high > margin) {
            return Contact.APART;
        }
        if (targetHigh - low > margin && high - targetLow > margin) {
            return Contact.TOUCHING;
        }
        return Contact.UNSURE;
    }
}
