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

    /**
     * How well the repair explains the text: the cause's own plausibility, discounted where the
     * fit is weak evidence. A row writes its numbers with the same decimals, so a repair with
     * other decimals is doubtful; and a short number such as 100 often equals its neighbour by
     * chance, so that equality says little about a swap. A repair that brings a value back towards
     * its line in the other columns (magnitude and sign) is likelier, one that takes it away less
     * likely ({@link LineFit}).
     */
    double plausibility() {
        double plausibility = cause.plausibility();
        if (decimals != cell.usualDecimals()) {
            plausibility *= 0.5;
        }
        if ((cause == Cause.COLUMNS_SWAPPED || cause == Cause.ROW_SHIFTED)
                && cell.reported() != null && NumberShape.of(cell.reported(), 0).significant().length() < 3) {
            plausibility *= 0.4;
        }
        return plausibility * cell.lineFit(value);
    }
}
