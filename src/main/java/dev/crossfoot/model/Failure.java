package dev.crossfoot.model;

/**
 * What went wrong while reading or checking one document, in crossfoot's words rather than a
 * Java class name: the text of the input finding that stands for it. Only errors that leave the
 * JVM usable are guarded; a {@link VirtualMachineError} other than an exhausted stack or heap
 * (an internal JVM fault) still ends the run.
 */
public final class Failure {

    private Failure() {
    }

    /** Whether one document's failure may be caught and the run go on. */
    public static boolean recoverable(Throwable failure) {
        return !(failure instanceof VirtualMachineError) || failure instanceof StackOverflowError
                || failure instanceof OutOfMemoryError;
    }

    /** {@code failure} again when the run cannot go on after it, so that a guard rethrows it. */
    public static void rethrowIfFatal(Throwable failure) {
        if (!recoverable(failure)) {
            throw (VirtualMachineError) failure;
        }
    }

    /** Where the details of a caught failure go: its stack trace, shown only when the user asks (--verbose). */
    public interface Trace {
        Trace NONE = (where, failure) -> { };

        void failed(String where, Throwable failure);
    }

    /** One line saying what went wrong; what the user can do about it when there is something. */
    public static String describe(Throwable failure) {
        if (failure instanceof StackOverflowError) {
            return "nested or repeated too deeply to follow (the reading ran out of stack); "
                    + "this input is beyond what crossfoot can check";
        }
        if (failure instanceof OutOfMemoryError) {
            return "needs more memory than the run has (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap); give it more with CROSSFOOT_JAVA_OPTS=-Xmx4g, or split this input";
        }
        if (failure instanceof ArithmeticException arithmetic) {
            return "a number beyond what crossfoot computes with (" + oneLine(arithmetic.getMessage()) + ")";
        }
        if (failure instanceof NumberFormatException number) {
            return "a number crossfoot cannot read (" + oneLine(number.getMessage()) + ")";
        }
        String message = failure.getMessage();
        return "crossfoot failed on it (" + failure.getClass().getSimpleName()
                + (message == null ? "" : ": " + oneLine(message)) + "); run with --verbose for the details and report it";
    }

    /** The first line of a message, no longer than a line of a terminal should be. */
    public static String oneLine(String message) {
        if (message == null) {
            return "no detail";
        }
        String first = message.strip().lines().findFirst().orElse("");
        return first.length() > 200 ? first.substring(0, 200) + "…" : first;
    }
}
