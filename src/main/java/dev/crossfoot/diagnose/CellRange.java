package dev.crossfoot.diagnose;

import dev.crossfoot.check.BoundExpr;
import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.Interval;

import java.util.HashMap;
import java.util.Map;

/**
 * The values of one cell for which a check holds, where the check only adds and subtracts it, once, with no tolerance:
 * then the computed side is the rest of it plus or minus the cell, exactly, in intervals of decimals, and the check
 * holds exactly where the cell's interval meets {@code ±(reported − rest)} (or, for the reported cell, {@code ±computed}).
 * Worked out once per cell and check, it lets a repair's search drop in floating point the candidate values that surely
 * miss it, before their interval of decimals is built and the check evaluated with it: nearly all of a cell's hundreds
 * of re-readings miss its first check by far. A candidate that may meet it is evaluated exactly, as before.
 */
final class CellRange {

    /** The range's ends as doubles, each within half an ulp of the exact end. */
    private final double low;
    private final double high;

    private CellRange(double low, double high) {
        this.low = low;
        this.high = high;
    }

    /**
     * The range of {@code cell} in {@code check} with {@code overrides} in force (which must not replace the cell), or
     * null where the check does not only add or subtract the cell once, has a tolerance, or has no value.
     */
    static CellRange of(EvaluatedCheck check, CellKey cell, Map<CellKey, Interval> overrides) {
        if (check.tolerance() != null || check.reported() == null || check.expected() == null) {
            return null;
        }
        Occurrences found = new Occurrences(cell);
        found.walk(check.expected(), 1, false);
        boolean reported = check.reported().key().equals(cell);
        if (found.nonlinear || found.count + (reported ? 1 : 0) != 1) {
            return null;
        }
        Interval range;
        if (reported) {
            // reported × orientation meets computed ⇔ the cell meets computed × orientation.
            Interval computed = check.expected().evaluate(overrides);
            if (computed == null) {
                return null;
            }
            range = check.reported().orientation() < 0 ? computed.negate() : computed;
        } else {
            // computed = rest + sign × cell, exactly (sums and differences of intervals): reported meets it ⇔ the cell
            // meets sign × (reported − rest).
            Map<CellKey, Interval> without = new HashMap<>(overrides);
            without.put(cell, Interval.ZERO);
            Interval rest = check.expected().evaluate(without);
            if (rest == null) {
                return null;
            }
            Interval apart = check.reportedInterval(overrides).minus(rest);
            range = found.sign < 0 ? apart.negate() : apart;
        }
        double rangeLow = range.low().doubleValue();
        double rangeHigh = range.high().doubleValue();
        return Double.isFinite(rangeLow) && Double.isFinite(rangeHigh) ? new CellRange(rangeLow, rangeHigh) : null;
    }

    /**
     * Whether the cell's interval, [{@code low}, {@code high}] as worked out in doubles from its decimals (each end within
     * a few ulps of the exact one), surely misses the range: apart by more than a billionth of the magnitudes involved,
     * far beyond the doubles' error. Unsure is false: the check is evaluated exactly.
     */
    boolean surelyMisses(double cellLow, double cellHigh) {
        if (!Double.isFinite(cellLow) || !Double.isFinite(cellHigh)) {
            return false;
        }
        double slack = 1e-9 * (Math.abs(cellLow) + Math.abs(cellHigh) + Math.abs(low) + Math.abs(high)) + 16 * Double.MIN_NORMAL;
        return cellHigh + slack < low || cellLow - slack > high;
    }

    /** Where the cell stands in a side: how often, the sign it is added with, and whether under a product or quotient. */
    private static final class Occurrences {
        private final CellKey cell;
        private int count;
        private int sign;
        private boolean nonlinear;

        Occurrences(CellKey cell) {
            this.cell = cell;
        }

        void walk(BoundExpr expr, int outer, boolean multiplied) {
            if (expr instanceof BoundExpr.Leaf leaf) {
                term(leaf.term(), outer, multiplied);
            } else if (expr instanceof BoundExpr.Sum sum) {
                for (BoundExpr.Leaf part : sum.parts()) {
                    term(part.term(), outer, multiplied);
                }
            } else if (expr instanceof BoundExpr.Negate negate) {
                walk(negate.operand(), -outer, multiplied);
            } else if (expr instanceof BoundExpr.Binary binary) {
                boolean product = binary.operator() == '*' || binary.operator() == '/';
                walk(binary.left(), outer, multiplied || product);
                walk(binary.right(), binary.operator() == '-' ? -outer : outer, multiplied || product);
            } else if (!(expr instanceof BoundExpr.Constant)) {
                // A side of a kind not known here: not screened. A constant holds no cell.
                nonlinear = true;
            }
        }

        private void term(Term term, int outer, boolean multiplied) {
            if (!term.key().equals(cell)) {
                return;
            }
            count++;
            nonlinear |= multiplied;
            sign = term.orientation() < 0 ? -outer : outer;
        }
    }
}
