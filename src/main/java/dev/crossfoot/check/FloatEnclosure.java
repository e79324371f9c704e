package dev.crossfoot.check;

import dev.crossfoot.model.Interval;

import java.math.BigDecimal;

/**
 * Whether a check holds, decided in floating point where rounding cannot change the answer, before any interval of
 * decimals is built. A side that only adds and subtracts (a sum of lines, a result run down through them) is added up
 * in plain doubles with the magnitude of what went into it, and {@link FloatBounds} says whether its error can matter,
 * as footing does. A side with products or quotients (a ratio, earnings per share) keeps every bound the exact
 * arithmetic ({@link Interval}) would compute as a pair of doubles that surely encloses it: each value read from a
 * decimal and each sum, product and quotient is rounded outward by an ulp, so the exact bound lies between the pair
 * whatever the doubles' rounding did. Where the reported interval surely meets the computed one, or surely misses it,
 * that is the exact answer; where they are within rounding of an edge (a check that holds by a hair, a divisor whose
 * interval may touch zero) the answer is {@link Answer#UNSURE} and the check is evaluated exactly. A dataset's checks
 * nearly all hold or fail by far more than that: the exact evaluation, two decimals and an interval for every cell,
 * sum and quotient (a quotient to 34 digits), was most of what evaluating a rule's column cost.
 */
final class FloatEnclosure {

    /** What the enclosures tell of the exact evaluation. */
    enum Answer { HOLDS, FAILS, DIVISOR_MAY_BE_ZERO, UNSURE }

    /** One bound's enclosure per slot: low bound's [lower, upper], high bound's [lower, upper]. */
    private static final int SLOT = 4;

    private double[] stack;
    /** A side that only adds and subtracts: its bounds in plain doubles, and the magnitude of what they add. */
    private double low;
    private double high;
    private double magnitude;
    private int top;
    private int cells;
    private boolean unsure;
    private boolean noValue;

    private FloatEnclosure() {
    }

    /**
     * Whether {@code reported} meets {@code expected} widened by {@code tolerance} percent of its midpoint, as
     * {@link EvaluatedCheck} decides it exactly; both sides' cells readable numbers.
     */
    static Answer decide(Term reported, BoundExpr expected, BigDecimal tolerance) {
        FloatEnclosure enclosure = new FloatEnclosure();
        Answer answer;
        if (enclosure.added(expected)) {
            answer = enclosure.addedAnswer(reported, tolerance);
        } else {
            enclosure.cells = 0;
            answer = enclosure.answer(reported, expected, tolerance);
        }
        // The exact evaluation counts every cell it reads against the table's time budget; so does this one.
        TimeBudget.tick(enclosure.cells);
        return answer;
    }

    /**
     * Whether {@code expr} only adds and subtracts: then its bounds are added up in plain doubles ({@link #low},
     * {@link #high}) with the magnitude of what went into them, and {@link FloatBounds} says how far the exact bounds
     * can be (an ulp out at every step costs more than the sum). False at the first product or quotient, the rest
     * left unread: the enclosures follow those.
     */
    private boolean added(BoundExpr expr) {
        if (expr instanceof BoundExpr.Leaf leaf) {
            cells++;
            Interval value = leaf.term().amount().interval();
            set(value, leaf.term().orientation());
            return true;
        }
        if (expr instanceof BoundExpr.Sum sum) {
            double sumLow = 0;
            double sumHigh = 0;
            double sumMagnitude = 0;
            for (BoundExpr.Leaf part : sum.parts()) {
                set(part.term().amount().interval(), part.term().orientation());
                sumLow += low;
                sumHigh += high;
                sumMagnitude += magnitude;
            }
            cells += sum.parts().size();
            low = sumLow;
            high = sumHigh;
            magnitude = sumMagnitude;
            return true;
        }
        if (expr instanceof BoundExpr.Constant constant) {
            set(constant.value(), 1);
            return true;
        }
        if (expr instanceof BoundExpr.Negate negate) {
            if (!added(negate.operand())) {
                return false;
            }
            double negatedLow = -high;
            high = -low;
            low = negatedLow;
            return true;
        }
        BoundExpr.Binary binary = (BoundExpr.Binary) expr;
        if (binary.operator() != '+' && binary.operator() != '-' || !added(binary.left())) {
            return false;
        }
        double leftLow = low;
        double leftHigh = high;
        double leftMagnitude = magnitude;
        if (!added(binary.right())) {
            return false;
        }
        if (binary.operator() == '+') {
            low = leftLow + low;
            high = leftHigh + high;
        } else {
            double differenceLow = leftLow - high;
            high = leftHigh - low;
            low = differenceLow;
        }
        magnitude += leftMagnitude;
        return true;
    }

