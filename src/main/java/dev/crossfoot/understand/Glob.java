package dev.crossfoot.understand;

import java.util.regex.Pattern;

/**
 * A label pattern of the concept files, {@code *} for any text and the rest as written, matched
 * against a whole normalised label. Every new label of a run is matched against every pattern of
 * the dictionary (an SEC quarter brings some 20,000), and doing it with a regex was a quarter of
 * checking the quarter: the text between the stars is found with {@code startsWith},
 * {@code indexOf} and {@code endsWith} instead, leftmost first, which finds a match whenever
 * there is one. A regex's {@code .} does not cross a line break, nor splits a surrogate pair; a
 * text holding either is matched by the pattern's regex, so the answer is the regex's always.
 */
final class Glob {

    private final String[] parts;
    private final Pattern regex;
    /** The pairs of adjacent characters inside the literal parts ({@link #pairsOf}): a text that matches holds them all. */
    private final long pairs;
    /** The literal parts' length together: a text that matches is at least as long, the parts standing apart in it. */
    private final int literalLength;

    private Glob(String[] parts, Pattern regex) {
        this.parts = parts;
        this.regex = regex;
        long inside = 0;
        int length = 0;
        for (String part : parts) {
            inside |= pairsOf(part);
            length += part.length();
        }
        this.pairs = inside;
        this.literalLength = length;
    }

    /** The pattern as written in a concept file: case, curly apostrophes and runs of spaces do not count. */
    static Glob of(String pattern) {
        String normal = pattern.toLowerCase(java.util.Locale.ROOT).replace('’', '\'').replaceAll("\\s+", " ").strip();
        String[] parts = normal.split("\\*", -1);
        return new Glob(parts, Pattern.compile(java.util.Arrays.stream(parts)
                .map(part -> part.isEmpty() ? "" : Pattern.quote(part))
                .collect(java.util.stream.Collectors.joining(".*"))));
    }

    /**
     * The text every match starts with: the part before the first star (the whole pattern when it
     * has none), empty when the pattern starts with a star.
     */
    String prefix() {
        return parts[0];
    }

    /** Whether the whole text matches: the literal parts in order, anything between them. */
    boolean matches(String text) {
        return plain(text) ? matchesPlain(text) : regex.matcher(text).matches();
    }

    /** {@link #matches} of a {@link #plain} text: the caller matching one text against many patterns looks once. */
    boolean matchesPlain(String text) {
        if (parts.length == 1) {
            return text.equals(parts[0]);
        }
        String first = parts[0];
        String last = parts[parts.length - 1];
        int end = text.length() - last.length();
        if (end < first.length() || !text.startsWith(first) || !text.endsWith(last)) {
            return false;
        }
        int from = first.length();
        for (int i = 1; i < parts.length - 1; i++) {
            String part = parts[i];
            int at = text.indexOf(part, from);
            if (at < 0 || at + part.length() > end) {
                return false;
            }
            from = at + part.length();
        }
        return true;
    }

    /**
     * Whether the text may match, by what every match needs: each literal part stands in the text as written,
     * apart from the others, so the text is as long as the parts together and holds every pair of adjacent
     * characters inside them. {@code textPairs} is the text's {@link #pairsOf}. False only where
     * {@link #matches} is false: a new label is tried against some eighty patterns (most of them starting with a
     * star, so the first character picks nothing), one in three hundred matches, and this settles most of the
     * others in a few instructions, for the regex's answer and the plain one alike.
     */
    boolean mayMatch(String text, long textPairs) {
        return text.length() >= literalLength && (pairs & ~textPairs) == 0;
    }

    /**
     * The pairs of adjacent characters of a text, each hashed to one of 64 bits: a pair the text holds has its
     * bit set, so a text whose bits lack one of a pattern's holds none of that pattern's matches.
     */
    static long pairsOf(String text) {
        long bits = 0;
        for (int i = 1; i < text.length(); i++) {
            bits |= 1L << ((text.charAt(i - 1) * 31 + text.charAt(i)) & 63);
        }
        return bits;
    }

    /** Whether a regex's {@code .*} could stand for any run of the text's characters. */
    static boolean plain(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
