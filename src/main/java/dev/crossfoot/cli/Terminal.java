package dev.crossfoot.cli;

/** Whether standard output is a terminal that wants colour ({@code NO_COLOR} is honoured). */
final class Terminal {

    private Terminal() {
    }

    /**
     * Progress for long runs, on stderr and only when stderr is a terminal (a console), at most
     * a few times a second so that printing never slows the run.
     */
    static dev.crossfoot.Crossfoot.Progress progress(java.io.PrintWriter err) {
        if (System.console() == null) {
            return dev.crossfoot.Crossfoot.Progress.NONE;
        }
        long[] last = {0};
        return (done, total) -> {
            long now = System.nanoTime();
            if (done == total || now - last[0] > 250_000_000L) {
                last[0] = now;
                err.print("\rchecked " + done + " of " + total + " documents" + (done == total ? System.lineSeparator() : ""));
                err.flush();
            }
        };
    }

    static boolean colour() {
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }
}
