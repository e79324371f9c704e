package dev.crossfoot.diagnose;

import dev.crossfoot.check.Term;
import dev.crossfoot.model.Amount;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * How a value fits its line: the same row in the other columns, which are the same line in other
 * periods or segments. A wrong cell is usually the one that stands out of its line — ten times
 * larger, of the other sign, or merely further from its neighbours than a rival's repair would
 * leave it — so a repair that brings a value back towards its line is the likelier, one that takes
 * it away the less likely, in proportion to how far. When two rows show the same number (one was
 * read into the other's place) this is what tells which of them it belongs to.
 *
 * @param magnitudes the line's other non-zero values, absolute, sorted
 * @param sign the sign all of them share, or 0 when they differ or there are none
 */
record LineFit(List<Double> magnitudes, int sign) {

    /** A value of the other sign than its whole line counts as this many decades away from it. */
    private static final double SIGN_AGAINST_LINE = 0.5;
    /** Half a decade nearer the line makes a repair 1.5 times as likely: 10^(0.35 × 0.5). */
    private static final double WEIGHT_PER_DECADE = 0.35;
    private static final double MOST = 1.6;
    private static final double LEAST = 0.5;

    static final LineFit NONE = new LineFit(List.of(), 0);

    /**
     * The cell's line, without the columns that show exactly the cell's own number: a value read
     * from the next column equals it, so that column is no evidence for the value.
     */
    static LineFit of(Term term) {
        if (!term.readable()) {
            return NONE;
        }
        BigDecimal own = term.amount().value();
        List<Double> magnitudes = new ArrayList<>();
        int positive = 0;
        int negative = 0;
        for (int c = 0; c < term.table().width(); c++) {
            Amount other = term.row().amount(c);
            if (c == term.column() || other == null || other.value().signum() == 0
                    || other.measure() != term.amount().measure() || other.value().compareTo(own) == 0) {
                continue;
            }
            magnitudes.add(Math.abs(other.value().doubleValue()));
            positive += other.value().signum() > 0 ? 1 : 0;
            negative += other.value().signum() < 0 ? 1 : 0;
        }
        Collections.sort(magnitudes);
        int sign = positive > 0 && negative == 0 ? 1 : negative > 0 && positive == 0 ? -1 : 0;
        return new LineFit(List.copyOf(magnitudes), sign);
    }

    /**
     * How much likelier the line makes {@code repaired} than {@code reported}: above 1 when the
     * repair brings the value nearer its line, below when it takes it away; 1 when the line says
     * nothing (no other column, or a zero on either side).
     */
    double factor(BigDecimal reported, BigDecimal repaired) {
        if (magnitudes.isEmpty() || reported == null || reported.signum() == 0 || repaired.signum() == 0) {
            return 1;
        }
        double nearer = off(reported) - off(repaired);
        return Math.max(LEAST, Math.min(MOST, Math.pow(10, WEIGHT_PER_DECADE * nearer)));
    }

    /** Decades between the value and the line's median magnitude, plus the sign's disagreement. */
    private double off(BigDecimal value) {
        double typical = magnitudes.get(magnitudes.size() / 2);
        double decades = Math.abs(Math.log10(Math.abs(value.doubleValue()) / typical));
        return decades + (sign != 0 && value.signum() != sign ? SIGN_AGAINST_LINE : 0);
    }
}
