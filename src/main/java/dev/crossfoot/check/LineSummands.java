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
 */
final class LineSummands {

    enum State { NONE, UNREADABLE, ZERO, NON_ZERO }

    private final State[] states;
    private final double[] lows;
    private final double[] highs;

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

    /**
     * The lines of one table read so far on this thread: a table is footed on one thread, its
     * readings one after another, so the last table's lines are the ones asked for again.
     */
    static final class OfTable {
        private static final ThreadLocal<OfTable> LAST = new ThreadLocal<>();

        private final StatementTable table;
        private final Map<StatementRow, LineSummands> lines = new IdentityHashMap<>();

        private OfTable(StatementTable table) {
            this.table = table;
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
            return lines.computeIfAbsent(line, row -> new LineSummands(table, row));
        }
    }
}
