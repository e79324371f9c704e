package dev.crossfoot.read;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.understand.NumberParser;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One tab-separated field of a text line, classified: a number (or dash, or N/A), a number the
 * extraction damaged (kept: the checks report it), a field that is unreadable (two numbers fused, a zero-led group), a note mark
 * ("A", "•"), or text (a column header).
 */
record TabToken(int index, String text, Kind kind) {

    enum Kind { NUMBER, DASH, MALFORMED, GARBLED, MARK, PERIOD, TEXT }

    private static final NumberParser NUMBERS = new NumberParser();
    /** Possessive: "1" and 3,000 spaces made the plain form try every split of the spaces. */
    private static final Pattern GARBLED = Pattern.compile("\\d[\\d,.]*+\\)?%?\\s++[$(]*+\\s*+\\d");
    private static final Pattern LEADING_ZERO = Pattern.compile("^[($\\s-]*0\\d");
    private static final Pattern PERIOD_WORDS = Pattern.compile(
            "\\b(months?|weeks?|quarters?|years?|ended|ending|fiscal|as of|"
                    + "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b|[a-z]*(uary|ruary|arch|pril|une|uly|gust|ember|tober)\\b");

    static TabToken of(int index, String raw) {
        String text = TextLines.clean(raw);
        return new TabToken(index, text, classify(text));
    }

    private static Kind classify(String text) {
        long letters = text.chars().filter(Character::isLetter).count();
        boolean digits = text.chars().anyMatch(Character::isDigit);
        String lower = text.toLowerCase(Locale.ROOT);
        if (letters >= 3 || letters > 0 && !digits && text.length() > 2) {
            // No period heading is this long; the period-word regex is quadratic in a run of letters.
            return text.length() <= NumberParser.MAX_CHARS && PERIOD_WORDS.matcher(lower).find() ? Kind.PERIOD : Kind.TEXT;
        }
        if (text.length() > NumberParser.MAX_CHARS) {
            // Longer than any number: amounts fused into one token, found without a regex tried from every digit.
            return digits ? Kind.GARBLED : Kind.TEXT;
        }
        if (lower.matches("^\\d{1,2},(\\s+\\d{2,4}|\\s*(19|20)\\d\\d)$") || lower.matches("^(19|20)\\d\\d$")) {
            return Kind.PERIOD;
        }
        String unsigned = text.replace("$", " ").strip();
        if (digits && GARBLED.matcher(unsigned).find()) {
            return Kind.GARBLED;
        }
        CellValue value = NUMBERS.parse(text);
        if (value instanceof CellValue.Nil) {
            return Kind.DASH;
        }
        if (value instanceof CellValue.Number) {
            return LEADING_ZERO.matcher(text).find() && !text.matches("^[($\\s-]*0\\.\\d+\\)?%?$") ? Kind.GARBLED : Kind.NUMBER;
        }
        if (value instanceof CellValue.NotApplicable) {
            return text.length() <= 2 && !text.equalsIgnoreCase("na") && !text.equalsIgnoreCase("nm") ? Kind.MARK : Kind.NUMBER;
        }
        if (digits) {
            return Kind.MALFORMED;
        }
        return text.length() >= 3 ? Kind.GARBLED : Kind.MARK;
    }

    /** Whether this token carries a cell value (a number, a dash, or a damaged number). */
    boolean isValue() {
        return kind == Kind.NUMBER || kind == Kind.DASH || kind == Kind.MALFORMED;
    }
}
