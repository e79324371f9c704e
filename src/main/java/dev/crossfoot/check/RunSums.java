package dev.crossfoot.check;

import dev.crossfoot.model.Interval;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.List;
import java.util.function.IntFunction;

/**
 * A run of lines that grows one line at a time, summed column by column, and whether it adds up
 * to one line of the table in how many of the columns that report it. Looking for implicit subtotals asks
 * this of every run of two to thirty lines next to a line; summing each run afresh made that
 * quadratic in the run's length, the largest cost of footing a table without depths.
 * <p>
 * The running sums are kept in floating point, with a bound on their error: nearly every run is
 * far from its line, and that is settled without building an exact sum per line and column (the
 * largest allocation of footing). Only a run the approximate sums cannot tell from its line is
 * summed exactly, as intervals of decimals, and the answer is that exact one ({@link FloatBounds}):
 * sums of intervals are exact, in any order.
 */
final class RunSums {

    private final StatementTable table;
    private final LineSummands.OfTable lines;
    private final StatementRow line;
    /** The line as the total compared: its columns compared, zeros and bounds, kept per line ({@link LineSummands}). */
    private final LineSummands target;
    /** Per column compared: the run's sums of its lines' low and high bounds, and of their magnitudes (for the error bound). */
    private final double[] lows;
    private final double[] highs;
    private final double[] magnitudes;
    /** Per column compared: a line of the run is not zero there. */
    private final boolean[] nonZero;
    /** The run so far: its first {@code size} lines, in the order added. */
    private final IntFunction<StatementRow> parts;
    private int size;
    /** A line of the run is not a readable number in a column the line reports: the run cannot add up. */
    private boolean unreadable;

    /**
     * The line's own cells are read from its summands ({@link LineSummands}, kept per table): a run is
     * started beside every line of every reading, and reading each cell's {@link Term} and its bounds
     * again for each start was most of the start's cost; what the line compares is kept there too,
     * leaving the run its accumulators.
     */
    private RunSums(StatementTable table, StatementRow line, IntFunction<StatementRow> parts) {
        this.table = table;
        this.lines = LineSummands.OfTable.of(table);
        this.line = line;
        this.parts = parts;
        this.target = lines.line(line);
        int width = target.widthAsTotal();
        this.lows = new double[width];
        this.highs = new double[width];
        this.magnitudes = new double[width];
        this.nonZero = new boolean[width];
    }

    /** Whether the run is compared with the line in the column. */
    private boolean compared(int c) {
        return target.comparedAsTotal(c);
    }

    /** Whether the line is zero in the column. */
    private boolean lineZero(int c) {
        return target.state(c) == LineSummands.State.ZERO;
    }

    /** Adds the next line to the run. */
    private void addNext() {
        StatementRow part = parts.apply(size++);
        LineSummands cells = lines.line(part);
        // Summing runs of lines column by column is work the table's time budget must be able to stop.
        TimeBudget.tick(lows.length);
        for (int c = 0; c < lows.length; c++) {
            if (!compared(c)) {
                continue;
            }
            LineSummands.State state = cells.state(c);
            if (state == LineSummands.State.NONE) {
                continue;
            }
            if (state == LineSummands.State.UNREADABLE) {
                unreadable = true;
                return;
            }
            nonZero[c] |= state == LineSummands.State.NON_ZERO;
            double low = cells.low(c);
            double high = cells.high(c);
            lows[c] += low;
            highs[c] += high;
            magnitudes[c] += Math.abs(low) + Math.abs(high);
        }
    }

    /**
     * Of the runs of the first two or more of {@code parts} (nearest the line first, at most
     * {@code limit}), the length of the one that adds up to the line in the most columns, where
     * that is most of the columns compared; the shortest of those; 0 when none does. A run that
     * holds in every column ends the search.
     */
    static int bestRun(StatementTable table, StatementRow line, List<StatementRow> parts, int limit) {
        return bestRun(table, line, parts::get, parts.size(), limit);
    }

    /**
     * {@link #bestRun(StatementTable, StatementRow, List, int)} of the lines right above {@code line},
     * nearest first: the last of {@code above} first.
     */
    static int bestRunAbove(StatementTable table, StatementRow line, List<StatementRow> above, int limit) {
        int last = above.size() - 1;
        return bestRun(table, line, k -> above.get(last - k), Math.min(above.size(), limit), limit);
    }

    private static int bestRun(StatementTable table, StatementRow line, IntFunction<StatementRow> parts, int count, int limit) {
        if (count < 2) {
            return 0;
        }
        RunSums sums = new RunSums(table, line, parts);
        sums.addNext();
        int best = 0;
        int bestHolds = 0;
        for (int size = 2; size <= count && size <= limit; size++) {
            sums.addNext();
            if (sums.unreadable) {
                // No longer run compares a column: none can be better than the best so far.
                break;
            }
            int compared = 0;
            int holds = 0;
            for (int c = 0; c < sums.lows.length; c++) {
                if (!sums.compared(c) || !sums.nonZero[c] && sums.lineZero(c)) {
                    continue;
                }
                compared++;
                holds += sums.nonZero[c] && sums.addsUp(c) ? 1 : 0;
            }
            if (mostly(compared, holds) && holds > bestHolds) {
                best = size;
                bestHolds = holds;
                if (holds == compared) {
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Whether the run adds up to the line in most columns compared (every one, in a table of one or
     * two): a reading the other columns settle, so that a wrong cell in one column breaks that
     * column's sum rather than the reading.
     */
    private static boolean mostly(int compared, int holds) {
        return compared > 0 && (compared <= 2 ? holds == compared : holds * 2 > compared);
    }

    /** Whether the run adds up to the line in a column: the approximate sums decide unless they are close to an edge. */
    private boolean addsUp(int c) {
        switch (FloatBounds.contact(lows[c], highs[c], magnitudes[c], target.low(c), target.high(c))) {
            case APART:
                return false;
            case TOUCHING:
                return true;
            default:
                return exactlyAddsUp(c);
        }
    }

    /** The exact answer in one column, for a run the approximate sums could not tell from its line. */
    private boolean exactlyAddsUp(int c) {
        Interval sum = Interval.ZERO;
        for (int k = 0; k < size; k++) {
            Term term = Term.at(table, parts.apply(k), c, 1);
            if (term != null) {
                sum = sum.plus(term.interval());
            }
        }
        return sum.intersects(Term.at(table, line, c, 1).interval());
    }
}
