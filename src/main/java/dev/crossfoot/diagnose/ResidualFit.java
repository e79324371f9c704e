package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.model.Interval;

import java.util.List;
import java.util.Map;

/**
 * How closely a repaired cell's identities hold, as evidence between rival repairs of one group.
 * Every rival makes its identities hold within rounding, but not equally: the right value gives
 * back the table's own rounding noise — a sum of many small roundings, which is mostly near zero —
 * while a wrong one that happens to fit leaves a gap spread over the whole allowance. So a repair
 * whose identities close nearer their middle is likelier, in the proportion a bell curve of the
 * rounding noise gives to its gap. The factor never falls below {@link #FLOOR}: a close fit is a
 * preference among explanations, not a proof against the others.
 */
final class ResidualFit {

    private static final double FLOOR = 0.35;

    private ResidualFit() {
    }

    /** A factor between {@link #FLOOR} and 1 for the repair, over the checks it must satisfy. */
    static double of(Repair repair, List<EvaluatedCheck> checks) {
        Map<CellKey, Interval> with = Map.of(repair.cell().key(), repair.interval());
        double likelihood = 1;
        for (EvaluatedCheck check : checks) {
            if (!RepairFinder.evaluable(check, repair.cell().key(), Map.of())) {
                continue;
            }
            Interval computed = check.expected().evaluate(with);
            Interval allowed = check.expectedInterval(with);
            if (computed == null || allowed == null) {
                continue;
            }
            Interval reported = check.reportedInterval(with);
            double gap = reported.midpoint().subtract(computed.midpoint()).abs().doubleValue();
            double allowance = (reported.width().doubleValue() + allowed.width().doubleValue()) / 2;
            if (allowance <= 0) {
                continue;
            }
            // n roundings of half-width h: variance n h²/3, allowance n h, so σ = allowance / √(3n).
            double sigma = allowance / Math.sqrt(3.0 * Math.max(1, check.terms().size()));
            likelihood *= Math.exp(-0.5 * (gap / sigma) * (gap / sigma));
        }
        return FLOOR + (1 - FLOOR) * likelihood;
    }
}
