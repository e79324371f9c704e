package dev.crossfoot.read;

import dev.crossfoot.model.Measure;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a value of a data set measures, from the concept's data type in {@code tag.txt} where the data
 * set has one, else from its unit ({@code uom}): 2009 filings state earnings per share in "USD", so the
 * data type (perShare) decides before the unit; the daily files of 2025 have no tag.txt but say
 * "USD/shares". Also the currency a value is stated in, so that a convenience translation (a Japanese
 * filer's yen statements with a dollar column) is kept apart from the filer's own currency.
 */
final class FsdsMeasures {

    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

    private FsdsMeasures() {
    }

    static Measure of(String dataType, String uom, String tag) {
        switch (dataType) {
            case "monetary":
                return Measure.MONEY;
            case "perShare", "perUnit":
                return Measure.PER_SHARE;
            case "shares":
                return Measure.SHARES;
            case "percent":
                return Measure.PERCENT;
            case "pure", "decimal":
                return Measure.PURE;
            default:
                break;
        }
        String unit = uom.toLowerCase(Locale.ROOT);
        if (unit.contains("/") && unit.contains("shares") || tag.contains("PerShare")) {
            return Measure.PER_SHARE;
        }
        if (unit.equals("shares")) {
            return Measure.SHARES;
        }
        if (!currency(uom).isEmpty()) {
            return Measure.MONEY;
        }
        return Measure.PURE;
    }

    /** The currency a unit names ("USD", "USD/shares", even the inverted "shares/USD"), or "". */
    static String currency(String uom) {
        for (String part : uom.split("/")) {
            if (CURRENCY.matcher(part).matches()) {
                return part;
            }
        }
        return "";
    }
}
