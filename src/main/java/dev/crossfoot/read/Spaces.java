package dev.crossfoot.read;

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
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && isSpace(text.charAt(end))) {
                end++;
            }
            if (out == null && (c != ' ' || end > i + 1)) {
                out = new StringBuilder(length).append(text, 0, i);
            }
            if (out != null) {
                out.append(' ');
            }
            i = end - 1;
        }
        return out == null ? text : out.toString();
    }

    /** What {@code \s} of a pattern without flags matches. */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
    }
}
