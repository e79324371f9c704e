package dev.crossfoot.diagnose;

import dev.crossfoot.model.Interval;

import java.math.BigDecimal;

/**
 * A proposed value for one cell, in the cell's display units and written with {@code decimals}
 * decimals, and the extraction error that would explain the text that was read instead.
 */
record Repair(SuspectCell cell, BigDecimal value, int decimals, Cause cause) {

    /** The absolute interval the repaired cell stands for: what checks are re-evaluated with. */
    Interval interval() {
        return Interval.rounded(value, BigDecimal.ONE.movePointLeft(decimals)).scale(cell.scale());
    }

    double plausibility() {
        return cause.plausibility();
    }
}
