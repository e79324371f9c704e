package dev.crossfoot.diagnose;

import dev.crossfoot.understand.LookAlikes;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an extracted text could have said before an extraction error: every value one slip away
 * (a lost sign, two digits swapped, a digit dropped, doubled or misread, trailing digits lost,
 * the characters reversed, the point or the scale moved). The candidates are tested against the
 * identities; the text alone cannot tell which is right.
 */
final class Rereadings {

    private static final Map<Character, String> OCR_ALTERNATIVES = Map.of(
            '0', "689", '6', "085", '8', "06359", '3', "8", '1', "7", '7', "1", '5', "69", '9', "58");
    /** Compiled once: {@code String.matches} compiles its pattern at every call, for every suspect cell. */
    private static final Pattern MINUS_BEFORE_DIGIT = Pattern.compile(".*[-−–]\\s*\\d.*");
    private static final Pattern POINT_THEN_DIGITS = Pattern.compile("\\d*\\.?\\d+");
    private static final Pattern DIGITS_THEN_POINT = Pattern.compile("\\d+\\.?\\d*");

    private Rereadings() {
    }

    /** A candidate value in display units, written with {@code decimals} decimals. */
    record Candidate(BigDecimal value, int decimals) { }

    static List<Candidate> of(String text, int usualDecimals) {
        // Candidates grow with the square of the digits: a number longer than crossfoot reads has none.
        if (text.length() > dev.crossfoot.understand.NumberParser.MAX_CHARS) {
            return List.of();
        }
        boolean negative = text.contains("(") || MINUS_BEFORE_DIGIT.matcher(text).matches();
        String body = lettersAsDigits(CauseClassifier.writtenBody(text)).replace(",", "");
        Set<String> bodies = new LinkedHashSet<>();
        Set<Candidate> candidates = new LinkedHashSet<>();
        if (!POINT_THEN_DIGITS.matcher(body).matches() && !DIGITS_THEN_POINT.matcher(body).matches()) {
            return List.of();
        }
        bodies.add(body);
        bodies.add(new StringBuilder(body).reverse().toString());
        String digits = body.replace(".", "");
        if (digits.length() > dev.crossfoot.understand.NumberParser.MAX_DIGITS) {
            return List.of();
        }
        for (int i = 0; i < digits.length(); i++) {
            if (i + 1 < digits.length()) {
                bodies.add(withPoint(swap(digits, i), body));
            }
            for (char alternative : OCR_ALTERNATIVES.getOrDefault(digits.charAt(i), "").toCharArray()) {
                bodies.add(withPoint(digits.substring(0, i) + alternative + digits.substring(i + 1), body));
            }
            if (i > 0 && digits.charAt(i) == digits.charAt(i - 1)) {
                bodies.add(withPoint(digits.substring(0, i) + digits.substring(i + 1), body));
            }
        }
        for (int i = 0; i <= digits.length(); i++) {
            for (char d = '0'; d <= '9'; d++) {
                String longer = digits.substring(0, i) + d + digits.substring(i);
                bodies.add(i == digits.length() ? body + d : withPoint(longer, body));
                for (char e = '0'; e <= '9' && i == digits.length(); e++) {
                    bodies.add(body + d + e);
                }
            }
        }
        for (String candidate : bodies) {
            addParsed(candidates, candidate, negative);
            if (candidate.equals(body)) {
                addParsed(candidates, candidate, !negative);
            }
        }
        BigDecimal value = parse(body, negative);
        if (value != null) {
            for (int power = -3; power <= 3; power++) {
                if (power != 0) {
                    candidates.add(new Candidate(value.movePointRight(power).setScale(usualDecimals, java.math.RoundingMode.HALF_UP),
                            usualDecimals));
                }
            }
        }
        return List.copyOf(candidates);
    }

    /** The digits with the decimal point where the original body had it, counted from the right. */
    private static String withPoint(String digits, String body) {
        int point = body.indexOf('.');
        if (point < 0) {
            return digits;
        }
        int decimals = body.length() - point - 1;
        if (digits.length() <= decimals) {
            return "0." + "0".repeat(decimals - digits.length()) + digits;
        }
        return digits.substring(0, digits.length() - decimals) + "." + digits.substring(digits.length() - decimals);
    }

    private static String swap(String digits, int i) {
        char[] chars = digits.toCharArray();
        char first = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = first;
        return new String(chars);
    }

    private static void addParsed(Set<Candidate> candidates, String body, boolean negative) {
        BigDecimal value = parse(body, negative);
        if (value != null) {
            candidates.add(new Candidate(value, Math.max(0, value.scale())));
        }
    }

    private static BigDecimal parse(String body, boolean negative) {
        if (!isDecimal(body)) {
            return null;
        }
        BigDecimal value = new BigDecimal(body.endsWith(".") ? body.substring(0, body.length() - 1) : body);
        return negative ? value.negate() : value;
    }

    /**
     * Whether the body is digits with at most one point and at least one digit: what the pattern
     * {@code \\d+(\\.\\d+)?|\\.\\d+|\\d+\\.} accepts, tested by hand since every candidate of
     * every suspect cell (hundreds per text) is tested.
     */
    static boolean isDecimal(String body) {
        boolean digit = false;
        boolean point = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return false;
            }
        }
        return digit;
    }

    private static String lettersAsDigits(String body) {
        StringBuilder mapped = new StringBuilder();
        for (char c : body.toCharArray()) {
            mapped.append(LookAlikes.digitFor(c));
        }
        return mapped.toString();
    }
}
