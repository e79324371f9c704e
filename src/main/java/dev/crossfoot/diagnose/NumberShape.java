package dev.crossfoot.diagnose;

import java.math.BigDecimal;

/**
 * A number as a string of digits, the way an extraction error sees it: {@code (0.08)} is
 * negative, digits {@code 8}, two decimals; {@code 66,353} is digits {@code 66353}. Leading zeros
 * are not digits anyone reads, so they are dropped.
 *
 * @param body the number as written without sign, currency, grouping or percent ({@code 0.08})
 */
record NumberShape(boolean negative, String digits, int decimals, String body) {

    static NumberShape of(BigDecimal value, int decimals) {
        BigDecimal shown = value.setScale(Math.max(0, decimals), java.math.RoundingMode.HALF_UP);
        String body = shown.abs().toPlainString();
        String digits = body.replace(".", "").replaceFirst("^0+(?=.)", "");
        return new NumberShape(shown.signum() < 0, digits, Math.max(0, decimals), body);
    }

    /** The digits with trailing zeros dropped too: what a shift of the point or scale keeps. */
    String significant() {
        String stripped = digits.replaceFirst("0+$", "");
        return stripped.isEmpty() ? "0" : stripped;
    }
}
