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
        return new dev.crossfoot.Crossfoot.Progress() {
            private long last;
            private boolean shown;

            @Override
            public void documentChecked(int done, int total) {
                long now = System.nanoTime();
                if (now - last > 250_000_000L) {
                    last = now;
                    shown = true;
                    err.print("\rchecked " + done + (total < 0 ? "" : " of " + total) + " documents");
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
