package dev.crossfoot.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell text split around its number, so that an extraction error can change the number and
 * keep the rest of the text as the filing wrote it: {@code $ (0.08)} is before {@code $ (},
 * number {@code 0.08}, after {@code )}.
 */
record CellText(String before, String number, String after) {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?|\\.\\d+");

    /** Null when the text shows no digits (a dash, N/A, blank). */
    static CellText split(String text) {
        Matcher matcher = NUMBER.matcher(text);
        if (!matcher.find()) {
            return null;
        }
        return new CellText(text.substring(0, matcher.start()), matcher.group(), text.substring(matcher.end()));
    }

    boolean negative() {
        return before.contains("(") || before.contains("-") || before.contains("−");
    }

    boolean grouped() {
        return number.contains(",");
    }

    /** The number without grouping: {@code 66,353} → {@code 66353}. */
    String plain() {
        return number.replace(",", "");
    }

    String withNumber(String newNumber) {
        return before + newNumber + after;
    }

    /** A plain number written with this cell's grouping. */
    String grouping(String plain) {
        if (!grouped()) {
            return plain;
        }
        int point = plain.indexOf('.');
        String whole = point < 0 ? plain : plain.substring(0, point);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(whole.charAt(i));
        }
        return out + (point < 0 ? "" : plain.substring(point));
    }

    String negated() {
        if (negative()) {
            return (before.replace("(", "").replace("-", "").replace("−", "") + number + after.replace(")", "")).strip();
        }
        String currency = before.strip();
        return (currency.isEmpty() ? "" : currency + " ") + "(" + number + ")" + after.strip();
    }
}
