package dev.crossfoot.understand;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MeasureNamesTest {

    private final MeasureNames names = new MeasureNames(ClaimWords.builtIn());

    @Test
    void aColumnHeaderNamesAMeasureBesideItsPeriod() {
        assertEquals("net sales", names.columnMeasure("Fiscal Year 2018 Net Sales"));
        assertEquals("net sales", names.columnMeasure("Fiscal 2019 Net Sales"));
        assertEquals("", names.columnMeasure("2019"));
        assertEquals("", names.columnMeasure("Three Months Ended March 31, 2024"));
        assertEquals("", names.columnMeasure("% of Total"));
        assertEquals("", names.columnMeasure("Total"));
    }

    @Test
    void aParenthesisedAlternativeNamesTheLineToo() {
        assertEquals(List.of("Income tax provision (benefit)", "Income tax benefit"), names.labelVariants("Income tax provision (benefit)"));
        assertEquals(names.key("income tax benefit"), names.key(names.labelVariants("Income tax provision (benefit)").get(1)));
        // A footnote mark is no alternative.
        assertEquals(List.of("Income before income taxes(1)"), names.labelVariants("Income before income taxes(1)"));
    }
}
