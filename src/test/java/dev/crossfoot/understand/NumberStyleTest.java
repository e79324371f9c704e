package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table's number convention is decided once from all its cells: a decimal point, or a decimal comma as German and French write. */
class NumberStyleTest {

    private static List<String> cells(String joined) {
        return Arrays.asList(joined.split("\\|"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        // German: whole euros grouped by full stops beside whole numbers; EPS with a decimal comma.
        "12.500|7.400|900|1,50       ; true",
        "12.500|7.400|900|(1.200)    ; true",
        "1.234.567|890               ; true",
        // French: groups of a (narrow no-break) space, a decimal comma.
        "12 500|7 400|1,50|1,48      ; true",
        "1 234,5|(2 000,0)           ; true",
        "12,5 %|4,5 %|900            ; true",
        // English.
        "12,500|7,400|900|1.50       ; false",
        "1,234|900                   ; false",
        "0.25|12                     ; false",
        // A slip among English figures stays the malformed number it is.
        "1,452.4|44.1|2.978,478      ; false",
        "$ 11,54|11,200|12           ; false",
        // Three decimals after a point, with no whole number beside them: rates, not thousands.
        "1.105|1.234                 ; false",
        // A percentage is never in the thousands: "4.100%" has three decimals.
        "4.100%|1,150|750|4.262%     ; false",
        // A table of figures with one decimal after a comma, none above a thousand (a German cash-flow statement in millions).
        "154,0|80,0|(12,0)|215,0|5,0 ; true",
        "154,0|80,0|(12,0)|2023      ; true",
        // Two of them among whole numbers, or beside a point, decide nothing.
        "12,3|1,4|900|31|12          ; false",
        "12,3|1,4|5,5|900|31|12|40   ; false",
        "12,3|1,4|5,5|0.25           ; false",
        // Digits alone say nothing: read as written.
        "12|900|(5)                  ; false",
    })
    void theConventionIsTheTables(String texts, boolean decimalComma) {
        assertEquals(decimalComma, NumberStyle.decimalComma(cells(texts.strip().replace(" ", "\u202f").replace("\u202f%", " %").replace("$\u202f", "$ "))));
    }

    @Test
    void aSingleSlipDecidesNothing() {
        // A "1,234" is no decimal comma's thousands: the figure only a comma reads is a slip.
        assertFalse(NumberStyle.decimalComma(cells("1,234|2,345|3,456|12,50|900")));
        assertFalse(NumberStyle.decimalComma(cells("1,234|1,23|900")));
        // One figure with two decimals after a comma among whole numbers: a slip, not a convention.
        assertFalse(NumberStyle.decimalComma(cells("12,45|900|31")));
        assertTrue(NumberStyle.decimalComma(cells("1,50|1,48|900|31")));
        // "1,4" and "12,3" among whole numbers: references or a cut group (fixtures/cases/footnote-marks-…-garbled-misread).
        assertFalse(NumberStyle.decimalComma(cells("(40)|1|1,4|(31)|12,3|2|(760)|5")));
        assertTrue(NumberStyle.decimalComma(cells("12,3 %|4,5 %|900")));
        assertTrue(NumberStyle.decimalComma(cells("1.234|2.345|12,5|900")));
        // A slip in a German table does not turn it English.
        assertTrue(NumberStyle.decimalComma(cells("12.50|7.400|5.100|900|1,50|1,48")));
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = ';', value = {
        "12.500       ; 12500",
        "(1.234,5)    ; -1234.5",
        "1\u202f234,5 ; 1234.5",
        "1\u00a0234   ; 1234",
        "1,50         ; 1.50",
        "12,5 %       ; 12.5",
        "-7.400       ; -7400",
    })
    void aNumberWrittenWithADecimalCommaReadsAsTheAmountItIs(String text, String amount) {
        CellValue value = new NumberParser().parse(NumberStyle.asDecimalPoint(text));
        assertInstanceOf(CellValue.Number.class, value, text);
        assertEquals(new BigDecimal(amount), ((CellValue.Number) value).value());
    }

    @Test
    void whatNoDecimalCommaWritesWellIsLeftForTheNumberReader() {
        assertEquals("31.12.2023", NumberStyle.asDecimalPoint("31.12.2023"));
        assertInstanceOf(CellValue.Text.class, new NumberParser().parse(NumberStyle.asDecimalPoint("31.12.2023")));
        assertInstanceOf(CellValue.Malformed.class, new NumberParser().parse(NumberStyle.asDecimalPoint("1.23,4")));
    }

    @Test
    void inAnEnglishDocumentADecimalCommaIsStillAMalformedNumber() {
        assertInstanceOf(CellValue.Malformed.class, new NumberParser().parse("2.978,478"));
    }
}
