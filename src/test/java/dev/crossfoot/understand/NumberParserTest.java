package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Cell text is read as filers print numbers")
class NumberParserTest {

    private final NumberParser parser = new NumberParser();

    @ParameterizedTest(name = "''{0}'' is {1} with precision {2}")
    @CsvSource(delimiter = '|', value = {
        "41,892|41892|1",
        "$ 41,892|41892|1",
        "(1,234)|-1234|1",
        "-1,234|-1234|1",
        "−1,234|-1234|1",
        "$ (0.02)|-0.02|0.01",
        "$(0.02)|-0.02|0.01",
        "0.01|0.01|0.01",
        "63.6%|63.6|0.1",
        "(1.2)%|-1.2|0.1",
        "54.0 %|54.0|0.1",
        "€ 1,000|1000|1",
        "21,113 ⁽¹⁾|21113|1",
        "5,291(1)|5291|1",
        "1 234 567|1234567|1",
        "1,308,715|1308715|1",
        "41.5|41.5|0.1",
        "1,234.50|1234.50|0.01",
        "+4.0|4.0|0.1",
        "+0.3 %|0.3|0.1"
    })
    void readsNumbers(String text, String value, String precision) {
        CellValue parsed = parser.parse(text);
        CellValue.Number number = assertInstanceOf(CellValue.Number.class, parsed, text);
        assertEquals(0, new BigDecimal(value).compareTo(number.value()), "value of " + text);
        assertEquals(0, new BigDecimal(precision).compareTo(number.precision()), "precision of " + text);
    }

    @Test
    void percentagesAndCurrencyAreMarked() {
        CellValue.Number percent = (CellValue.Number) parser.parse("63.6%");
        CellValue.Number money = (CellValue.Number) parser.parse("$ 0.01");
        assertTrue(percent.percent());
        assertTrue(money.currency());
    }

    @ParameterizedTest(name = "''{0}'' basis points are {1} percentage points to the nearest {2}")
    @CsvSource(delimiter = '|', value = {
        "(231) bp.|-2.31|0.01",
        "0 bp.|0|0.01",
        "15 bps|0.15|0.01",
        "(2) bp.|-0.02|0.01"
    })
    void basisPointsArePercentagePoints(String text, String value, String precision) {
        CellValue.Number number = assertInstanceOf(CellValue.Number.class, parser.parse(text), text);
        assertTrue(number.percent(), text + " is a percentage");
        assertEquals(0, new BigDecimal(value).compareTo(number.value()), "value of " + text);
        assertEquals(0, new BigDecimal(precision).compareTo(number.precision()), "precision of " + text);
    }

