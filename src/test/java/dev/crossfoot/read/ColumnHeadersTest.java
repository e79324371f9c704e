package dev.crossfoot.read;

import org.junit.jupiter.api.Test;

import java.time.MonthDay;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ColumnHeadersTest {

    @Test
    void stackedTextsJoinTopToBottom() {
        assertEquals("Three Months Ended September 28, 2024",
                ColumnHeaders.combine(List.of("Three Months Ended", " September 28,", "2024")));
    }

    @Test
    void theStubsPeriodHeadsColumnsThatNameNone() {
        String stub = ColumnHeaders.stubPeriod("years ended December 31 (in millions, except per share data)");
        assertEquals("years ended December 31", stub);
        assertEquals("years ended December 31 2024", ColumnHeaders.withStub("2024", stub));
        assertEquals("Three Months Ended June 30, 2024", ColumnHeaders.withStub("Three Months Ended June 30, 2024", stub));
        assertEquals("", ColumnHeaders.stubPeriod("(in millions)"));
        assertEquals("", ColumnHeaders.stubPeriod("Net revenues"));
    }

    @Test
    void aBareYearEndsOnAMonthEndFiscalYearEnd() {
        MonthDay june = ColumnHeaders.yearEndIn("Consolidated Statements of Income for the years ended June 30");
        assertEquals(MonthDay.of(6, 30), june);
        assertEquals("June 30, 2024", ColumnHeaders.completeYear("2024", june));
        assertEquals("Fiscal Years Ended June 30, 2023", ColumnHeaders.completeYear("Fiscal Years Ended 2023", june));
    }

    @Test
    void noDayIsGuessedWhereTheYearEndMovesOrTheYearIsAFiscalName() {
        assertNull(ColumnHeaders.yearEndIn("for the fiscal years ended September 28, 2024"));
        assertNull(ColumnHeaders.yearEndIn("fiscal year ended December 29, 2024 ... the year ended December 31, 2023"));
        MonthDay december = MonthDay.of(12, 31);
        assertEquals("Fiscal 2024", ColumnHeaders.completeYear("Fiscal 2024", december));
        assertEquals("December 31, 2024", ColumnHeaders.completeYear("December 31, 2024", december));
        assertEquals("2024 2023", ColumnHeaders.completeYear("2024 2023", december));
        assertEquals("2024", ColumnHeaders.completeYear("2024", null));
    }

    /** A German or French page's headers, read in its language's words ({@code header-period}, {@code year-end}, its date forms). */
    @Test
    void aGermanOrFrenchStubAndYearEndAreReadInTheirLanguage() {
        HeaderWords german = HeaderWords.of("de");
        HeaderWords french = HeaderWords.of("fr");
        String stub = ColumnHeaders.stubPeriod("Geschäftsjahr zum 31. Dezember (in Millionen EUR)", german);
        assertEquals("Geschäftsjahr zum 31. Dezember", stub);
        assertEquals("Geschäftsjahr zum 31. Dezember 2023", ColumnHeaders.withStub("2023", stub, german));
        assertEquals("31. Dezember", ColumnHeaders.stubPeriod("31. Dezember", german));
        assertEquals("Exercice clos le 31 décembre", ColumnHeaders.stubPeriod("Exercice clos le 31 décembre (en millions d'euros)", french));
        assertEquals("", ColumnHeaders.stubPeriod("Umsatzerlöse", german));
        assertEquals(MonthDay.of(6, 30), ColumnHeaders.yearEndIn("Konzernabschluss für das Geschäftsjahr zum 30. Juni 2024", german));
        assertEquals(MonthDay.of(6, 30), ColumnHeaders.yearEndIn("comptes de l'exercice clos le 30 juin 2024", french));
        assertEquals("Geschäftsjahr 2023", ColumnHeaders.completeYear("Geschäftsjahr 2023", MonthDay.of(12, 31), german));
        assertEquals("Exercice 2023", ColumnHeaders.completeYear("Exercice 2023", MonthDay.of(12, 31), french));
    }

    /** A word that says a period in one language says nothing in another: "per", "am", "au" read only on a page in that language. */
    @Test
    void anotherLanguagesPeriodWordsSayNothing() {
        assertEquals("", ColumnHeaders.stubPeriod("Per share data"));
        assertEquals("Per share data", ColumnHeaders.stubPeriod("Per share data", HeaderWords.of("de")));
        assertEquals("", ColumnHeaders.stubPeriod("Geschäftsjahr zum"));
    }

    @Test
    void theOnePeriodTheTextAboveNamesHeadsUndatedColumns() {
        assertEquals("as of December 31, 2024", ColumnHeaders.periodAbove(
                "The following table summarizes the bases used to measure certain assets and liabilities carried at fair value"
                        + " on a recurring basis on the consolidated balance sheet as of December 31, 2024:"));
        assertEquals("for the year ended June 30, 2025", ColumnHeaders.periodAbove("Segment results for the year ended June 30, 2025"));
        assertEquals("", ColumnHeaders.periodAbove("as of December 31, 2024 and December 31, 2023"));
        assertEquals("", ColumnHeaders.periodAbove("Cash Flows"));
    }
}
