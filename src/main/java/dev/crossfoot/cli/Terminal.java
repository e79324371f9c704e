package dev.crossfoot.cli;

/** Whether standard output is a terminal that wants colour ({@code NO_COLOR} is honoured). */
final class Terminal {

    private Terminal() {
    }

    /**
     * Progress for long runs, on stderr and only on a terminal (a console): nothing in the first
     * second (a small run finishes before it would help), then the documents done and the rate,
     * at most four times a second so that printing never slows the run. In CI (no console) it is
     * silent.
     */
    static dev.crossfoot.Crossfoot.Progress progress(java.io.PrintWriter err) {
        if (System.console() == null) {
            return dev.crossfoot.Crossfoot.Progress.NONE;
        }
        long started = System.nanoTime();
        return new dev.crossfoot.Crossfoot.Progress() {
            private long last = started + 750_000_000L;
            private boolean shown;

            @Override
            public void documentChecked(int done, int total) {
                long now = System.nanoTime();
                if (now - last > 250_000_000L) {
                    last = now;
                    shown = true;
                    double seconds = (now - started) / 1e9;
                    err.printf("\rchecked %d%s documents, %.1f per second", done, total < 0 ? "" : " of " + total, done / seconds);
                    err.flush();
                }
            }

            @Override
            public void finished() {
                if (shown) {
                    err.println();
                    err.flush();
                }
            }
        };
    }

    static boolean colour() {
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }
}
