package dev.crossfoot.check;

import java.math.BigDecimal;

/**
 * Applies one extraction error to a cell's text the way a PDF or OCR reader would, keeping the
 * filing's format ("$ ", grouping, parentheses, "%"): returns null when the error does not apply.
 */
final class CellTextMutation {

    private static final String CONFUSABLE_FROM = "0123456789";
    private static final String CONFUSABLE_TO = "6738190568";

    private CellTextMutation() {
    }

    static String apply(String text, SingleCellChangeProperties.ExtractionError error, int position) {
        String prefix = text.startsWith("$ ") ? "$ " : "";
        String body = text.substring(prefix.length());
        boolean negative = body.startsWith("(") && body.endsWith(")");
        boolean percent = body.endsWith("%");
        String core = body.replace("(", "").replace(")", "").replace("%", "");
        String digits = core.replace(",", "");
        if (!digits.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        int point = digits.indexOf('.');
        String whole = point < 0 ? digits : digits.substring(0, point);
        String fraction = point < 0 ? "" : digits.substring(point + 1);
        String all = whole + fraction;
        int at = position % all.length();
        switch (error) {
            case TRANSPOSE -> {
                if (all.length() < 2) {
                    return null;
                }
                int i = Math.min(at, all.length() - 2);
                all = all.substring(0, i) + all.charAt(i + 1) + all.charAt(i) + all.substring(i + 2);
            }
            case DROP_DIGIT -> {
                if (all.length() < 2) {
                    return null;
                }
                all = all.substring(0, at) + all.substring(at + 1) + (fraction.isEmpty() ? "" : "0");
            }
            case OCR_CONFUSION -> {
                char from = all.charAt(at);
                all = all.substring(0, at) + CONFUSABLE_TO.charAt(CONFUSABLE_FROM.indexOf(from)) + all.substring(at + 1);
            }
            default -> negative = !negative;
        }
        String newWhole = all.substring(0, all.length() - fraction.length()).replaceFirst("^0+(?=\\d)", "");
        String number = group(newWhole) + (fraction.isEmpty() ? "" : "." + all.substring(all.length() - fraction.length()));
        String shown = negative ? "(" + number + ")" : number;
        return prefix + shown + (percent ? "%" : "");
    }

    private static String group(String whole) {
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append(',');
            }
            grouped.append(whole.charAt(i));
        }
        return grouped.toString();
    }

    /** The signed value a cell text shows, or null when it shows none (a dash, N/A). */
    static BigDecimal value(String text) {
        String core = text.replace("$", "").replace(",", "").replace("%", "").strip();
        boolean negative = core.startsWith("(") && core.endsWith(")");
        core = core.replace("(", "").replace(")", "").strip();
        if (!core.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        BigDecimal value = new BigDecimal(core);
        return negative ? value.negate() : value;
    }

    /** The unit of the last digit shown; a dash counts as a whole unit. */
    static BigDecimal precision(String text) {
        BigDecimal value = value(text);
        return value == null ? BigDecimal.ONE : BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
    }
}
