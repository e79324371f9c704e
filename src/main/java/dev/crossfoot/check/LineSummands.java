package dev.crossfoot.check;

import dev.crossfoot.model.Interval;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A line's cells as a running sum adds them, column by column: not a term, an unreadable one, or
 * its absolute bounds in floating point. The search for implicit subtotals adds every line to the
 * runs of up to thirty lines beside it, under every reading of the table; building each cell's
 * {@link Term} again for each run was the largest part of that search. Each line is read once per
 * table, with {@link Term#at}'s own answer.
 * <p>
 * Also the line as the total a run is compared with: which of its columns are compared. That
 * depends on the table and the line alone, while a run is started beside each line some twelve
 * times (under each reading, collapsing subtotals and headings: 534,000 runs of 42,000 lines a pass
 * of the FSDS quarter's JSON Lines); working it out for every run set up eight arrays each time.
 */
final class LineSummands {

    enum State { NONE, UNREADABLE, ZERO, NON_ZERO }

    private final State[] states;
    private final double[] lows;
    private final double[] highs;
    /**
     * Per column of the line's amounts: the line has a readable amount there and the column reports amounts (not a
     * comparing column, {@link ComparisonColumns}), so a run adding up to the line is compared with it there.
     */
    private final boolean[] comparedAsTotal;

    private LineSummands(StatementTable table, StatementRow line) {
        int width = Math.max(line.values().size(), line.amounts().size());
        states = new State[width];
        lows = new double[width];
        highs = new double[width];
        for (int c = 0; c < width; c++) {
            Term term = Term.at(table, line, c, 1);
            if (term == null) {
                states[c] = State.NONE;
            } else if (!term.readable()) {
                states[c] = State.UNREADABLE;
            } else {
                states[c] = term.amount().value().signum() != 0 ? State.NON_ZERO : State.ZERO;
                Interval interval = term.amount().interval();
                lows[c] = interval.low().doubleValue();
                highs[c] = interval.high().doubleValue();
            }
        }
        // The line's own amounts, not the table's width: a column past them has no total to compare with.
        comparedAsTotal = new boolean[line.amounts().size()];
        for (int c = 0; c < comparedAsTotal.length; c++) {
            comparedAsTotal[c] = (states[c] == State.ZERO || states[c] == State.NON_ZERO) && !ComparisonColumns.contains(table, c);
        }
    }

    State state(int column) {
        return column < states.length ? states[column] : State.NONE;
    }

    double low(int column) {
        return lows[column];
    }

    double high(int column) {
        return highs[column];
    }

    /** How many columns the line has as a total: its amounts'. */
    int widthAsTotal() {
        return comparedAsTotal.length;
    }

    /** Whether a run is compared with the line in the column, below {@link #widthAsTotal()}. */
    boolean comparedAsTotal(int column) {
        return comparedAsTotal[column];
    }

    /**
     * The lines of one table read so far on this thread: a table is footed on one thread, its
     * readings one after another, so the last table's lines are the ones asked for again.
     * <p>
     * Kept by the line's index among the table's rows, where that slot holds this very line: a line
     * is looked up for each run it starts or joins (3.2 million times a pass of the FSDS quarter),
     * and hashing it by identity into a map was a quarter of the runs' time. A line not of the table's own
     * rows (none is known, but a reading may make one) is kept by identity.
     */
    static final class OfTable {
        private static final ThreadLocal<OfTable> LAST = new ThreadLocal<>();

        private final StatementTable table;
        private final LineSummands[] byIndex;
        private final Map<StatementRow, LineSummands> others = new IdentityHashMap<>();

        private OfTable(StatementTable table) {
            this.table = table;
            this.byIndex = new LineSummands[table.rows().size()];
        }

        static OfTable of(StatementTable table) {
            OfTable last = LAST.get();
            if (last == null || last.table != table) {
                last = new OfTable(table);
                LAST.set(last);
            }
            return last;
        }

        LineSummands line(StatementRow line) {
            int index = line.index();
            if (index < 0 || index >= byIndex.length || table.rows().get(index) != line) {
                return others.computeIfAbsent(line, row -> new LineSummands(table, row));
            }
            LineSummands kept = byIndex[index];
            if (kept == null) {
                kept = new LineSummands(table, line);
                byIndex[index] = kept;
            }
            return kept;
        }
    }
}
