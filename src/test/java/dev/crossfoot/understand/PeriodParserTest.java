package dev.crossfoot.understand;

import dev.crossfoot.model.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Headers combined from stacked rows, as the readers make them. */
class PeriodParserTest {

    private final PeriodParser parser = new PeriodParser();

    @Test
    void theBareYearEndingAHeaderChoosesAmongItsDates() {
        assertEquals(new Period(false, LocalDate.of(2003, 6, 28), 3, null),
                parser.parse("For the 13 Weeks Ended July 3, 2004 and June 28, 2003 2003"));
        assertEquals(new Period(false, LocalDate.of(2004, 7, 3), 6, null),
                parser.parse("For the 26 Weeks Ended July 3, 2004 and June 28, 2003 2004"));
    }

    @Test
    void yearsListedAfterADateShareItsMonthAndDay() {
        assertEquals(new Period(false, LocalDate.of(2023, 6, 30), 6, null),
                parser.parse("Six Months Ended June 30, 2024 and 2023 2023"));
    }

    @Test
    void aDateSplitOverTwoRowsAndAStubPeriod() {
        assertEquals(new Period(true, LocalDate.of(2024, 9, 28), 0, null), parser.parse("September 28, 2024"));
        assertEquals(new Period(false, LocalDate.of(2024, 12, 31), 12, null), parser.parse("years ended December 31 2024"));
        assertEquals(new Period(false, LocalDate.of(2024, 9, 28), 12, null), parser.parse("52 weeks ended September 28, 2024"));
    }

    @Test
    void aMonthAndDayWithoutYearTakeTheYearEndingTheHeader() {
        assertEquals(new Period(false, LocalDate.of(2025, 6, 30), 12, null),
                parser.parse("Fiscal years ended June 30 Pension Benefits 2025"));
        assertEquals(new Period(false, LocalDate.of(2023, 12, 31), 12, null), parser.parse("Year Ended December 31, 2023 (2)"));
        assertEquals(new Period(false, LocalDate.of(2003, 6, 28), 3, null),
                parser.parse("For the 13 Weeks Ended July 3, 2004 and June 28, 2003 Domestic 2003*"));
    }

    @Test
    void aFootnoteDigitGluedToTheDayIsNoPartOfTheDate() {
        assertEquals(new Period(false, LocalDate.of(2024, 12, 31), 12, null), parser.parse("Year Ended December 31,1 2024"));
    }

    @Test
    void aFiscalQuarterIsThreeMonths() {
        assertEquals(new Period(false, LocalDate.of(2025, 6, 29), 3, null),
                parser.parse("Fiscal Second Quarter Ended June 29, 2025"));
    }

    @Test
    void aYearOutsideTheDatesThatDoesNotEndTheHeaderChangesNothing() {
        assertEquals(new Period(true, LocalDate.of(2024, 12, 31), 0, null), parser.parse("December 31, 2024"));
        assertEquals(new Period(false, LocalDate.of(2024, 12, 31), 12, null), parser.parse("Year ended December 31, 2024 (restated)"));
    }
}
