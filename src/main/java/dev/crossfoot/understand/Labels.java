package dev.crossfoot.understand;

import java.text.Normalizer;
import java.util.Locale;

/** The one normal form of a row label that every matcher compares. */
public final class Labels {

    private Labels() {
    }

    /** Lower case, no footnote marks ("(3) (4)" too), no trailing colon, one space between words, straight quotes. */
    public static String normalise(String label) {
        String text = Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ')
                .replaceAll("(?:\\s*\\((?:\\d{1,2}|[a-z])\\))+\\s*$", "")
                .replaceAll("[*†‡]+", " ")
                .replaceAll("\\s+", " ")
                .strip();
        while (text.endsWith(":") || text.endsWith(",")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        return text;
    }
}
