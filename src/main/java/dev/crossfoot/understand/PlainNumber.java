package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;

import java.math.BigDecimal;

/**
 * The cell text most cells hold, read in one pass over its characters: digits, grouped by commas
 * in threes or not grouped, a decimal point, a leading sign or parentheses around the whole
 * ({@code 1,234}, {@code -0.25}, {@code (1,234.5)}, {@code .5}). {@link NumberParser} asks it first and
 * goes through its patterns (dashes, footnote marks, ranges, dates, currencies, percentages, words)
 * only for the text it declines; an SEC quarter's values are almost all such numbers, and mostly
 * distinct, so each went through a dozen patterns once and then sat in the memo. Anything else is
 * declined, including a malformed grouping ("2,3"): the patterns say what is wrong with it. What it
 * reads is what the patterns read (a property, {@code PlainNumberProperties}).
 */
final class PlainNumber {

    private PlainNumber() {
    }

    /** The number, or null when the text is not a plain number. */
    static CellValue.Number read(String text) {
        int length = text.length();
        if (length == 0 || length > NumberParser.MAX_CHARS) {
            return null;
        }
        int from = 0;
        int to = length;
        boolean negative = false;
        char first = text.charAt(0);
        if (first == '(') {
            if (text.charAt(length - 1) != ')') {
                return null;
            }
            negative = true;
            from = 1;
            to = length - 1;
        } else if (first == '-' || first == '+') {
            negative = first == '-';
            from = 1;
        }
        int point = digitsEnd(text, from, to);
        if (point < 0) {
            return null;
        }
        if (point < to) {
            if (text.charAt(point) != '.' || point + 1 == to || !allDigits(text, point + 1, to)) {
                return null;
            }
        } else if (point == from) {
            return null;
        }
        String digits = text.substring(from, to);
        BigDecimal value = new BigDecimal(digits.indexOf(',') >= 0 ? digits.replace(",", "") : digits);
        if (value.signum() != 0 && value.precision() > NumberParser.MAX_DIGITS) {
            return null;
        }
        BigDecimal precision = BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
        return new CellValue.Number(negative ? value.negate() : value, precision, false, false);
    }

    /**
     * Where the whole part ending at the decimal point (or at {@code to}) ends: digits, or one to
     * three digits then groups of a comma and three digits. -1 when the grouping is wrong or
     * another character comes before the point.
     */
    private static int digitsEnd(String text, int from, int to) {
        int i = from;
        while (i < to && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == to || text.charAt(i) != ',') {
            return i;
        }
        if (i == from || i - from > 3) {
            return -1;
        }
        while (i < to && text.charAt(i) == ',') {
            if (i + 4 > to || !allDigits(text, i + 1, i + 4)) {
                return -1;
            }
            i += 4;
        }
        return i == to || text.charAt(i) == '.' ? i : -1;
    }

    private static boolean allDigits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
