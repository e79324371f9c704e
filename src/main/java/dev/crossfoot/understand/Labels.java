package dev.crossfoot.understand;

import java.text.Normalizer;
import java.util.Locale;

/** The one normal form of a row label that every matcher compares. */
public final class Labels {

    /**
     * Every rule, cue and reading asks for the normal form of the labels it looks at, again and
     * again for the same row (a third of a dataset run's time was spent here): each label is
     * normalised once. Bounded: an SEC quarter's filers bring some 20,000 labels of their own, and a
     * run over many quarters must not grow with them (30,000 labels and their normal forms are a
     * few megabytes).
     */
    private static final BoundedMemo<String, String> MEMO = new BoundedMemo<>(30_000);

    private Labels() {
    }

    /** Lower case, no footnote marks ("(3) (4)" too), no trailing colon, one space between words, straight quotes. */
    public static String normalise(String label) {
        if (label == null) {
            return "";
        }
        return MEMO.get(label, Labels::normalised);
    }

    /**
     * The same normal form, taken from the memo when kept there but not kept when worked out: for texts made up
     * once (a heading and a label joined, by {@link MeasureNames}), which would fill the memo and push out the labels
     * every rule asks for again (an HTML corpus run emptied it several times a pass).
     */
    public static String normaliseUnkept(String label) {
        if (label == null) {
            return "";
        }
        String kept = MEMO.known(label);
        return kept != null ? kept : normalised(label);
    }

    private static String normalised(String label) {
        String lower = Normalizer.normalize(label, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ');
        String text = FootnoteMarks.stripTrailing(lower, Labels::footnoteMark, "");
        text = gapsAsOneSpace(text).strip();
        while (text.endsWith(":") || text.endsWith(",")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /**
     * Each run of footnote symbols ({@code [*†‡]+}) and spaces ({@code \s+}, the regex's ASCII spaces) as one space, in
     * one pass: what replacing the symbols' runs by a space and then the spaces' runs by one space gives, without
     * two regexes per label (labels made up by {@link MeasureNames} are normalised by the hundred thousand per run).
     */
    static String gapsAsOneSpace(String text) {
        return GapRuns.asOneSpace(text, Labels::isGap);
    }

    /** A footnote symbol or one of the spaces of the regex {@code \s}. */
    private static boolean isGap(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r' || c == '*' || c == '†' || c == '‡';
    }

    /** "(1)", "(12)", "(a)": what a footnote mark holds. */
    private static boolean footnoteMark(String inside) {
        return inside.chars().allMatch(Character::isDigit) && inside.chars().allMatch(c -> c < 128)
                || inside.length() == 1 && inside.charAt(0) >= 'a' && inside.charAt(0) <= 'z';
    }
}