    @ParameterizedTest(name = "''{0}'' is a dash: nil")
    @ValueSource(strings = {"—", "–", "-", "−", "$ —", "--", "- - %", "— —%", ".", "....", "$ .", "…", ". . ."})
    void dashesAreNil(String text) {
        assertInstanceOf(CellValue.Nil.class, parser.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' is blank: absent")
    @ValueSource(strings = {"", " ", "\t"})
    void blanksAreAbsent(String text) {
        assertInstanceOf(CellValue.Absent.class, parser.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' is not applicable")
    @ValueSource(strings = {"N/A", "n/a", "NM", "n/m"})
    void notApplicable(String text) {
        assertInstanceOf(CellValue.NotApplicable.class, parser.parse(text));
    }

    @ParameterizedTest(name = "''{0}'' is malformed")
    @ValueSource(strings = {"4,94", "6,74", "1O,2OO", "64'", "(1,234", "24 (22)", "279 1,308,715", "(= ,= = =)"})
    void malformedNumbersAreFindingsNotCrashes(String text) {
        CellValue.Malformed malformed = assertInstanceOf(CellValue.Malformed.class, parser.parse(text), text);
        assertTrue(malformed.problem().contains(text.strip()) || malformed.problem().contains("'"), malformed.problem());
    }

    @Test
    void aLetterForADigitIsNamed() {
        CellValue.Malformed malformed = (CellValue.Malformed) parser.parse("1O,2OO");
        assertTrue(malformed.problem().contains("letter 'O'"), malformed.problem());
    }

    @ParameterizedTest(name = "''{0}'' is a change in points: {1}, read as a percentage")
    @CsvSource(delimiter = '|', value = {"0.4 ppt|0.4", "(2.3) ppt|-2.3", "(2.7) pts|-2.7", "1.5 pts.|1.5", "25 bps|0.25"})
    void pointsAreChangesOfARatio(String text, String value) {
        CellValue.Number number = assertInstanceOf(CellValue.Number.class, parser.parse(text), text);
        assertEquals(0, new BigDecimal(value).compareTo(number.value()), text);
        assertTrue(number.percent(), text + " is a percentage, never footed");
    }

    @Test
    void aDashInPointsIsNil() {
        assertInstanceOf(CellValue.Nil.class, parser.parse("— pts."));
    }

    @ParameterizedTest(name = "''{0}'' is a bound, not an amount")
    @ValueSource(strings = {">100.0 %", "<1%", "> 100%", "NM%"})
    void boundsAreNotApplicable(String text) {
        assertInstanceOf(CellValue.NotApplicable.class, parser.parse(text), text);
    }

    @ParameterizedTest(name = "''{0}'' carries a footnote mark: {1}")
    @CsvSource(delimiter = '|', value = {"10.4†|10.4", "97.1*, **|97.1", "1,234‡|1234", "1.73 (2), (3)|1.73", "1.30 (1)|1.30"})
    void footnoteMarksAreIgnored(String text, String value) {
        CellValue.Number number = assertInstanceOf(CellValue.Number.class, parser.parse(text), text);
        assertEquals(0, new BigDecimal(value).compareTo(number.value()), text);
    }

    @ParameterizedTest(name = "''{0}'' is text where an amount would stand, not a damaged number")
    @ValueSource(strings = {"Level 1", "Not presented", "Fair Value Measurements", "2025 - 2060", "2026–2028",
        "0.45% - 2.25%", "0.65-2.69%", "0.91:1", "30/7/2021~", "11/4/2024", "31.12.2019", "2021-07-30",
        "FY 2019 (%)", "2018 FY", "94th", "2nd", "21st", "777X", "A320"})
    void wordsRangesAndRatiosAreText(String text) {
        assertInstanceOf(CellValue.Text.class, parser.parse(text), text);
    }

    @ParameterizedTest(name = "''{0}'' is still a damaged number")
    @ValueSource(strings = {"1O,2OO", "4,94", "(80.0", "5,2910 1)"})
    void singleLettersAmongDigitsStayMalformed(String text) {
        assertInstanceOf(CellValue.Malformed.class, parser.parse(text), text);
    }

    @ParameterizedTest(name = "''{0}'' marks its sign twice: {1}")
    @CsvSource(delimiter = '|', value = {"(−152)|-152", "(-3)|-3", "(– 1.5)|-1.5"})
    void parenthesesAroundASignedFigureAreOneMinus(String text, String value) {
        CellValue.Number number = assertInstanceOf(CellValue.Number.class, parser.parse(text), text);
        assertEquals(0, new BigDecimal(value).compareTo(number.value()), text);
    }

    @ParameterizedTest(name = "''{0}'' is a number, not a rank or a date")
    @CsvSource(delimiter = '|', value = {"94|94", "2019|2019", "12.5|12.5", "31.5|31.5"})
    void numbersNearRanksAndDatesStayNumbers(String text, String value) {
        CellValue.Number number = assertInstanceOf(CellValue.Number.class, parser.parse(text), text);
        assertEquals(0, new BigDecimal(value).compareTo(number.value()), text);
    }

    @Test
    void aDashWithAFootnoteIsNil() {
        assertInstanceOf(CellValue.Nil.class, parser.parse("_(1)"));
        assertInstanceOf(CellValue.Nil.class, parser.parse("—(2)"));
    }
}
