package dev.crossfoot.read;

import dev.crossfoot.understand.GapRuns;

/**
 * Runs of white space as one space, as replacing the pattern {@code \s+} (the regex's ASCII spaces: space, tab, line
 * feed, vertical tab, form feed, carriage return) by one space does, in one pass and without a matcher: asked of every
 * cell of every HTML table and of every block of text between tables (BENCHMARKS.md "Issue 14, fifteenth round").
 */
final class Spaces {

    private Spaces() {
    }

    /** The text with each run of {@code \s} characters replaced by one space; the text itself where nothing changes. */
    static String asOne(String text) {
        return GapRuns.asOneSpace(text, Spaces::isSpace);
    }

    /** What {@code \s} of a pattern without flags matches. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
