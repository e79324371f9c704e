package dev.crossfoot.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a paragraph into sentences: a full stop, question or exclamation mark or semicolon
 * followed by white space ends one, unless it ends an abbreviation of the claims files
 * ("Inc.", "U.S."); a full stop inside a number ("$66.4") ends nothing.
 */
final class Sentences {

    private Sentences() {
    }

    /** The sentences as [start, end) offsets of the paragraph's text. */
    static List<int[]> split(String text, ClaimWords words) {
        List<int[]> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean mark = c == '.' || c == '?' || c == '!' || c == ';';
            boolean followedBySpace = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1));
            if (mark && followedBySpace && !(c == '.' && abbreviation(text, i, words))) {
                add(text, start, i + 1, sentences);
                start = i + 1;
            }
        }
        add(text, start, text.length(), sentences);
        return sentences;
    }

    private static boolean abbreviation(String text, int dot, ClaimWords words) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot + 1).toLowerCase(Locale.ROOT);
        return words.is(ClaimCue.ABBREVIATION, word) || word.length() == 2 && Character.isUpperCase(text.charAt(wordStart));
    }

    private static void add(String text, int start, int end, List<int[]> into) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        if (start < end) {
            into.add(new int[] {start, end});
        }
    }
}
