package dev.crossfoot.understand;

import java.text.Normalizer;
import java.util.Locale;

/** The one normal form of a row label that every matcher compares. */
public final class Labels {

    private Labels() {
    }

    /** Lower case, no footnote marks ("(3) (4)" too), no trailing colon, one space between words, straight quotes. */
    public static String normalise(String label) {
        String lower = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ');
        String text = FootnoteMarks.stripTrailing(lower, Labels::footnoteMark, "")
                .replaceAll("[*†‡]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        while (text.endsWith(":") || text.endsWith(",")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }

    /** "(1)", "(12)", "(a)": what a footnote mark holds. */
    private static boolean footnoteMark(String inside) {
        return inside.chars().allMatch(Character::isDigit) && inside.chars().allMatch(c -> c < 128)
                || inside.length() == 1 && inside.charAt(0) >= 'a' && inside.charAt(0) <= 'z';
    }
}
