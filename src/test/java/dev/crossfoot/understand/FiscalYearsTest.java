package dev.crossfoot.understand;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@DisplayName("An annual report's columns headed only by a fiscal year end on the year-ends the report names")
class FiscalYearsTest {

    private static final String BALANCE_ROWS = """
        {"label": "Cash and cash equivalents", "cells": ["100", "90"]},
        {"label": "Other assets", "cells": ["50", "40"]},
        {"label": "Total assets", "cells": ["150", "130"]}""";
    private static final String INCOME_ROWS = """
        {"label": "Net sales", "cells": ["1,000", "900", "800"]},
        {"label": "Cost of sales", "cells": ["600", "500", "450"]},
        {"label": "Gross profit", "cells": ["400", "400", "350"]}""";

    private static CheckRun annualReport(String form, String balanceTitle, String balanceColumns, String incomeColumns) {
        return TestRuns.check("""
            {"crossfoot": 1, "document": {"id": "t", "form": "%s"},
             "tables": [{"id": "bs", "title": "%s", "unit": "in millions", "columns": [%s], "rows": [%s]},
                        {"id": "is", "title": "Consolidated statements of earnings", "unit": "in millions", "columns": [%s], "rows": [%s]}]}
            """.formatted(form, balanceTitle, balanceColumns, BALANCE_ROWS, incomeColumns, INCOME_ROWS));
    }

    private static StatementTable table(CheckRun run, String id) {
        return run.statements().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void bareYearsTakeTheDatesOfTheTitleAndAnEarlierYearIsExtrapolatedOnTheSameWeekday() {
        CheckRun run = annualReport("10-K", "Consolidated balance sheets At December 29, 2024 and December 31, 2023",
                "\"2024\", \"2023\"", "\"2024\", \"2023\", \"2022\"");
        StatementTable balance = table(run, "bs");
        assertEquals(new Period(true, LocalDate.of(2024, 12, 29), 0, null), balance.period(0));
        assertEquals(new Period(true, LocalDate.of(2023, 12, 31), 0, null), balance.period(1));
        StatementTable income = table(run, "is");
        assertEquals(new Period(false, LocalDate.of(2024, 12, 29), 12, null), income.period(0));
        assertEquals(new Period(false, LocalDate.of(2023, 12, 31), 12, null), income.period(1));
        assertEquals(new Period(false, LocalDate.of(2023, 1, 1), 12, null), income.period(2),
                "52 weeks before Sunday December 31, 2023 is Sunday January 1, 2023");
    }

    @Test
    void fiscalYearsMayEndEarlyInTheNextCalendarYear() {
        CheckRun run = annualReport("10-K", "Consolidated balance sheets", "\"February 2, 2025\", \"January 28, 2024\"",
                "\"Fiscal 2024\", \"Fiscal 2023\", \"Fiscal 2022\"");
        StatementTable income = table(run, "is");
        assertEquals(LocalDate.of(2025, 2, 2), income.period(0).end());
        assertEquals(LocalDate.of(2024, 1, 28), income.period(1).end());
        assertEquals(LocalDate.of(2023, 1, 29), income.period(2).end());
        assertEquals(12, income.period(2).months());
    }

    @Test
    void aQuarterlyReportLeavesBareYearsUndated() {
        CheckRun run = annualReport("10-Q", "Consolidated balance sheets At December 29, 2024 and December 31, 2023",
                "\"2024\", \"2023\"", "\"2024\", \"2023\", \"2022\"");
        assertNull(table(run, "is").period(0));
        assertNull(table(run, "bs").period(0));
    }

    @Test
    void aPercentColumnReportsThePeriodOfTheAmountsOnItsLeftAsAVariant() {
        CheckRun run = TestRuns.check(TestRuns.oneTable("Consolidated statements of earnings", "in millions",
                "\"Fiscal Second Quarter Ended June 29, 2025\", \"Fiscal Second Quarter Ended Percent to Sales\"", """
                {"label": "Sales to customers", "cells": ["23,743", "100.0%"]},
                {"label": "Cost of products sold", "cells": ["7,628", "32.1"]},
                {"label": "Gross profit", "cells": ["16,115", "67.9"]}"""));
        StatementTable income = run.statements().get(0);
        assertEquals(new Period(false, LocalDate.of(2025, 6, 29), 3, null), income.period(0));
        assertEquals(new Period(false, LocalDate.of(2025, 6, 29), 3, "percent"), income.period(1));
    }
}
