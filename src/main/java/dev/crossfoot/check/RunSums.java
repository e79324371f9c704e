package dev.crossfoot.check;

import dev.crossfoot.model.Interval;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.ArrayList;
import java.util.List;

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
    /** Per column: the line's own term, or null where the column is not compared. */
    private final Term[] totals;
    private final double[] lows;
    private final double[] highs;
    private final double[] magnitudes;
    private final boolean[] nonZero;
    private final List<StatementRow> parts = new ArrayList<>();
    /** A line of the run is not a readable number in a column the line reports: the run cannot add up. */
    private boolean unreadable;

    RunSums(StatementTable table, StatementRow line) {
        this.table = table;
        this.lines = LineSummands.OfTable.of(table);
        // The line's own cells, not the table's width: that walks every row, and a run is started
        // beside every line. A column past the line's cells has no total to compare with.
        int width = line.amounts().size();
        this.totals = new Term[width];
        this.lows = new double[width];
        this.highs = new double[width];
        this.magnitudes = new double[width];
        this.nonZero = new boolean[width];
        for (int c = 0; c < width; c++) {
            if (ComparisonColumns.contains(table, c)) {
                continue;
            }
            Term total = Term.at(table, line, c, 1);
            if (total != null && total.readable()) {
                totals[c] = total;
            }
        }
    }

    /** Adds a line to the run. */
    void add(StatementRow part) {
        parts.add(part);
        LineSummands cells = lines.line(part);
        // Summing runs of lines column by column is work the table's time budget must be able to stop.
        TimeBudget.tick(totals.length);
        for (int c = 0; c < totals.length; c++) {
            if (totals[c] == null) {
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
     * Columns compared and columns where the run adds up to the line, over the columns where the
     * line has a readable amount; columns where the line and all of the run are zero are passed
     * over. None compared when a line of the run is unreadable.
     */
    int[] tally() {
        if (unreadable) {
            return new int[] {0, 0};
        }
        int compared = 0;
        int holds = 0;
        for (int c = 0; c < totals.length; c++) {
            Term total = totals[c];
            if (total == null || !nonZero[c] && total.amount().value().signum() == 0) {
                continue;
            }
            compared++;
            holds += nonZero[c] && addsUp(c, total) ? 1 : 0;
        }
        return new int[] {compared, holds};
    }

    /** Whether the run adds up to the line in every column compared, at least one. */
    boolean addsUp() {
        int[] tally = tally();
        return tally[0] > 0 && tally[1] == tally[0];
    }

    /**
     * Of the runs of the first two or more of {@code parts} (nearest the line first, at most
     * {@code limit}), the length of the one that adds up to the line in the most columns, where
     * that is most of the columns compared; the shortest of those; 0 when none does. A run that
     * holds in every column ends the search.
     */
    static int bestRun(StatementTable table, StatementRow line, java.util.List<StatementRow> parts, int limit) {
        if (parts.size() < 2) {
            return 0;
        }
        RunSums sums = new RunSums(table, line);
        sums.add(parts.get(0));
        int best = 0;
        int bestHolds = 0;
        for (int size = 2; size <= parts.size() && size <= limit; size++) {
            sums.add(parts.get(size - 1));
            int[] tally = sums.tally();
            if (mostly(tally) && tally[1] > bestHolds) {
                best = size;
                bestHolds = tally[1];
                if (tally[1] == tally[0]) {
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
    static boolean mostly(int[] tally) {
        return tally[0] > 0 && (tally[0] <= 2 ? tally[1] == tally[0] : tally[1] * 2 > tally[0]);
    }

    /** Whether the run adds up to the line in a column: the approximate sums decide unless they are close to an edge. */
    private boolean addsUp(int c, Term total) {
        switch (FloatBounds.contact(lows[c], highs[c], magnitudes[c], total.interval())) {
            case APART:
                return false;
            case TOUCHING:
                return true;
            default:
                return exactlyAddsUp(c, total);
        }
    }

    /** The exact answer in one column, for a run the approximate sums could not tell from its line. */
    private boolean exactlyAddsUp(int c, Term total) {
        Interval sum = Interval.ZERO;
        for (StatementRow part : parts) {
            Term term = Term.at(table, part, c, 1);
            if (term != null) {
                sum = sum.plus(term.interval());
            }
        }
        return sum.intersects(total.interval());
    }
}
