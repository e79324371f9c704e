package dev.crossfoot.understand;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pattern of phrases searched only from where a match can start. Some of the claim finder's patterns match a phrase
 * of the claims files and what follows it at the end of a text ("… increased by" before a figure: {@code …[\s,]*$}),
 * others a phrase before a year ("in 2019", ", December 31, 2019"); tried at every character, the regex fails nearly
 * everywhere after its look-ahead and look-behind. Such a match holds few characters that are neither white space nor
 * one of a few marks its runs repeat ({@code spread}): at most {@code most}, worked out from the longest phrase it
 * can match. So no match starts where more than that many such characters stand between it and the text's end (or the
 * next year): the search starts after them, and finds the same leftmost match; the look-behinds still see the text
 * before it, and {@code ^} still stands only at the text's start (the region is the whole text).
 */
final class NearAnchor {

    private final Pattern pattern;
    private final int most;
    private final String spread;

    /**
     * {@code most}: the most characters a match holds that are neither white space ({@code \s}: space, tab, line feed,
     * vertical tab, form feed, carriage return) nor in {@code spread}, before its anchor (the text's end, or the year).
     */
    NearAnchor(Pattern pattern, int most, String spread) {
        this.pattern = pattern;
        this.most = most;
        this.spread = spread;
    }

    /**
     * The most counted characters of a match of one of the phrases, written as {@link ClaimWords#alternation} writes them:
     * each word's characters. A literal matched ignoring case matches one character of the text for each of its own, or
     * one code point for each of its code points; the text's characters are counted as code points (a surrogate pair
     * once), which is never more than either.
     */
    static int longest(List<String> phrases) {
        int most = 0;
        for (String phrase : phrases) {
            most = Math.max(most, phrase.replaceAll("\\s+", "").length());
        }
        return most;
    }

    /**
     * The pattern's matcher on the text at its first match, or null where there is none; for a pattern whose every
     * match ends at the text's end ({@code $}, which may also stand before a final line terminator: one more character).
     */
    Matcher atEnd(String text) {
        Matcher m = pattern.matcher(text);
        return m.find(startBefore(text, text.length(), most + 1)) ? m : null;
    }

    /** The text without the pattern's first match ({@code replaceFirst("")}), for a pattern matched at the end. */
    String withoutMatch(String text) {
        Matcher m = atEnd(text);
        return m == null ? text : text.substring(0, m.start()) + text.substring(m.end());
    }

    /** {@link #withoutMatch} with the match searched from every character: what it must equal, for tests. */
    String withoutMatchEverywhere(String text) {
        return pattern.matcher(text).replaceFirst("");
    }

    /** The pattern's first match searched from every character, as a matcher at it, or null: what {@link #atEnd} must equal. */
    Matcher everywhere(String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    /**
     * The next match at or after {@code from} of a pattern whose every match holds a year ("19" or "20" and two ASCII
     * digits) with at most {@code most} counted characters before it, the matcher at that match; else false.
     */
    boolean nextBeforeYear(Matcher m, String text, int from) {
        int start = from;
        for (int year = nextYear(text, from); year >= 0; year = nextYear(text, year + 1)) {
            if (startingWithin(m, text, Math.max(start, startBefore(text, year, most)), year)) {
                return true;
            }
            start = year + 1;
        }
        return false;
    }

    /**
     * The next match at or after {@code from} of a pattern whose every match holds the longest word of one of its phrases
     * ({@link Mentions#ofPhrases}) with at most {@code most} counted characters before it, the matcher at that match;
     * else false. {@code folded} is the text folded ({@link Mentions#fold}, the same length).
     */
    boolean nextBeforeMention(Matcher m, String text, String folded, Mentions words, int from) {
        int start = from;
        for (int at = words.next(folded, from); at >= 0; at = words.next(folded, at + 1)) {
            if (startingWithin(m, text, Math.max(start, startBefore(text, at, most)), at)) {
                return true;
            }
            start = at + 1;
        }
        return false;
    }

    /**
     * Whether a match starts at one of the places {@code first} to {@code last}, the first of them, the matcher at it.
     * Each place is tried as {@code find} tries it: the region from there to the text's end, its bounds transparent (the
     * look-behinds see the text before it) and not anchoring ({@code ^} stands only at the text's start). A search
     * started before an anchor would go on past it to the text's end; the places between one anchor and the next one's
     * window cannot start a match.
     */
    private static boolean startingWithin(Matcher m, String text, int first, int last) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        for (int place = first; place <= last; place++) {
            m.region(place, text.length());
            if (m.lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The most characters of one of the phrases before its longest word (the word {@link Mentions#ofPhrases} looks for,
     * the first of the longest), white space not counted.
     */
    static int beforeLongestWord(List<String> phrases) {
        int most = 0;
        for (String phrase : phrases) {
            String[] words = phrase.strip().split("\\s+");
            int chosen = 0;
            for (int w = 1; w < words.length; w++) {
                if (words[w].length() > words[chosen].length()) {
                    chosen = w;
                }
            }
            int before = 0;
            for (int w = 0; w < chosen; w++) {
                before += words[w].length();
            }
            most = Math.max(most, before);
        }
        return most;
    }

    /** The pattern's matcher on a text, for {@link #nextBeforeYear}. */
    Matcher matcher(String text) {
        return pattern.matcher(text);
    }

    /** The first place at or after {@code from} where "19" or "20" stands before two ASCII digits, else -1. */
    static int nextYear(String text, int from) {
        for (int i = from, last = text.length() - 4; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
                    && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The first place from which no more than {@code bound} counted characters (code points neither white space nor in
     * {@code spread}) stand before {@code end}: no match
     * holding [place, end) with at most {@code bound} of them can start before it.
     */
    int startBefore(String text, int end, int bound) {
        int count = 0;
        for (int i = end - 1; i >= 0; i--) {
            char c = text.charAt(i);
            // A low surrogate is not counted: its pair is one code point, counted at its high surrogate (one alone is
            // then not counted at all, which only starts the search earlier).
            if (!isSpace(c) && !Character.isLowSurrogate(c) && spread.indexOf(c) < 0 && ++count > bound) {
                return i + 1;
            }
        }
        return 0;
    }

    /** White space as {@code \s} means it in a pattern compiled without {@code UNICODE_CHARACTER_CLASS}. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
