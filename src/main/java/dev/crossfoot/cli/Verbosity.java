package dev.crossfoot.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * {@code --quiet} and {@code --verbose}. Logging goes to stderr at the level {@code CROSSFOOT_LOG}
 * names (default WARN); {@code --verbose} lowers it to DEBUG (every file read or passed over and
 * why, timings) and prints the stack trace of every failure; {@code --quiet} raises it to ERROR
 * and drops crossfoot's notes and progress, leaving the report and the exit code.
 */
final class Verbosity {

    @Option(names = {"-q", "--quiet"}, description = "Print only the report and errors: no notes, no progress.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"},
            description = "Log every file read or passed over and the timings (DEBUG), and print the stack trace of every "
                    + "failure that became an input finding or stopped the run (for a bug report).")
    boolean verbose;

    boolean quiet() {
        return quiet && !verbose;
    }

    boolean verbose() {
        return verbose;
    }

    /**
     * Sets the log level these options ask for (without them, CROSSFOOT_LOG's stays) until the
     * returned scope closes, so that a command run in-process (a test) leaves the level as it was.
     */
    AutoCloseable apply() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        if (verbose || quiet) {
            root.setLevel(verbose ? Level.DEBUG : Level.ERROR);
        }
        return () -> root.setLevel(before);
    }
}
