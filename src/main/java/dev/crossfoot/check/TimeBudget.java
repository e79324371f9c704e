package dev.crossfoot.check;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * The last guard against a table whose checking would not end in reasonable time: work run
 * within a budget is stopped, by {@link Exceeded}, at the next cell it evaluates after the
 * deadline. The bounds on input size ({@link TableBounds}) keep ordinary inputs far from it; it
 * exists for the combinations no bound foresaw (a long table whose total fails makes the search
 * for implicit subtotals compare runs of lines with runs of lines).
 */
public final class TimeBudget {

    /** Checking one table: a statement of a hundred lines is checked in milliseconds. */
    public static final Duration PER_TABLE = Duration.ofSeconds(5);
    /** Diagnosing the failures of one document. */
    public static final Duration PER_DOCUMENT_DIAGNOSIS = Duration.ofSeconds(10);

    /** How often the clock is read: once per this many cells evaluated. */
    private static final int CELLS_PER_LOOK = 256;

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    private TimeBudget() {
    }

    /** The work ran out of time; the work's caller reports what was left undone. */
    public static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(Duration budget) {
            super("took longer than the " + budget.toSeconds() + " s crossfoot allows", null, false, false);
        }
    }

    private static final class Deadline {
        private final long endNanos;
        private final Duration budget;
        private int count;

        Deadline(Duration budget) {
            this.endNanos = System.nanoTime() + budget.toNanos();
            this.budget = budget;
        }
    }

    /** Runs {@code work} within {@code budget}; throws {@link Exceeded} when it is spent. */
    public static <T> T within(Duration budget, Supplier<T> work) {
        Deadline outer = CURRENT.get();
        CURRENT.set(new Deadline(budget));
        try {
            return work.get();
        } finally {
            CURRENT.set(outer);
        }
    }

    /** Called for each cell evaluated: stops the work when its budget is spent. */
    static void tick() {
        tick(1);
    }

    /** Called for {@code cells} cells evaluated at once: one look-up of the budget, not one per cell. */
    static void tick(int cells) {
        Deadline deadline = CURRENT.get();
        if (deadline == null || cells <= 0) {
            return;
        }
        int before = deadline.count;
        deadline.count += cells;
        if (before / CELLS_PER_LOOK != deadline.count / CELLS_PER_LOOK && System.nanoTime() > deadline.endNanos) {
            throw new Exceeded(deadline.budget);
        }
    }
}
