package dev.crossfoot.read;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.TreeMap;

/**
 * The precision a filer reported one measure of one statement to, inferred from the digits its values
 * carry, and the display that shows it. The data sets have no decimals column: {@code num.txt} gives
 * each value in full ("20780000000.0000"), its trailing zeros a matter of formatting. A filer reporting
 * in thousands reports every value as a multiple of 1,000; so the precision of a statement's values of
 * one measure is the place of the last significant digit of the value that has the finest one. One value
 * could be round by chance; all the values of a statement (typically dozens) cannot, so the statement,
 * not the single value, is the unit of inference. Zero says nothing and is left out.
 *
 * <p>The display is the nearest scale at or above the precision that a unit caption can name
 * (units, thousands, millions), with as many decimals as the precision needs below it: precision
 * 1,000 shows "1,234" in thousands, 100,000 shows "12.3" in millions, 0.01 shows "0.33". A coarser
 * precision than a million (values all multiples of ten million, few of them) is shown in millions:
 * chance roundness must not widen the tolerance further than a filer's usual unit.
 *
 * <p>A statement reported in thousands or millions may carry a handful of values in whole units (a
 * value tagged without its rounding: Waters' short-term investments of 289,145,725 and the two totals
 * that carry them, among sixty values in thousands). Such strays do not make the other values exact:
 * at most one value in ten, all at least a thousand times finer than every other and none smaller
 * than one unit of the rest, leave the statement's precision to the rest. The strays keep their digits as decimals of the scale, so
 * nothing is rounded away and each value's interval is its own.
 */
final class FsdsPrecision {

    private static final int[] SCALES = {0, 3, 6};

    /** The finest place seen so far, as a power of ten (3 = thousands, -2 = cents); null before any value. */
    private Integer finest;
    private BigDecimal largest = BigDecimal.ZERO;
    /** How many values carry their last digit at each place. */
    private final TreeMap<Integer, Integer> places = new TreeMap<>();
    /** The smallest value carrying its last digit at each place. */
    private final TreeMap<Integer, BigDecimal> smallest = new TreeMap<>();
    private static final int STRAY_GAP = 3;
    private static final int VALUES_PER_STRAY = 10;

    void see(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        seePlace(-stripped.scale());
        places.merge(-stripped.scale(), 1, Integer::sum);
        smallest.merge(-stripped.scale(), value.abs(), BigDecimal::min);
        largest = largest.max(value.abs());
    }

    /** Takes in what another set of values showed (a line's, into its statement's). */
    void see(FsdsPrecision other) {
        if (other.finest != null) {
            seePlace(other.finest);
            largest = largest.max(other.largest);
            other.places.forEach((place, count) -> places.merge(place, count, Integer::sum));
            other.smallest.forEach((place, value) -> smallest.merge(place, value, BigDecimal::min));
        }
    }

    private void seePlace(int place) {
        finest = finest == null ? place : Math.min(finest, place);
    }

    /** The place of the finest digit seen, as a power of ten; null when no value other than zero was seen. */
    Integer finest() {
        return finest;
    }

    /** The largest absolute value seen, as a number. */
    double largest() {
        return largest.doubleValue();
    }

    /**
     * The place of the finest digit of all but a few strays: the values finer than it are at most one
     * in ten, and a thousand times finer or more than every value at or above it.
     */
    Integer reported() {
        if (finest == null) {
            return null;
        }
        int total = places.values().stream().mapToInt(Integer::intValue).sum();
        int strays = 0;
        Integer previous = null;
        for (var entry : places.entrySet()) {
            if (previous != null && entry.getKey() - previous >= STRAY_GAP && strays * VALUES_PER_STRAY <= total) {
                return smallerThanAUnit(entry.getKey()) ? finest : entry.getKey();
            }
            strays += entry.getValue();
            previous = entry.getKey();
            if (strays * VALUES_PER_STRAY > total) {
                break;
            }
        }
        return finest;
    }

    /**
     * Whether a value finer than {@code place} is smaller than one unit of it: not the exact figure
     * of a rounded amount but one in the wrong scale (an impairment of 3 dollars among whole millions,
     * a million times too small). It keeps the statement exact, so that its sums fail.
     */
    private boolean smallerThanAUnit(int place) {
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(place);
        return smallest.headMap(place).values().stream().anyMatch(value -> value.compareTo(unit) < 0);
    }

    /** The display for amounts that a unit caption may scale (money, shares), by the place most values are reported to. */
    Display scaled() {
        Integer reported = reported();
        int place = reported == null ? 0 : reported;
        for (int scale : SCALES) {
            if (place <= scale) {
                return new Display(scale, scale - place);
            }
        }
        return new Display(6, 0);
    }

    /** The display for amounts no caption scales (per share, ratios): units, with the decimals the precision needs. */
    Display unscaled() {
        int place = finest == null ? 0 : finest;
        return new Display(0, Math.max(0, -place));
    }

    /**
     * The display of one line of per-share amounts: its own finest digit, to the cent at least. The
     * line, not the statement, is the unit here: a statement mixes earnings per share reported in cents
     * with dividends per share reported to four decimals, and the data set pads both to four. Cents are
     * the coarsest: a line whose few values happen to be round ("0.50", "0.40") is still in cents.
     */
    Display perShare() {
        int place = finest == null ? -2 : Math.min(finest, -2);
        return new Display(0, -place);
    }

    /** A power of ten to divide by ({@code scale}) and the decimals to show after it. */
    record Display(int scale, int decimals) {

        String format(BigDecimal value, boolean negate, boolean percent) {
            BigDecimal shown = (negate ? value.negate() : value).movePointLeft(scale);
            if (percent) {
                shown = shown.movePointRight(2);
            }
            // A stray value finer than the display keeps its digits: nothing is rounded away.
            int places = Math.max(percent ? Math.max(0, decimals - 2) : decimals,
                    Math.max(0, shown.stripTrailingZeros().scale()));
            String digits = grouped(shown.abs().setScale(places, RoundingMode.HALF_UP).toPlainString());
            String text = shown.signum() < 0 ? "(" + digits + ")" : digits;
            return percent ? text + "%" : text;
        }

        /** "1234567.89" → "1,234,567.89". */
        private static String grouped(String plain) {
            int point = plain.indexOf('.');
            int end = point < 0 ? plain.length() : point;
            StringBuilder text = new StringBuilder(plain.length() + end / 3);
            for (int i = 0; i < end; i++) {
                if (i > 0 && (end - i) % 3 == 0) {
                    text.append(',');
                }
                text.append(plain.charAt(i));
            }
            return text.append(plain, end, plain.length()).toString();
        }

        String scaleWord() {
            return switch (scale) {
                case 3 -> "thousands";
                case 6 -> "millions";
                default -> "";
            };
        }
    }
}
