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
        FloatSum sum = new FloatSum();
        if (!sum.add(lines, c, false) || !sum.add(deducted, c, true) || !sum.anyFigure) {
            return NOT_COMPARED;
        }
        switch (FloatBounds.contact(sum.low, sum.high, sum.magnitude, reported)) {
            case APART:
                return 0;
            case TOUCHING:
                return 1;
            default:
                return exactSum(lines, deducted, c).intersects(reported) ? 1 : 0;
        }
    }

    /** The bounds of a sum of lines in floating point, and the magnitude of what went into it (for its rounding error). */
    private static final class FloatSum {
        double low;
        double high;
        double magnitude;
        boolean anyFigure;

        /**
         * Adds (or, {@code deducted}, subtracts) the lines' amounts in column {@code c}, blanks
         * counting for nothing; false when one has no readable figure there.
         */
        boolean add(List<StatementRow> lines, int c, boolean deducted) {
            for (StatementRow line : lines) {
                Amount amount = line.amount(c);
                if (amount == null && line.value(c) instanceof CellValue.Absent) {
                    continue;
                }
                if (amount == null) {
                    return false;
                }
                anyFigure = true;
                double lineLow = amount.interval().low().doubleValue();
                double lineHigh = amount.interval().high().doubleValue();
                if (deducted) {
                    low -= lineHigh;
                    high -= lineLow;
                } else {
                    low += lineLow;
                    high += lineHigh;
                }
                magnitude += Math.abs(lineLow) + Math.abs(lineHigh);
            }
            return true;
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
