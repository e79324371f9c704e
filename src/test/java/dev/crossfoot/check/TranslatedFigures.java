package dev.crossfoot.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How the translated-statement tests compare findings across languages: columns by their year, figures by their amount. */
final class TranslatedFigures {

    private static final Pattern LAST_YEAR = Pattern.compile("(20\\d\\d)\\D*$");

    private TranslatedFigures() {
    }

    /**
     * A column by its place: each language heads it in its own words ("Year ended December 31, 2024",
     * "Geschäftsjahr zum 31. Dezember 2024", "Exercice clos le 31 décembre 2024"), always the later year first.
     */
    static String column(String header) {
        Matcher year = LAST_YEAR.matcher(header == null ? "" : header);
        return year.find() ? "column of " + year.group(1) : "column '" + header + "'";
    }

    /**
     * A suggested figure as the amount it is: each language writes it as its table writes numbers
     * ("17,400" and "1.50" in English; "17400" and "1,50" where the table writes a decimal comma).
     */
    static String amount(String written) {
        String text = written.replaceAll("[\\s\u00a0\u202f]", "");
        boolean negative = text.startsWith("(") || text.startsWith("-");
        text = text.replaceAll("[()\\-%]", "");
        boolean decimalComma = text.matches("\\d+,\\d{1,2}") || text.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?");
        text = decimalComma ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        java.math.BigDecimal value = new java.math.BigDecimal(text).stripTrailingZeros();
        return (negative ? value.negate() : value).toPlainString();
    }
}
