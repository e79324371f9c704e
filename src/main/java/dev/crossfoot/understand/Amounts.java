package dev.crossfoot.understand;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Measure;

import java.math.BigDecimal;

/**
 * The amount a number stands for in a measure and scale ({@link Amount}: its value and the interval its rounding
 * stands for, in absolute units), kept once worked out. It depends on nothing else, and a company's tables repeat
 * their figures (last year's column is this year's comparative; a data set's filings repeat whole tables): every cell
 * of every table worked the interval out afresh, two halvings and two products of decimals (the generated data set's
 * 400,000 cells a pass, a few thousand figures among them). As with the numbers themselves ({@link NumberParser}),
 * at most {@link #KEPT} are kept.
 */
final class Amounts {

    static final int KEPT = 20_000;

    private record Key(CellValue.Number number, Measure measure, BigDecimal scale) { }

    private static final BoundedMemo<Key, Amount> AMOUNTS = new BoundedMemo<>(KEPT);

    private Amounts() {
    }

    /** The number's amount in the measure and scale: the one kept, or worked out and kept. */
    static Amount of(CellValue.Number number, Measure measure, BigDecimal scale) {
        return AMOUNTS.get(new Key(number, measure, scale), Amounts::workedOut);
    }

    /** The amount worked out afresh, as every cell was before it was kept. */
    static Amount workedOut(CellValue.Number number, Measure measure, BigDecimal scale) {
        return new Amount(number.value(), number.precision(), measure, scale);
    }

    private static Amount workedOut(Key key) {
        return workedOut(key.number(), key.measure(), key.scale());
    }
}