    private void set(Interval value, int orientation) {
        double valueLow = value.low().doubleValue();
        double valueHigh = value.high().doubleValue();
        low = orientation < 0 ? -valueHigh : valueLow;
        high = orientation < 0 ? -valueLow : valueHigh;
        magnitude = Math.abs(valueLow) + Math.abs(valueHigh);
    }

    /**
     * The answer for a side that only adds and subtracts ({@link #added}), widened by a tolerance of up to 100 %
     * (whose widening's error stays within the margin); a larger one is followed in enclosures.
     */
    private Answer addedAnswer(Term reported, BigDecimal tolerance) {
        if (tolerance != null) {
            if (tolerance.signum() < 0 || tolerance.compareTo(HUNDRED) > 0) {
                return Answer.UNSURE;
            }
            double widening = Math.abs((low + high) / 2) * tolerance.doubleValue() / 100;
            low -= widening;
            high += widening;
            magnitude += 2 * widening;
        }
        Interval target = reported.interval();
        return switch (FloatBounds.contact(low, high, magnitude, target)) {
            case APART -> Answer.FAILS;
            case TOUCHING -> Answer.HOLDS;
            default -> Answer.UNSURE;
        };
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Answer answer(Term reported, BoundExpr expected, BigDecimal tolerance) {
        push(expected);
        if (unsure) {
            return Answer.UNSURE;
        }
        if (noValue) {
            return Answer.DIVISOR_MAY_BE_ZERO;
        }
        if (tolerance != null && !widen(tolerance)) {
            return Answer.UNSURE;
        }
        leaf(reported);
        double[] s = stack;
        int r = top - SLOT;
        int e = top - 2 * SLOT;
        for (int i = 0; i < 3 * SLOT; i++) {
            // A bound beyond the doubles' range (or made of such bounds) tells nothing.
            if (!Double.isFinite(s[e + i])) {
                return Answer.UNSURE;
            }
        }
        // intersects: reported.low <= expected.high && expected.low <= reported.high.
        int first = compare(s[r], s[r + 1], s[e + 2], s[e + 3]);
        int second = compare(s[e], s[e + 1], s[r + 2], s[r + 3]);
        if (first < 0 || second < 0) {
            return Answer.FAILS;
        }
        return first > 0 && second > 0 ? Answer.HOLDS : Answer.UNSURE;
    }

    /** Whether a value in [aLow, aHigh] is at most one in [bLow, bHigh]: 1 surely, −1 surely not, 0 unsure. */
    private static int compare(double aLow, double aHigh, double bLow, double bHigh) {
        if (aHigh <= bLow) {
            return 1;
        }
        return aLow > bHigh ? -1 : 0;
    }

    /** Evaluates {@code expr} onto the stack; sets {@link #unsure} or {@link #noValue} where it cannot. */
    private void push(BoundExpr expr) {
        if (expr instanceof BoundExpr.Leaf leaf) {
            leaf(leaf.term());
        } else if (expr instanceof BoundExpr.Sum sum) {
            sum(sum);
        } else if (expr instanceof BoundExpr.Constant constant) {
            interval(constant.value(), 1);
        } else if (expr instanceof BoundExpr.Negate negate) {
            push(negate.operand());
            if (!unsure) {
                negateTop();
            }
        } else {
            BoundExpr.Binary binary = (BoundExpr.Binary) expr;
            // Both sides evaluated, as the exact evaluation does, before a missing value is passed on.
            push(binary.left());
            if (unsure) {
                return;
            }
            push(binary.right());
            if (unsure || noValue) {
                return;
            }
            switch (binary.operator()) {
                case '+' -> plus();
                case '-' -> minus();
                case '*' -> times();
                default -> dividedBy();
            }
        }
    }

    private void leaf(Term term) {
        cells++;
        interval(term.amount().interval(), term.orientation());
    }

    private void sum(BoundExpr.Sum sum) {
        double lowLow = 0;
        double lowHigh = 0;
        double highLow = 0;
        double highHigh = 0;
        for (BoundExpr.Leaf part : sum.parts()) {
            Interval value = part.term().amount().interval();
            BigDecimal low = value.low();
            BigDecimal high = value.high();
            if (part.term().orientation() < 0) {
                lowLow = Math.nextDown(lowLow - upper(high));
                lowHigh = Math.nextUp(lowHigh - lower(high));
                highLow = Math.nextDown(highLow - upper(low));
                highHigh = Math.nextUp(highHigh - lower(low));
            } else {
                lowLow = Math.nextDown(lowLow + lower(low));
                lowHigh = Math.nextUp(lowHigh + upper(low));
                highLow = Math.nextDown(highLow + lower(high));
                highHigh = Math.nextUp(highHigh + upper(high));
            }
        }
        cells += sum.parts().size();
        pushSlot(lowLow, lowHigh, highLow, highHigh);
    }

    private void interval(Interval value, int orientation) {
        BigDecimal low = value.low();
        BigDecimal high = value.high();
        if (orientation < 0) {
            pushSlot(-upper(high), -lower(high), -upper(low), -lower(low));
        } else {
            pushSlot(lower(low), upper(low), lower(high), upper(high));
        }
    }

    /** At most the decimal: its double, within half an ulp of it, an ulp down, unless the double is the decimal. */
    private static double lower(BigDecimal value) {
        double near = value.doubleValue();
        return exact(value, near) ? near : Math.nextDown(near);
    }

    /** At least the decimal. */
    private static double upper(BigDecimal value) {
        double near = value.doubleValue();
        return exact(value, near) ? near : Math.nextUp(near);
    }

    /**
     * Whether {@code near} is the decimal itself: zero (the edge a divisor's interval or a rounded dash may end on), or
     * a whole number below 2⁵³ (its double is below 2⁵³ only then, rounding being monotone). Other doubles are taken
     * as an ulp either way.
     */
    private static boolean exact(BigDecimal value, double near) {
        return value.signum() == 0 || value.scale() <= 0 && Math.abs(near) < 0x1p53;
    }

    private void pushSlot(double lowLow, double lowHigh, double highLow, double highHigh) {
        if (stack == null) {
            stack = new double[SLOT * 4];
        } else if (top + SLOT > stack.length) {
            stack = java.util.Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top] = lowLow;
        stack[top + 1] = lowHigh;
        stack[top + 2] = highLow;
        stack[top + 3] = highHigh;
        top += SLOT;
    }

    private void negateTop() {
        double[] s = stack;
        int t = top - SLOT;
        double lowLow = s[t];
        double lowHigh = s[t + 1];
        s[t] = -s[t + 3];
        s[t + 1] = -s[t + 2];
        s[t + 2] = -lowHigh;
        s[t + 3] = -lowLow;
    }

    /** [a, b] + [c, d] = [a + c, b + d]. */
    private void plus() {
        double[] s = stack;
        int r = top - SLOT;
        int l = r - SLOT;
        s[l] = Math.nextDown(s[l] + s[r]);
        s[l + 1] = Math.nextUp(s[l + 1] + s[r + 1]);
        s[l + 2] = Math.nextDown(s[l + 2] + s[r + 2]);
        s[l + 3] = Math.nextUp(s[l + 3] + s[r + 3]);
        top = r;
    }

    /** [a, b] − [c, d] = [a − d, b − c]. */
    private void minus() {
        double[] s = stack;
        int r = top - SLOT;
        int l = r - SLOT;
        double lowLow = Math.nextDown(s[l] - s[r + 3]);
        double lowHigh = Math.nextUp(s[l + 1] - s[r + 2]);
        double highLow = Math.nextDown(s[l + 2] - s[r + 1]);
        double highHigh = Math.nextUp(s[l + 3] - s[r]);
        s[l] = lowLow;
        s[l + 1] = lowHigh;
        s[l + 2] = highLow;
        s[l + 3] = highHigh;
        top = r;
    }

    /** The four products of the bounds, the least the low bound and the greatest the high one. */
    private void times() {
        corners(false);
    }

    /**
     * The four quotients of the bounds, as {@link Interval#dividedBy}: no value where the divisor's interval holds
     * zero, unsure where its enclosures cannot tell. The exact quotient is rounded to 34 digits, far inside the ulp
     * each enclosure is widened by.
     */
    private void dividedBy() {
        double[] s = stack;
        int r = top - SLOT;
        // Exactly: divisor.low <= 0 && divisor.high >= 0.
        if (s[r + 1] <= 0 && s[r + 2] >= 0) {
            noValue = true;
            return;
        }
        if (!(s[r] > 0 || s[r + 3] < 0)) {
            unsure = true;
            return;
        }
        corners(true);
    }

    private void corners(boolean divide) {
        double[] s = stack;
        int r = top - SLOT;
        int l = r - SLOT;
        double minLow = Double.POSITIVE_INFINITY;
        double minHigh = Double.POSITIVE_INFINITY;
        double maxLow = Double.NEGATIVE_INFINITY;
        double maxHigh = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                // One bound of each side, each within its enclosure: the product (quotient) over the enclosures' corners.
                double xLow = s[l + 2 * i];
                double xHigh = s[l + 2 * i + 1];
                double yLow = s[r + 2 * j];
                double yHigh = s[r + 2 * j + 1];
                double p1 = divide ? xLow / yLow : xLow * yLow;
                double p2 = divide ? xLow / yHigh : xLow * yHigh;
                double p3 = divide ? xHigh / yLow : xHigh * yLow;
                double p4 = divide ? xHigh / yHigh : xHigh * yHigh;
                double low = Math.nextDown(Math.min(Math.min(p1, p2), Math.min(p3, p4)));
                double high = Math.nextUp(Math.max(Math.max(p1, p2), Math.max(p3, p4)));
                if (divide) {
                    low = Math.nextDown(low);
                    high = Math.nextUp(high);
                }
                if (Double.isNaN(low) || Double.isNaN(high)) {
                    unsure = true;
                    return;
                }
                // The exact low bound is the least of the four products, the high bound the greatest.
                minLow = Math.min(minLow, low);
                minHigh = Math.min(minHigh, high);
                maxLow = Math.max(maxLow, low);
                maxHigh = Math.max(maxHigh, high);
            }
        }
        s[l] = minLow;
        s[l + 1] = minHigh;
        s[l + 2] = maxLow;
        s[l + 3] = maxHigh;
        top = r;
    }

    /**
     * The computed side widened by {@code tolerance} percent of its midpoint's magnitude, as
     * {@link EvaluatedCheck#expectedInterval}; false where the enclosures cannot follow it (a negative tolerance).
     */
    private boolean widen(BigDecimal tolerance) {
        if (tolerance.signum() < 0) {
            return false;
        }
        double t = tolerance.doubleValue();
        double tLow = Math.max(0, Math.nextDown(t));
        double tHigh = Math.nextUp(t);
        double[] s = stack;
        int e = top - SLOT;
        // midpoint = (low + high) / 2, halving exact but where it underflows.
        double midLow = Math.nextDown(Math.nextDown(s[e] + s[e + 2]) / 2);
        double midHigh = Math.nextUp(Math.nextUp(s[e + 1] + s[e + 3]) / 2);
        double absLow;
        double absHigh;
        if (midLow >= 0) {
            absLow = midLow;
            absHigh = midHigh;
        } else if (midHigh <= 0) {
            absLow = -midHigh;
            absHigh = -midLow;
        } else {
            absLow = 0;
            absHigh = Math.max(-midLow, midHigh);
        }
        // widening = |midpoint| × tolerance / 100, the move of the decimal point exact, the division here not.
        double wideningLow = Math.max(0, Math.nextDown(Math.nextDown(absLow * tLow) / 100));
        double wideningHigh = Math.nextUp(Math.nextUp(absHigh * tHigh) / 100);
        // [low − widening, high + widening]
        s[e] = Math.nextDown(s[e] - wideningHigh);
        s[e + 1] = Math.nextUp(s[e + 1] - wideningLow);
        s[e + 2] = Math.nextDown(s[e + 2] + wideningLow);
        s[e + 3] = Math.nextUp(s[e + 3] + wideningHigh);
        return true;
    }
}
