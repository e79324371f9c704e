package dev.crossfoot.check;

import dev.crossfoot.model.Interval;
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

/**
 * The floating-point shortcut of footing never answers otherwise than the exact sum of intervals:
 * where it is sure, the exact sum agrees; near an edge it says it is unsure.
 */
@Label("Approximate sums settle footing only where the exact sum agrees")
class FloatBoundsProperties {

    /** Rounded amounts as footing sees them: a value shown to its last digit, the interval it stands for. */
    record Rounded(long unscaled, int scale) {
        Interval interval() {
            BigDecimal value = BigDecimal.valueOf(unscaled, scale);
            return Interval.rounded(value, BigDecimal.ONE.movePointLeft(scale));
        }
    }

    @Property(tries = 3000)
    @Label("a sure answer is the exact one")
    void sureAnswersAreExact(@ForAll("terms") List<Rounded> terms, @ForAll("nudges") long nudge) {
        Interval exact = Interval.ZERO;
        double low = 0;
        double high = 0;
        double magnitude = 0;
        for (Rounded term : terms) {
            Interval interval = term.interval();
            exact = exact.plus(interval);
            low += interval.low().doubleValue();
            high += interval.high().doubleValue();
            magnitude += Math.abs(interval.low().doubleValue()) + Math.abs(interval.high().doubleValue());
        }
        // A reported total near the sum: touching it, at its edge, or just past it, as a wrong digit would be.
        Rounded first = terms.get(0);
        Interval target = Interval.rounded(exact.midpoint().add(BigDecimal.valueOf(nudge, first.scale())),
                BigDecimal.ONE.movePointLeft(first.scale()));
        FloatBounds.Contact contact = FloatBounds.contact(low, high, magnitude, target);
        if (contact != FloatBounds.Contact.UNSURE) {
            String which = exact + " against " + target + " read " + contact;
            assertEquals(exact.intersects(target), contact == FloatBounds.Contact.TOUCHING, which);
        }
    }

    @Example
    @Label("a total exactly at the edge of rounding is left to the exact sum")
    void edgeIsUnsure() {
        // Lines summed to [0.2, 0.4] (0.1 + 0.2 + 0.1 is 0.4000000000000001 in floating point)
        // against a total standing for [0.4, 0.5]: they touch at one point, which only exact sums can tell.
        Interval total = new Interval(new BigDecimal("0.4"), new BigDecimal("0.5"));
        assertEquals(FloatBounds.Contact.UNSURE, FloatBounds.contact(0.2, 0.1 + 0.2 + 0.1, 0.6, total));
    }

    @Example
    @Label("sums too large for floating point are left to the exact sum")
    void overflowIsUnsure() {
        Interval huge = new Interval(new BigDecimal("1e400"), new BigDecimal("1e400"));
        assertEquals(FloatBounds.Contact.UNSURE,
                FloatBounds.contact(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, huge));
    }

    @Provide
    Arbitrary<List<Rounded>> terms() {
        Arbitrary<Rounded> term = Combinators.combine(
                Arbitraries.longs().between(-99_999_999_999L, 99_999_999_999L),
                Arbitraries.integers().between(0, 3)).as(Rounded::new);
        return term.list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<Long> nudges() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-3, 3), Arbitraries.longs().between(-100_000, 100_000));
    }
}
