package dev.crossfoot.cli;

/** The exit codes a CI system relies on; printed in {@code --help}. */
public enum ExitCode {
    /** Nothing at or above {@code --fail-on}. */
    CLEAN(0),
    /** Findings at or above {@code --fail-on}. */
    FINDINGS(1),
    /** The run itself could not be done: unreadable path, bad rule file, bad option. */
    FAILURE(2);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
