package dev.crossfoot.understand;

import java.util.ArrayList;
import java.util.List;

/**
 * Whether a text can hold any of some phrases as a regular expression compiled with {@code CASE_INSENSITIVE |
 * UNICODE_CASE} matches them: only if the text, each character folded as such a pattern folds it (upper case, then
 * lower), contains the folded longest word of one of them. A necessary condition, never a sufficient one: a pattern's
 * scan of a sentence that mentions none of its words can be skipped, and finds nothing it would have found.
 * Where a word has a character that folding would change again (or a surrogate), the test says yes to every text.
 */
final class Mentions {

    /** The folded longest words; null when the test cannot be sure, and says yes to every text. */
    private final String[] words;

    private Mentions(String[] words) {
        this.words = words;
    }

    /**
     * The longest word of each phrase (split at white space, as {@link ClaimWords#alternation} splits it, each word a
     * literal of the pattern): "period" of "the same period last year", as "the" would be in every sentence.
     */
    static Mentions ofPhrases(List<String> phrases) {
        List<String> longest = new ArrayList<>();
        for (String phrase : phrases) {
            String chosen = "";
            for (String word : phrase.strip().split("\\s+")) {
                if (word.length() > chosen.length()) {
                    chosen = word;
                }
            }
            longest.add(chosen);
        }
        return of(longest);
    }

    /** Words a pattern spells out itself ("month" of "months?"). */
    static Mentions of(List<String> literals) {
        List<String> folded = new ArrayList<>();
        for (String literal : literals) {
            String word = fold(literal);
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (Character.isSurrogate(c) || fold(c) != c) {
                    return new Mentions(null);
                }
            }
            if (word.isEmpty()) {
                return new Mentions(null);
            }
            if (!folded.contains(word)) {
                folded.add(word);
            }
        }
        return new Mentions(folded.toArray(new String[0]));
    }

    /** Whether the folded text ({@link #fold(String)}) contains one of the words. */
    boolean in(String foldedText) {
        if (words == null) {
            return true;
        }
        for (String word : words) {
            if (foldedText.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where the first of the words stands in the folded text at or after {@code from}, -1 where none does; {@code from}
     * itself where the test cannot be sure (then any place may hold one).
     */
    int next(String foldedText, int from) {
        if (words == null) {
            return from;
        }
        int first = -1;
        for (String word : words) {
            int at = foldedText.indexOf(word, from);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** The text with each character folded as a case-insensitive Unicode pattern compares it; the same length. */
    static String fold(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = f;
            }
        }
        return chars == null ? text : new String(chars);
    }

    private static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }
}
