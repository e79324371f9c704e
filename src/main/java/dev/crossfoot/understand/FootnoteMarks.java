package dev.crossfoot.understand;

import java.util.function.Predicate;

/**
 * Strips the footnote marks that end a label or a header ("Total (a) (b)", "2003 (1)*"),
 * scanning back from the end. A loop, not a regex: {@code (?:\s*\((?:\d{1,2}|[a-z])\))+\s*$}
 * recursed once per mark (3,000 marks exhausted the stack) and was retried from every position.
 */
final class FootnoteMarks {

    private FootnoteMarks() {
    }

    /**
     * {@code text} without the run that ends it of white space, characters of {@code symbols},
     * and parenthesised marks of one or two characters that {@code inside} accepts.
     */
    static String stripTrailing(String text, Predicate<String> inside, String symbols) {
        int end = text.length();
        while (true) {
            while (end > 0 && (whitespace(text.charAt(end - 1)) || symbols.indexOf(text.charAt(end - 1)) >= 0)) {
                end--;
            }
            int open = markStart(text, end, inside);
            if (open < 0) {
                return text.substring(0, end);
            }
            end = open;
        }
    }

    /** Where the mark "(x)" or "(xy)" ending at {@code end} opens, or -1 when none ends there. */
    private static int markStart(String text, int end, Predicate<String> inside) {
        if (end < 3 || text.charAt(end - 1) != ')') {
            return -1;
        }
        for (int length = 1; length <= 2; length++) {
            int open = end - length - 2;
            if (open >= 0 && text.charAt(open) == '(' && inside.test(text.substring(open + 1, end - 1))) {
                return open;
            }
        }
        return -1;
    }

    /** What {@code \s} matches: the ASCII white space. */
    private static boolean whitespace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
