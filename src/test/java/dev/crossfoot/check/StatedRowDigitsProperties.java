package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A kept line packs an interval's ends as their digits and scales where the digits fit a {@code long}, asked without
 * making them a {@link BigInteger}: the digits packed are the decimal's own, and the interval given back has the same
 * digits and scale at each end as the one the row gave, packed or not.
 */
class StatedRowDigitsProperties {

    @Property(tries = 3000)
    @Label("a decimal said to fit a long has those digits, and fits one")
    void digitsAsTheDecimalsOwn(@ForAll("decimals") BigDecimal value) {
        if (StatedRow.fitsALong(value)) {
            assertTrue(value.unscaledValue().bitLength() < Long.SIZE, value.toString());
            assertEquals(value.unscaledValue().longValueExact(), StatedRow.unscaledLong(value), value.toString());
        } else {
            assertTrue(value.precision() > 18, value.toString());
        }
    }

    @Property(tries = 3000)
    @Label("a kept line gives back each end of an interval with its digits and scale")
    void intervalGivenBack(@ForAll("decimals") BigDecimal one, @ForAll("decimals") BigDecimal other) {
        BigDecimal low = one.compareTo(other) <= 0 ? one : other;
        BigDecimal high = low == one ? other : one;
        Interval interval = new Interval(low, high);
        Amount amount = new Amount(BigDecimal.ONE, BigDecimal.ONE, Measure.MONEY, BigDecimal.ONE, interval);
        StatementRow row = new StatementRow(new Row("Revenue", null, null, List.of(new Cell("1", new Location("f", 1, "/c"))), null),
                "revenue", 0, 0, RowRole.ITEM, List.of(), null, Measure.MONEY, List.of(), List.of(amount));
        Interval kept = StatedRow.of(row, SharedValues.NONE).interval(0);
        assertEquals(low.unscaledValue(), kept.low().unscaledValue());
        assertEquals(low.scale(), kept.low().scale());
        assertEquals(high.unscaledValue(), kept.high().unscaledValue());
        assertEquals(high.scale(), kept.high().scale());
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        // Digits of every length around a long's (18, 19, 20 digits; 2^63 either side), either sign, any scale.
        Arbitrary<BigInteger> digits = Arbitraries.oneOf(
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)),
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.integers().between(-3, 3).map(d -> BigInteger.valueOf(Long.MAX_VALUE).add(BigInteger.valueOf(d))),
                Arbitraries.integers().between(-3, 3).map(d -> BigInteger.valueOf(Long.MIN_VALUE).add(BigInteger.valueOf(d))),
                Arbitraries.integers().between(-2, 2).map(d -> BigInteger.TEN.pow(18).add(BigInteger.valueOf(d))),
                Arbitraries.integers().between(-99_999, 99_999).map(BigInteger::valueOf));
        return Combinators.combine(digits, Arbitraries.integers().between(-12, 30)).as(BigDecimal::new);
    }
}
