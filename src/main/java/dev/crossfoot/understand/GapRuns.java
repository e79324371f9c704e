package dev.crossfoot.understand;

/**
 * Runs of "gap" characters as one space, in one pass and without a matcher: what replacing a
 * pattern such as {@code \s+} by one space does. Labels and the cells and text blocks of HTML pages
 * are folded this way by the hundred thousand per run, each with its own idea of a gap.
 */
public final class GapRuns {

    /** Which characters are gaps. */
    @FunctionalInterface
    public interface Gap {
        boolean test(char c);
    }

    private GapRuns() {
    }

    /** The text with each run of gaps replaced by one space; the text itself where nothing changes. */
    public static String asOneSpace(String text, Gap gap) {
        StringBuilder out = null;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (!gap.test(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            int end = i + 1;
            while (end < length && gap.test(text.charAt(end))) {
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
}
