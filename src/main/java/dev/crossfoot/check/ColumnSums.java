package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.StatementRow;

import java.util.List;

/**
 * Whether some lines less others add up to a reported amount in one column: in floating point
 * first ({@link FloatBounds}), exactly as intervals of decimals only where that cannot tell.
 */
final class ColumnSums {

    /** The lines are not all reported in the column: nothing to compare. */
    static final int NOT_COMPARED = -1;

    private ColumnSums() {
    }

    /**
     * 1 when the lines less the deducted ones add up to {@code reported} in column {@code c}, 0 when
     * not, or {@link #NOT_COMPARED}. A line left blank in the column counts for nothing, as it does
     * when the total is footed, where another of the lines has a figure there; a line with no
     * readable figure (not given, malformed) leaves the column uncompared.
     */
    static int addsUp(List<StatementRow> lines, List<StatementRow> deducted, int c, Interval reported) {
        double low = 0;
        double high = 0;
        double magnitude = 0;
        boolean anyFigure = false;
        for (StatementRow line : lines) {
            Amount amount = line.amount(c);
            if (amount == null && line.value(c) instanceof CellValue.Absent) {
                continue;
            }
            if (amount == null) {
                return NOT_COMPARED;
            }
            anyFigure = true;
            double lineLow = amount.interval().low().doubleValue();
            double lineHigh = amount.interval().high().doubleValue();
            low += lineLow;
            high += lineHigh;
            magnitude += Math.abs(lineLow) + Math.abs(lineHigh);
        }
        for (StatementRow line : deducted) {
            Amount amount = line.amount(c);
            if (amount == null && line.value(c) instanceof CellValue.Absent) {
                continue;
            }
            if (amount == null) {
                return NOT_COMPARED;
            }
            anyFigure = true;
            double lineLow = amount.interval().low().doubleValue();
            double lineHigh = amount.interval().high().doubleValue();
            low -= lineHigh;
            high -= lineLow;
            magnitude += Math.abs(lineLow) + Math.abs(lineHigh);
        }
        if (!anyFigure) {
            return NOT_COMPARED;
        }
        switch (FloatBounds.contact(low, high, magnitude, reported)) {
            case APART:
                return 0;
            case TOUCHING:
                return 1;
            default:
                return exactSum(lines, deducted, c).intersects(reported) ? 1 : 0;
        }
    }

    private static Interval exactSum(List<StatementRow> lines, List<StatementRow> deducted, int c) {
        Interval sum = Interval.ZERO;
        for (StatementRow line : lines) {
            if (line.amount(c) != null) {
                sum = sum.plus(line.amount(c).interval());
            }
        }
        for (StatementRow line : deducted) {
            if (line.amount(c) != null) {
                sum = sum.minus(line.amount(c).interval());
            }
        }
        return sum;
    }
}
