package dev.crossfoot.check;

import dev.crossfoot.model.Interval;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

/**
 * A run of lines that grows one line at a time, summed column by column, and whether it adds up
 * to one line of the table in every column that reports it. Looking for implicit subtotals asks
 * this of every run of two to thirty lines next to a line; summing each run afresh made that
 * quadratic in the run's length, the largest cost of footing a table without depths.
 * The answer is that of summing the run at once: sums of intervals are exact, in any order.
 */
final class RunSums {

    private final StatementTable table;
    /** Per column: the line's own term, or null where the column is not compared. */
    private final Term[] totals;
    private final Interval[] sums;
    private final boolean[] nonZero;
    /** A line of the run is not a readable number in a column the line reports: the run cannot add up. */
    private boolean unreadable;

    RunSums(StatementTable table, StatementRow line) {
        this.table = table;
        int width = table.width();
        this.totals = new Term[width];
        this.sums = new Interval[width];
        this.nonZero = new boolean[width];
        for (int c = 0; c < width; c++) {
            if (ComparisonColumns.contains(table, c)) {
                continue;
            }
            Term total = Term.at(table, line, c, 1);
            if (total != null && total.readable()) {
                totals[c] = total;
                sums[c] = Interval.ZERO;
            }
        }
    }

    /** Adds a line to the run. */
    void add(StatementRow part) {
        for (int c = 0; c < totals.length; c++) {
            // Summing runs of lines column by column is work the table's time budget must be able to stop.
            TimeBudget.tick();
            if (totals[c] == null) {
                continue;
            }
            Term term = Term.at(table, part, c, 1);
            if (term == null) {
                continue;
            }
            if (!term.readable()) {
                unreadable = true;
                return;
            }
            nonZero[c] |= term.amount().value().signum() != 0;
            sums[c] = sums[c].plus(term.interval());
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
            holds += nonZero[c] && sums[c].intersects(total.interval()) ? 1 : 0;
        }
        return new int[] {compared, holds};
    }

    /** Whether the run adds up to the line in every column compared, at least one. */
    boolean addsUp() {
        int[] tally = tally();
        return tally[0] > 0 && tally[1] == tally[0];
    }

    /**
     * Whether the run adds up to the line in most columns compared (every one, in a table of one or
     * two): a reading the other columns settle, so that a wrong cell in one column breaks that
     * column's sum rather than the reading.
     */
    static boolean mostly(int[] tally) {
        return tally[0] > 0 && (tally[0] <= 2 ? tally[1] == tally[0] : tally[1] * 2 > tally[0]);
    }
}
