package dev.crossfoot.understand;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** The one normal form of a row label that every matcher compares. */
public final class Labels {

    private static final Pattern SYMBOL_MARKS = Pattern.compile("[*†‡]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Every rule, cue and reading asks for the normal form of the labels it looks at, again and
     * again for the same row (a third of a dataset run's time was spent here): each label is
     * normalised once. Bounded, so a run over millions of distinct labels does not grow with them.
     */
    private static final int MEMO_LIMIT = 100_000;
    private static final Map<String, String> MEMO = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** Lower case, no footnote marks ("(3) (4)" too), no trailing colon, one space between words, straight quotes. */
    public static String normalise(String label) {
        if (label == null) {
            return "";
        }
        String known = MEMO.get(label);
        if (known == null) {
            known = normalised(label);
            if (MEMO.size() >= MEMO_LIMIT) {
                MEMO.clear();
            }
            MEMO.put(label, known);
        }
        return known;
    }

    private static String normalised(String label) {
        String lower = Normalizer.normalize(label, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('’', '\'').replace('‘', '\'').replace('\u00a0', ' ');
        String text = FootnoteMarks.stripTrailing(lower, Labels::footnoteMark, "");
        text = SPACES.matcher(SYMBOL_MARKS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
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
