package dev.crossfoot.read;

import java.util.Locale;
import java.util.regex.Pattern;

/** What the line readers share: cleaning markup out of a line's text and spotting titles. */
final class TextLines {

    private static final Pattern TAG = Pattern.compile("<[^<>]{0,200}>");
    private static final Pattern ESCAPE = Pattern.compile("\\\\([\\\\`*_{}\\[\\]()#+\\-.!$|])");
    private TextLines() {
    }

    /** Text without HTML tags, markdown emphasis, escapes and heading marks, spaces folded. */
    static String clean(String raw) {
        String text = TAG.matcher(raw).replaceAll(" ");
        text = text.replace("&nbsp;", " ").replace("&amp;", "&").replace("&#160;", " ");
        text = ESCAPE.matcher(text).replaceAll("$1");
        text = text.replace("**", "").replace("__", "");
        text = text.replaceFirst("^\\s*#{1,6}\\s*", "");
        return text.replace('\u00a0', ' ').replaceAll("[ \\t]+", " ").strip();
    }

    /** Like {@link #clean}, but a gap of two or more spaces stays two spaces: it may separate two labels. */
    static String cleanKeepingGaps(String raw) {
        String text = TAG.matcher(raw).replaceAll(" ").replace("&nbsp;", " ").replace('\u00a0', ' ').replace('\t', ' ');
        StringBuilder out = new StringBuilder();
        for (String part : text.strip().split(" {2,}")) {
            String cleaned = clean(part);
            if (!cleaned.isEmpty()) {
                out.append(out.length() == 0 ? "" : "  ").append(cleaned);
            }
        }
        return out.toString();
    }

    /**
     * The unit caption a title carries ("(in thousands, except per share amounts)", "(in Millionen
     * EUR)", "en milliers d'euros"), or "": of every language's {@code unit-caption}, the earliest.
     */
    static String unitIn(String title) {
        java.util.regex.MatchResult unit = null;
        for (Pattern caption : dev.crossfoot.understand.Lexicon.current().regexes(dev.crossfoot.understand.Cue.UNIT_CAPTION)) {
            java.util.regex.Matcher found = caption.matcher(title);
            if (found.find() && (unit == null || found.start() < unit.start())) {
                unit = found.toMatchResult();
            }
        }
        if (unit == null) {
            return "";
        }
        String found = unit.group().strip();
        if (found.startsWith("(") && found.endsWith(")")) {
            found = found.substring(1, found.length() - 1);
        }
        return found.strip();
    }

    /** Whether a line reads as prose or a heading that may title the table below it. */
    static boolean titleLike(String cleaned) {
        if (cleaned.isEmpty() || cleaned.length() > 400) {
            return false;
        }
        long letters = cleaned.chars().filter(Character::isLetter).count();
        return letters >= 3 && !cleaned.toLowerCase(Locale.ROOT).matches("^(page )?\\d+$");
    }
}
