package dev.crossfoot.cli;

import dev.crossfoot.Crossfoot;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A run's progress as one line rewritten in place ({@code \r}): documents done (of how many, when
 * known), tables, and documents per second. Nothing in the first second, so a small run finishes
 * before it would help; then at most four times a second, so that printing never slows the run.
 * The line is ended once the run is done, so the report's own lines start on a line of their own.
 * Only used when stderr is a terminal ({@link Terminal#progress}).
 */
final class ProgressLine implements Crossfoot.Progress {

    private static final long FIRST_AFTER = 1_000_000_000L;
    private static final long EVERY = 250_000_000L;

    private final PrintWriter err;
    private final LongSupplier nanoTime;
    private final long started;
    private long last;
    private boolean shown;

    ProgressLine(PrintWriter err, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
        this.started = nanoTime.getAsLong();
        this.last = started + FIRST_AFTER - EVERY;
    }

    @Override
    public void documentChecked(int done, int total, int tables) {
        long now = nanoTime.getAsLong();
        if (now - last < EVERY) {
            return;
        }
        last = now;
        shown = true;
        double seconds = (now - started) / 1e9;
        err.printf("\rchecked %,d%s document(s), %,d table(s), %.1f documents per second ", done,
                total < 0 ? "" : String.format(" of %,d", total), tables, done / seconds);
        err.flush();
    }

    @Override
    public void finished() {
        if (shown) {
            err.println();
            err.flush();
        }
    }
}
