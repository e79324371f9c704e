package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementRow;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A line of a {@link StatedTable}: its label, section, concept and measure, and for each column
 * with an amount the cell's text and place (for a finding) and the interval its rounding stands
 * for. Kept in a few flat arrays rather than the row's cells, locations and amounts, since a run
 * keeps these lines for every document of a company: an interval whose ends fit a {@code long}
 * is kept as their unscaled digits and scales and given back as equal decimals (same digits,
 * same scale), and a place as its parts, so every comparison and every figure and place written
 * from them is the one the row gives.
 */
final class StatedRow {

    private static final byte NONE = 0;
    private static final byte PACKED = 1;
    private static final byte WIDE = 2;
    /** A line number no place has: the cell had no place. */
    private static final int NO_PLACE = -1;

    private final String label;
    private final List<String> sectionPath;
    private final String concept;
    private final Measure measure;
    /** Per column: no amount, an interval packed in {@code unscaled} and {@code ints}, or one in {@code wide}. */
    private final byte[] kinds;
    /** Per column: the low and high ends' unscaled digits. */
    private final long[] unscaled;
    /** Per column: the low and high ends' scales, the place's line and column. */
    private final int[] ints;
    /** Per column: the cell's text, the place's file and fragment. */
    private final String[] strings;
    /** The intervals whose ends do not fit a long; null when there are none. */
    private final Interval[] wide;

    /** {@code before}: the line kept before at the same place (or null), whose values equal to this one's are taken. */
    @SuppressWarnings("unchecked")
    private StatedRow(StatementRow row, List<Amount> amounts, UnaryOperator<Object> shared, StatedRow before) {
        this.label = (String) SharedValues.like(before == null ? null : before.label, row.label(), shared);
        this.sectionPath = (List<String>) SharedValues.like(before == null ? null : before.sectionPath, row.sectionPath(), shared);
        this.concept = row.concept();
        this.measure = row.measure();
        int width = amounts.size();
        this.kinds = new byte[width];
        this.unscaled = new long[2 * width];
        this.ints = new int[4 * width];
        this.strings = new String[3 * width];
        Interval[] tooWide = null;
        for (int c = 0; c < width; c++) {
            Amount amount = amounts.get(c);
            if (amount == null) {
                continue;
            }
            Cell cell = row.cell(c);
            boolean placed = before != null && c < before.kinds.length;
            strings[3 * c] = (String) SharedValues.like(placed ? before.strings[3 * c] : null, cell.text(), shared);
            Location place = cell.location();
            if (place == null) {
                ints[4 * c + 2] = NO_PLACE;
            } else {
                strings[3 * c + 1] = place.file();
                strings[3 * c + 2] = (String) SharedValues.like(placed ? before.strings[3 * c + 2] : null, place.fragment(), shared);
                ints[4 * c + 2] = place.line();
                ints[4 * c + 3] = place.column();
            }
            Interval interval = amount.interval();
            if (fitsALong(interval.low()) && fitsALong(interval.high())) {
                kinds[c] = PACKED;
                unscaled[2 * c] = unscaledLong(interval.low());
                ints[4 * c] = interval.low().scale();
                unscaled[2 * c + 1] = unscaledLong(interval.high());
                ints[4 * c + 1] = interval.high().scale();
            } else {
                kinds[c] = WIDE;
                tooWide = tooWide == null ? new Interval[width] : tooWide;
                tooWide[c] = interval;
            }
        }
        this.wide = tooWide;
    }

    /**
     * Whether a decimal's digits fit a {@code long}: of 18 digits at most, which a decimal knows without making its
     * digits a {@link BigInteger} (asking {@code unscaledValue} of a compact decimal makes a new one each time).
     * A decimal of 19 digits that would fit is kept as an interval, as any wider one.
     */
    static boolean fitsALong(BigDecimal value) {
        return value.precision() <= 18;
    }

    /** The digits of a decimal that {@link #fitsALong}: the decimal moved by its scale is its digits at scale 0. */
    static long unscaledLong(BigDecimal value) {
        return value.movePointRight(value.scale()).longValueExact();
    }

    /**
     * The line as a claim reads it, its repeated values taken from {@code shared}; null for a line without any
     * amount, which states nothing.
     */
    static StatedRow of(StatementRow row, UnaryOperator<Object> shared) {
        return of(row, shared, null);
    }

    /** As {@link #of(StatementRow, UnaryOperator)}, a value equal to the one {@code before} (or null) holds at the same place taken from it. */
    static StatedRow of(StatementRow row, UnaryOperator<Object> shared, StatedRow before) {
        List<Amount> amounts = row.amounts();
        for (Amount amount : amounts) {
            if (amount != null) {
                return new StatedRow(row, amounts, shared, before);
            }
        }
        return null;
    }

    String label() {
        return label;
    }

    List<String> sectionPath() {
        return sectionPath;
    }

    String concept() {
        return concept;
    }

    Measure measure() {
        return measure;
    }

    /** Whether the column states an amount. */
    boolean has(int column) {
        return column < kinds.length && kinds[column] != NONE;
    }

    /** The interval the column's amount stands for; only for a column that {@link #has} one. */
    Interval interval(int column) {
        if (kinds[column] == WIDE) {
            return wide[column];
        }
        return new Interval(BigDecimal.valueOf(unscaled[2 * column], ints[4 * column]),
                BigDecimal.valueOf(unscaled[2 * column + 1], ints[4 * column + 1]));
    }

    /** The column's cell text as written. */
    String text(int column) {
        return strings[3 * column];
    }

    /** Where the column's cell came from (null where the input did not say). */
    Location location(int column) {
        int line = ints[4 * column + 2];
        return line == NO_PLACE ? null : new Location(strings[3 * column + 1], line, ints[4 * column + 3], strings[3 * column + 2]);
    }

    /** How many columns state an amount. */
    int cells() {
        int cells = 0;
        for (byte kind : kinds) {
            cells += kind == NONE ? 0 : 1;
        }
        return cells;
    }
}
