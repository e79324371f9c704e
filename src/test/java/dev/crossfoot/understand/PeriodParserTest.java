package dev.crossfoot.understand;

import dev.crossfoot.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** The same periods as German and French headers name them: the month names, the date forms and the period words are the lexicon's. */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "Geschäftsjahr zum 31. Dezember 2024            | false | 2024-12-31 | 12",
        "Drei Monate bis zum 31. März 2024              | false | 2024-03-31 | 3",
        "Neun Monate bis zum 30.09.2024                 | false | 2024-09-30 | 9",
        "31.12.2023                                     | true  | 2023-12-31 | 0",
        "31. Dez. 2023                                  | true  | 2023-12-31 | 0",
        "Stand 31. Mär. 2024                            | true  | 2024-03-31 | 0",
        "Drittes Quartal zum 30. September 2024         | false | 2024-09-30 | 3",
        "13 Wochen bis zum 29. Juni 2024                | false | 2024-06-29 | 3",
        "Exercice clos le 31 décembre 2024              | false | 2024-12-31 | 12",
        "Trimestre clos le 30 septembre 2024            | false | 2024-09-30 | 3",
        "Six mois clos le 30 juin 2024                  | false | 2024-06-30 | 6",
        "Au 31 décembre 2023                            | true  | 2023-12-31 | 0",
        "Au 31 déc. 2023                                | true  | 2023-12-31 | 0",
        "31/12/2023                                     | true  | 2023-12-31 | 0",
        "Septembre 2024                                 | true  | 2024-09-30 | 0",
    })
    void germanAndFrenchHeadersNameTheSamePeriods(String header, boolean instant, String end, int months) {
        assertEquals(new Period(instant, LocalDate.parse(end), months, null), parser.parse(header));
    }

    /**
     * A period written as the range of its first and last day is a duration ending on the last day,
     * as long as the days between: the first day with or without its year, "1er" the first of the
     * month, the connector a word of the lexicon.
     */
    @ParameterizedTest(name = "\"{0}\"")
    @CsvSource(delimiter = '|', value = {
        "January 1 – December 31, 2023                  | 2023-12-31 | 12",
        "January 1, 2023 through December 31, 2023      | 2023-12-31 | 12",
        "1. Januar – 31. Dezember 2023                  | 2023-12-31 | 12",
        "1. Januar bis 31. Dezember 2023                | 2023-12-31 | 12",
        "vom 1. Juli bis zum 30. Juni 2024              | 2024-06-30 | 12",
        "1.1.–31.12.2023                                | 2023-12-31 | 12",
        "du 1er janvier au 31 décembre 2023             | 2023-12-31 | 12",
        "1er juillet – 31 décembre 2023                 | 2023-12-31 | 6",
        "du 1er avril 2024 au 30 juin 2024              | 2024-06-30 | 3",
        "1. Juli 2022 – 30. Juni 2023                   | 2023-06-30 | 12",
        "1. Juli – 30. Juni 2023                        | 2023-06-30 | 12",
        "December 30, 2022 – December 28, 2023          | 2023-12-28 | 12",
    })
    void aRangeOfDaysIsADurationEndingOnItsLastDay(String header, String end, int months) {
        assertEquals(new Period(false, LocalDate.parse(end), months, null), parser.parse(header));
    }

    @Test
    void theFirstOfTheMonthInFrenchIsADay() {
        assertEquals(new Period(true, LocalDate.of(2023, 1, 1), 0, null), parser.parse("Au 1er janvier 2023"));
        assertEquals(java.util.List.of(LocalDate.of(2023, 1, 1)), parser.datesIn("solde au 1er janvier 2023"));
    }

    @Test
    void aFiscalYearNamedByItsNumberInEveryLanguage() {
        Period fiscal = new Period(false, null, 12, null);
        assertEquals(fiscal, parser.parse("Fiscal 2024"));
        assertEquals(fiscal, parser.parse("GJ 2024"));
        assertEquals(fiscal, parser.parse("Exercice 2024"));
    }

    @Test
    void aDayTheCalendarDoesNotHaveIsNoDateInAnyForm() {
        assertEquals(null, parser.parse("31.02.2024"));
        assertEquals(null, parser.parse("30 février 2024"));
    }

    @Test
    void aLanguageAddedByAFileReadsItsHeaders() {
        Lexicon italian = Lexicon.builtIn().with(Lexicon.parse("it.lexicon", """
                language it
                cue month
                  words 12 "dicembre", "dic"
                cue date-form
                  form "day month year"
                cue year-period
                  words "esercizio chiuso"
                """));
        try (Lexicon.Scope scope = Lexicon.use(italian)) {
            assertEquals(new Period(false, LocalDate.of(2024, 12, 31), 12, null), parser.parse("Esercizio chiuso al 31 dicembre 2024"));
        }
        assertEquals(null, parser.parse("Esercizio chiuso al 31 dicembre 2024"));
    }
}
