package dev.crossfoot.read;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("The precision of a data set's values, inferred from the digits a statement's values carry")
class FsdsPrecisionTest {

    private static FsdsPrecision of(String... values) {
        FsdsPrecision precision = new FsdsPrecision();
        for (String value : values) {
            precision.see(new BigDecimal(value));
        }
        return precision;
    }

    @Test
    void trailingZerosOfTheFileAreFormattingNotPrecision() {
        FsdsPrecision millions = of("20780000000.0000", "1234000000.0000", "-5000000.0000");
        assertEquals(6, millions.finest());
        assertEquals(new FsdsPrecision.Display(6, 0), millions.scaled());
        assertEquals("20,780", millions.scaled().format(new BigDecimal("20780000000.0000"), false, false));
    }

    @Test
    void oneValueWithAFinerDigitMakesTheWholeStatementFiner() {
        FsdsPrecision statement = of("20780000000", "1234500000");
        assertEquals(5, statement.finest());
        assertEquals(new FsdsPrecision.Display(6, 1), statement.scaled(), "shown in millions with one decimal");
        assertEquals("(1,234.5)", statement.scaled().format(new BigDecimal("1234500000"), true, false));
    }

    @Test
    void zeroSaysNothing() {
        assertNull(of("0.0000", "0").finest());
        assertEquals(3, of("0", "12000", "0.0000").finest());
    }

    @Test
    void perShareAmountsKeepTheirCentsAndAreNeverScaled() {
        FsdsPrecision eps = of("0.33", "1.10", "2");
        assertEquals(-2, eps.finest());
        assertEquals(new FsdsPrecision.Display(0, 2), eps.unscaled());
        assertEquals("1.10", eps.unscaled().format(new BigDecimal("1.1"), false, false));
    }

    @Test
    void aLineOfPerShareAmountsShowsItsOwnDigitsToTheCentAtLeast() {
        // Ventas: earnings per share in cents beside dividends per share to four decimals, all padded to four.
        FsdsPrecision eps = of("0.0900", "0.7900", "0.5800", "1.4500");
        FsdsPrecision dividends = of("0.1500", "0.5175", "0.4000", "1.0350");
        assertEquals(new FsdsPrecision.Display(0, 2), eps.perShare());
        assertEquals("0.09", eps.perShare().format(new BigDecimal("0.0900"), false, false));
        assertEquals(new FsdsPrecision.Display(0, 4), dividends.perShare());
        // A line whose values happen to be round is still in cents.
        assertEquals(new FsdsPrecision.Display(0, 2), of("0.5000", "0.4000").perShare());
        assertEquals(new FsdsPrecision.Display(0, 2), of("2", "3").perShare());
        // The statement's display, by its finest value, would show the earnings to four decimals.
        FsdsPrecision statement = new FsdsPrecision();
        statement.see(eps);
        statement.see(dividends);
        assertEquals(new FsdsPrecision.Display(0, 4), statement.unscaled());
    }

    @Test
    void roundnessCoarserThanAMillionIsShownInMillions() {
        // A few values all multiples of ten million may be round by chance: the tolerance stays a filer's usual unit.
        assertEquals(new FsdsPrecision.Display(6, 0), of("30000000", "120000000").scaled());
    }

    @Test
    void aLinesDigitsJoinItsStatements() {
        FsdsPrecision statement = of("5000000");
        statement.see(of("1234"));
        assertEquals(0, statement.finest());
        assertEquals(new FsdsPrecision.Display(0, 0), statement.scaled());
    }

    private static String[] inThousands(int count) {
        String[] values = new String[count];
        for (int i = 0; i < count; i++) {
            values[i] = (297_012_000L + 1_000L * 7 * i) + "";
        }
        return values;
    }

    @Test
    @DisplayName("a few values in whole units among many in thousands leave the statement in thousands, and keep their digits")
    void aFewStrayValuesInUnitsDoNotMakeAStatementInThousandsExact() {
        FsdsPrecision statement = of(inThousands(30));
        statement.see(of("289145725", "1172375725", "1907930725"));
        assertEquals(0, statement.finest());
        assertEquals(3, statement.reported());
        assertEquals(new FsdsPrecision.Display(3, 0), statement.scaled());
        assertEquals("289,145.725", statement.scaled().format(new BigDecimal("289145725"), false, false));
        assertEquals("297,012", statement.scaled().format(new BigDecimal("297012000.0000"), false, false));
    }

    @Test
    @DisplayName("more than one value in ten finer than the rest is how the statement is reported")
    void manyFinerValuesAreTheStatementsPrecision() {
        FsdsPrecision statement = of(inThousands(8));
        statement.see(of("289145725", "1172375725"));
        assertEquals(0, statement.reported());
        assertEquals(new FsdsPrecision.Display(0, 0), statement.scaled());
    }

    @Test
    @DisplayName("values less than a thousand times finer than the rest are no strays: hundreds among thousands")
    void slightlyFinerValuesAreNoStrays() {
        FsdsPrecision statement = of(inThousands(30));
        statement.see(of("289145700"));
        assertEquals(2, statement.reported());
    }

    @Test
    @DisplayName("a value smaller than one unit of the rest is in the wrong scale, no stray: the statement stays exact so its sums fail")
    void aValueSmallerThanTheStatementsUnitIsNoStray() {
        FsdsPrecision statement = of(inThousands(30));
        statement.see(of("3"));
        assertEquals(0, statement.reported());
        assertEquals(new FsdsPrecision.Display(0, 0), statement.scaled());
    }
}
