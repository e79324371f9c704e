package dev.crossfoot.understand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a sentence that can be claims: an amount of money ("$66.4 million",
 * "€1.2bn"), a percentage ("62%", "62 percent") or an amount per share ("$0.01 per diluted
 * share"). A dollar of another country is money too ("S$3.65 billion", "A$633 million", "US$"): the
 * capitals before the sign are part of the figure, never of its measure. A bare number (a count,
 * a year, a phone number) is no claim. A number joined by a dash
 * to a figure ("58-62%", "$70-74 million") takes the figure's currency, scale and percent sign.
 */
final class Figures {

    /** A figure at [start, end) of the text; {@code high} is the end of a dash range, else null. */
    record Found(int start, int end, Quantity figure, Quantity high) { }

    private final ClaimWords words;
    private final Pattern number;
    private final Pattern perShare;

    Figures(ClaimWords words) {
        this.words = words;
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        number = Pattern.compile("(?<cur>(?-i:(?<!\\p{L})[A-Z]{1,3})?\\\\?\\$|€|£|¥)?\\s?(?<![\\p{L}\\p{N}.,/])"
                + "(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)(?![\\p{N}]|,\\d|\\.\\d)"
                + "(?:\\s?(?<scale>" + words.alternation(ClaimCue.Valued.SCALE) + "))?"
                + "(?<pct>\\s?" + words.alternation(ClaimCue.PERCENT) + ")?", flags);
        perShare = Pattern.compile("^,?\\s*" + words.alternation(ClaimCue.PER_SHARE), flags);
    }

    List<Found> find(String text) {
        if (!hasDigit(text)) {
            // Every figure has a digit: most sentences of a filing have none, and need not be scanned.
            return List.of();
        }
        List<Raw> raw = new ArrayList<>();
        Matcher m = number.matcher(text);
        for (int from = 0; nextMatch(m, text, from); from = m.end()) {
            raw.add(new Raw(m.start(), m.end(), m.group("cur") != null, m.group("num"), m.group("scale"),
                    m.group("pct") != null, m.group()));
        }
        return found(text, raw);
    }

    /**
     * Most characters of a sentence with figures are far from any digit, and the regex tried at
     * each of them fails only after its currency, space and lookbehind. What stands before a
     * match's first digit holds no digit and is at most {@value #BEFORE_DIGIT} characters (three
     * capitals, a backslash, the dollar sign and a space), so no match starts further than that
     * before the next digit: the search starts there, which finds the same leftmost match (the
     * lookbehinds still see the text before it).
     */
    private static boolean nextMatch(Matcher m, String text, int from) {
        int digit = nextDigit(text, from);
        return digit >= 0 && m.find(Math.max(from, digit - BEFORE_DIGIT));
    }

    /** The most characters a figure's match holds before its first digit: three currency capitals, a backslash, '$', a space. */
    static final int BEFORE_DIGIT = 6;

    private static int nextDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return i;
            }
        }
        return -1;
    }

    /** {@link #find} trying the regex at every place of the text: what the skipping must equal. */
    List<Found> findEverywhere(String text) {
        List<Raw> raw = new ArrayList<>();
        for (Matcher m = number.matcher(text); m.find(); ) {
            raw.add(new Raw(m.start(), m.end(), m.group("cur") != null, m.group("num"), m.group("scale"),
                    m.group("pct") != null, m.group()));
        }
        return found(text, raw);
    }

    private List<Found> found(String text, List<Raw> raw) {
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Raw first = raw.get(i);
            if (i + 1 < raw.size() && first.scale == null && !first.percent && dashBetween(text, first, raw.get(i + 1))
                    && raw.get(i + 1).claim()) {
                Raw second = raw.get(i + 1);
                Raw widened = new Raw(first.start, first.end, first.currency || second.currency, first.digits,
                        second.scale, second.percent, first.text);
                found.add(new Found(first.start, second.end, quantity(widened, text, second.end),
                        quantity(second, text, second.end)));
                i++;
            } else if (first.claim()) {
                found.add(new Found(first.start, first.end, quantity(first, text, first.end), null));
            }
        }
        return found;
    }

    /** Whether the text has a decimal digit: what every figure, year and date needs. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean dashBetween(String text, Raw first, Raw second) {
        String between = text.substring(first.end, second.start).strip();
        return between.equals("-") || between.equals("–");
    }

    private Quantity quantity(Raw raw, String text, int after) {
        BigDecimal value = new BigDecimal(raw.digits.replace(",", ""));
        BigDecimal precision = BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
        BigDecimal scale = raw.scale == null ? BigDecimal.ONE : words.value(ClaimCue.Valued.SCALE, raw.scale.toLowerCase(Locale.ROOT));
        Quantity.Unit unit = Quantity.Unit.MONEY;
        if (raw.percent) {
            unit = Quantity.Unit.PERCENT;
            scale = new BigDecimal("0.01");
        } else if (perShare.matcher(text.substring(after)).find()) {
            unit = Quantity.Unit.PER_SHARE;
        }
        return new Quantity(value, precision, scale, unit, raw.text.strip().replace("\\$", "$"));
    }

    private record Raw(int start, int end, boolean currency, String digits, String scale, boolean percent, String text) {
        /** Money carries its currency; a percentage its sign: a bare number is a count or a year. */
        boolean claim() {
            return currency || percent;
        }
    }
}
