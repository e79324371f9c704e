package dev.crossfoot.understand;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

    @Test
    void anAlternativeOfSeveralWordsStandsForAsManyWords() {
        assertEquals(names.key("Net cash used in operating activities"),
                names.key(names.labelVariants("Net cash provided by (used in) operating activities").get(2)));
        assertEquals(List.of("Net cash (used in) provided by:", "Net used in provided by:", "used in provided by:", "Net cash used in:"),
                names.labelVariants("Net cash (used in) provided by:"));
        // In front of its line, one word stands for the word after it.
        assertEquals(List.of("(Increase) decrease in receivables", "Increase in receivables"),
                names.labelVariants("(Increase) decrease in receivables"));
    }

    @Test
    void aShareOfAnotherFigureIsNamedTheSameWhicheverPhraseSaysIt() {
        assertEquals(names.key("Selling expenses % to net sales"), names.key("Selling expenses as a percentage of net sales"));
        assertEquals(names.key("Gross margin % of revenue"), names.key("gross margin as a percent of revenue"));
        assertNotEquals(names.key("Selling expenses % to net sales"), names.key("Selling expenses"));
    }
}
