package dev.crossfoot.cli;

/** Whether standard output is a terminal that wants colour ({@code NO_COLOR} is honoured). */
final class Terminal {

    private Terminal() {
    }

    static boolean colour() {
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }
}
