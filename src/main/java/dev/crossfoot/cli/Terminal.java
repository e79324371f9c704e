package dev.crossfoot.cli;

/** Whether standard output is a terminal that wants colour ({@code NO_COLOR} is honoured), and whether stderr wants progress. */
final class Terminal {

    private Terminal() {
    }

    /** Where Linux shows what standard error is: a link to the terminal device, a pipe or a file. */
    private static final java.nio.file.Path STDERR = java.nio.file.Path.of("/proc/self/fd/2");

    /** Progress for long runs ({@link ProgressLine}) when stderr is a terminal; in CI (a pipe, a file) none. */
    static dev.crossfoot.Crossfoot.Progress progress(java.io.PrintWriter err) {
        return isTerminal(STDERR) ? new ProgressLine(err, System::nanoTime) : dev.crossfoot.Crossfoot.Progress.NONE;
    }

    /**
     * Whether the file descriptor {@code fdLink} (a {@code /proc/self/fd} entry) is a terminal
     * device. Java 17 cannot ask about stderr alone ({@code System.console()} says whether stdin
     * and stdout are terminals): {@code crossfoot check big/ > report.txt} at a terminal still wants
     * progress, {@code 2> log} does not. Where there is no {@code /proc} (macOS), the console decides.
     */
    static boolean isTerminal(java.nio.file.Path fdLink) {
        try {
            String target = java.nio.file.Files.readSymbolicLink(fdLink).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
        } catch (java.io.IOException | UnsupportedOperationException | SecurityException noProc) {
            return System.console() != null;
        }
    }

    static boolean colour() {
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }
}
