package dev.crossfoot.understand;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Measure;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * A number's amount kept ({@link Amounts#of}) is the amount worked out afresh — the same value, precision, measure,
 * scale and interval, digit for digit and scale for scale — for any number, measure and scale, asked in any order and
 * again; numbers, measures or scales that differ in anything the amount depends on get their own.
 */
class AmountsKeptProperties {

    private static final List<BigDecimal> SCALES = List.of(BigDecimal.ONE, new BigDecimal("1000"), new BigDecimal("1E+3"),
            new BigDecimal("1000000"), new BigDecimal("0.01"), new BigDecimal("0.001"), new BigDecimal("-1"));

    @Property(tries = 5000)
    @Label("kept or worked out afresh, a number's amount in a measure and scale is the same, asked once or twice")
    void keptAsWorkedOut(@ForAll("numbers") CellValue.Number number, @ForAll Measure measure, @ForAll("scales") BigDecimal scale) {
        Amount fresh = Amounts.workedOut(number, measure, scale);
        for (int round = 0; round < 2; round++) {
            assertSameDigits(fresh, Amounts.of(number, measure, scale));
            // An equal number read from another cell: the same amount.
            assertSameDigits(fresh, Amounts.of(new CellValue.Number(number.value(), number.precision(), number.percent(),
                    number.currency()), measure, scale));
        }
    }

    @Property(tries = 2000)
    @Label("numbers equal in value but written to other decimals, or with another precision, keep their own amounts")
    void otherDecimalsOtherAmounts(@ForAll("numbers") CellValue.Number number, @ForAll Measure measure, @ForAll("scales") BigDecimal scale) {
        Amount kept = Amounts.of(number, measure, scale);
        BigDecimal longer = number.value().setScale(number.value().scale() + 1);
        Amount written = Amounts.of(new CellValue.Number(longer, number.precision().movePointLeft(1), number.percent(), number.currency()),
                measure, scale);
        assertEquals(longer.scale(), written.value().scale());
        assertSameDigits(Amounts.workedOut(new CellValue.Number(longer, number.precision().movePointLeft(1), false, false), measure, scale), written);
        assertNotEquals(kept.precision(), written.precision());
        Amount sameDigitsOtherPrecision = Amounts.of(new CellValue.Number(number.value(), number.precision().multiply(BigDecimal.TEN),
                number.percent(), number.currency()), measure, scale);
        assertNotEquals(kept.interval(), sameDigitsOtherPrecision.interval());
    }

    @Example
    void measureAndScaleAreTheAmounts() {
        CellValue.Number twelve = new CellValue.Number(new BigDecimal("12.5"), new BigDecimal("0.1"), false, false);
        Amount money = Amounts.of(twelve, Measure.MONEY, new BigDecimal("1000"));
        Amount shares = Amounts.of(twelve, Measure.SHARES, new BigDecimal("1000"));
        Amount written = Amounts.of(twelve, Measure.MONEY, new BigDecimal("1E+3"));
        Amount units = Amounts.of(twelve, Measure.MONEY, BigDecimal.ONE);
        assertEquals(Measure.MONEY, money.measure());
        assertEquals(Measure.SHARES, shares.measure());
        assertEquals(new BigDecimal("1E+3"), written.scale());
        assertEquals(0, new BigDecimal("12450").compareTo(money.interval().low()));
        assertEquals(0, new BigDecimal("12.45").compareTo(units.interval().low()));
        assertEquals(0, new BigDecimal("12550").compareTo(written.interval().high()));
    }

    private static void assertSameDigits(Amount expected, Amount actual) {
        // Records of decimals: equal only where digits and scales are.
        assertEquals(expected, actual);
        assertEquals(expected.interval().low().scale(), actual.interval().low().scale());
        assertEquals(expected.interval().high().toPlainString(), actual.interval().high().toPlainString());
    }

    @Provide
    Arbitrary<CellValue.Number> numbers() {
        Arbitrary<BigDecimal> values = Combinators.combine(Arbitraries.longs().between(-5_000_000L, 5_000_000L),
                Arbitraries.integers().between(0, 4)).as(BigDecimal::valueOf);
        return Combinators.combine(values, Arbitraries.of(false, true), Arbitraries.of(false, true), Arbitraries.integers().between(0, 2))
                .as((value, percent, currency, coarser) -> new CellValue.Number(value, BigDecimal.ONE.movePointLeft(value.scale())
                        .multiply(BigDecimal.TEN.pow(value.scale() == 0 ? coarser : 0)), percent, currency));
    }

    @Provide
    Arbitrary<BigDecimal> scales() {
        return Arbitraries.of(SCALES);
    }
}
