package dev.crossfoot.read;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of a line of a text table: runs of words joined by single spaces, set apart by two
 * spaces or more (or any other white space). Scanned in one pass: the regex it replaces,
 * {@code \S+(?: \S+)*}, recursed once per word and overflowed the stack on a line of prose.
 */
final class SpacedFields {

    /** One field: its text and where it starts and ends (both inclusive) on the line. */
    record Span(String text, int start, int end) { }

    private SpacedFields() {
    }

    static List<Span> of(String line) {
        List<Span> spans = new ArrayList<>();
        int n = line.length();
        int i = 0;
        while (i < n) {
            while (i < n && blank(line.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (true) {
                while (i < n && !blank(line.charAt(i))) {
                    i++;
                }
                if (i + 1 < n && line.charAt(i) == ' ' && !blank(line.charAt(i + 1))) {
                    i++;
                    continue;
                }
                break;
            }
            spans.add(new Span(line.substring(start, i), start, i - 1));
        }
        return spans;
    }

    /** What {@code \s} matches: the ASCII white space. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
