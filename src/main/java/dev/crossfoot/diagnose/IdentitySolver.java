package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.model.Interval;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Solves one identity for one of its cells: the absolute value at which both sides meet at their
 * midpoints, by the secant method (exact in one step for the sums that most identities are,
 * and quick for the ratios of EPS and margins), and how far the value may move before rounding
 * no longer explains it.
 */
final class IdentitySolver {

    private static final int MAX_STEPS = 60;

    private IdentitySolver() {
    }

    /** A solution: the value, and the width of the range of values for which the check holds. */
    record Root(double value, double width) { }

    static Root solve(EvaluatedCheck check, CellKey cell, double start, double step, Map<CellKey, Interval> overrides) {
        double x0 = start;
        Double r0 = residual(check, cell, x0, overrides);
        if (r0 == null) {
            x0 = start + step;
            r0 = residual(check, cell, x0, overrides);
        }
        double x1 = x0 + Math.max(step, Math.abs(x0) * 0.01);
        Double r1 = residual(check, cell, x1, overrides);
        for (int i = 0; i < MAX_STEPS && r0 != null && r1 != null; i++) {
            if (Math.abs(r1) <= 1e-12 * Math.max(1, Math.abs(x1))) {
                return new Root(x1, width(check, cell, x1, step, overrides));
            }
            if (r1.doubleValue() == r0.doubleValue()) {
                return null;
            }
            double next = x1 - r1 * (x1 - x0) / (r1 - r0);
            x0 = x1;
            r0 = r1;
            x1 = next;
            r1 = residual(check, cell, x1, overrides);
        }
        return r1 != null && Math.abs(r1) <= step ? new Root(x1, width(check, cell, x1, step, overrides)) : null;
    }

    /** Expected minus reported, at the midpoints, with the cell set to exactly {@code x}. */
    private static Double residual(EvaluatedCheck check, CellKey cell, double x, Map<CellKey, Interval> overrides) {
        if (!Double.isFinite(x)) {
            return null;
        }
        Map<CellKey, Interval> with = new HashMap<>(overrides);
        with.put(cell, Interval.exact(BigDecimal.valueOf(x)));
        Interval expected = check.expectedInterval(with);
        if (expected == null) {
            return null;
        }
        return expected.midpoint().subtract(check.reportedInterval(with).midpoint()).doubleValue();
    }

    /** Rounding slack of both sides over the identity's sensitivity to the cell. */
    private static double width(EvaluatedCheck check, CellKey cell, double x, double step, Map<CellKey, Interval> overrides) {
        Map<CellKey, Interval> with = new HashMap<>(overrides);
        with.put(cell, Interval.exact(BigDecimal.valueOf(x)));
        Interval expected = check.expectedInterval(with);
        Double here = residual(check, cell, x, overrides);
        Double there = residual(check, cell, x + step, overrides);
        if (expected == null || here == null || there == null || here.equals(there)) {
            return Double.POSITIVE_INFINITY;
        }
        double slack = expected.width().add(check.reportedInterval(with).width()).doubleValue() / 2;
        return 2 * slack / Math.abs((there - here) / step);
    }
}
