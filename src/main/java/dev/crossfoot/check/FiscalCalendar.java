package dev.crossfoot.check;

import dev.crossfoot.model.Period;
import dev.crossfoot.understand.ClaimPeriod;
import dev.crossfoot.understand.MeasureNames;

import java.time.LocalDate;
import java.util.List;

/**
 * Which column states the period a claim names: "the third quarter of fiscal 2011" is the
 * three months ending September 30, 2011 when the document's fiscal year ends in December. The
 * fiscal year's last month is read from the document's own columns (a year, nine or six months
 * to date end three, six or nine months before it), never assumed: without it no fiscal quarter
 * is placed.
 */
final class FiscalCalendar {

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![\\p{N}])((?:19|20)\\d\\d)(?![\\p{N}])");

    private final Integer yearEndMonth;
    /** The quarters columns name by themselves ("Q4 2019"), by table and column. */
    private final java.util.Map<StatedTable, java.util.Map<Integer, ClaimPeriod>> namedQuarters;

    /**
     * Whether a column dated only by a period's close states that period: asked only when no column
     * states the claim's period by its own kind.
     */
    private final boolean atClose;

    /**
     * Whether the tables date no column as of a day, so that their balances stand in the columns of the
     * periods they close ("Total Working Capital" under "For the Twelve Months Ended December 31, 2019").
     */
    private final boolean balancesAtPeriodClose;

    private FiscalCalendar(Integer yearEndMonth, java.util.Map<StatedTable, java.util.Map<Integer, ClaimPeriod>> namedQuarters,
                           boolean balancesAtPeriodClose) {
        this(yearEndMonth, namedQuarters, balancesAtPeriodClose, false);
    }

    private FiscalCalendar(Integer yearEndMonth, java.util.Map<StatedTable, java.util.Map<Integer, ClaimPeriod>> namedQuarters,
                           boolean balancesAtPeriodClose, boolean atClose) {
        this.yearEndMonth = yearEndMonth;
        this.namedQuarters = namedQuarters;
        this.balancesAtPeriodClose = balancesAtPeriodClose;
        this.atClose = atClose;
    }

    /**
     * The same calendar, reading a column by the date that closes it as well: a column headed only
     * "December 31, 2018" beside "2019" in a table of net sales is the year ended then ("net sales
     * … versus prior year"). A claim is tied so only where no column states its period by its own
     * kind, so a statement that does is never overruled.
     */
    FiscalCalendar atClose() {
        return new FiscalCalendar(yearEndMonth, namedQuarters, balancesAtPeriodClose, true);
    }

    static FiscalCalendar of(List<StatedTable> tables, MeasureNames names) {
        java.util.Map<StatedTable, java.util.Map<Integer, ClaimPeriod>> named = new java.util.IdentityHashMap<>();
        for (StatedTable table : tables) {
            for (int c = 0; c < table.width(); c++) {
                ClaimPeriod quarter = names.headerQuarter(table.column(c));
                if (quarter != null) {
                    named.computeIfAbsent(table, t -> new java.util.HashMap<>()).put(c, quarter);
                }
            }
        }
        boolean noInstant = tables.stream().flatMap(table -> table.periods().stream())
                .noneMatch(period -> period != null && period.instant());
        for (int months : new int[] {12, 9, 6}) {
            for (StatedTable table : tables) {
                for (Period period : table.periods()) {
                    if (period != null && !period.instant() && period.months() == months && period.end() != null) {
                        return new FiscalCalendar(monthOf(period.end().plusMonths(12 - months)), named, noInstant);
                    }
                }
            }
        }
        return new FiscalCalendar(null, named, noInstant);
    }

    /**
     * Whether a fiscal quarter can be placed: a column names its quarter itself ("Q4 2019"), or the
     * year's end is known, and it is not January, whose fiscal years some filers name after the
     * year they end in and others after the year they start in.
     */
    boolean knowsQuarters() {
        return !namedQuarters.isEmpty() || yearEndMonth != null && yearEndMonth != 1;
    }

    /** Whether the column of {@code table} states the claim's period (its low/high variant aside). */
    boolean states(ClaimPeriod claimed, StatedTable table, int column) {
        Period period = table.period(column);
        if (atClose && period != null && period.end() != null && closes(claimed, period)) {
            return true;
        }
        switch (claimed.type()) {
            case ENDED:
                if (period == null) {
                    // A column headed only "2019": the year ended in 2019, when the claim is of a year.
                    return claimed.months() == 12 && onlyYear(table.column(column)) == claimed.end().getYear();
                }
                return !period.instant() && period.months() == claimed.months() && claimed.end().equals(period.end());
            case INSTANT:
                if (period == null) {
                    return onlyYear(table.column(column)) == claimed.end().getYear()
                            && claimed.end().getMonthValue() == 12 && claimed.end().getDayOfMonth() == 31;
                }
                return period.instant() && claimed.end().equals(period.end());
            case QUARTER:
                ClaimPeriod headed = namedQuarters.getOrDefault(table, java.util.Map.of()).get(column);
                if (headed != null) {
                    return headed.quarter() == claimed.quarter() && headed.fiscalYear().equals(claimed.fiscalYear());
                }
                return period != null && !period.instant() && period.months() == 3 && period.end() != null
                        && yearEndMonth != null && quarterOf(period.end()) == claimed.quarter()
                        && java.util.Objects.equals(fiscalYearOf(period.end()), claimed.fiscalYear());
            case FISCAL_YEAR:
                if (period != null && !period.instant() && period.months() == 12 && period.end() != null) {
                    // The header's own year names the fiscal year where it gives one ("Fiscal 2024" ends February 2, 2025).
                    int named = onlyYear(table.column(column));
                    return claimed.fiscalYear() != null && claimed.fiscalYear() == (named > 0 ? named : yearNamed(period.end()));
                }
                return (period == null || period.end() == null && period.months() == 12)
                        && claimed.fiscalYear() != null && onlyYear(table.column(column)) == claimed.fiscalYear();
            default:
                return false;
        }
    }

    /**
     * Whether the column, dated only by its close, closes the claim's period (a flow's); or, for a balance, whether the
     * column is of a period it closes.
     */
    private boolean closes(ClaimPeriod claimed, Period period) {
        LocalDate end = period.end();
        switch (claimed.type()) {
            case ENDED:
                return period.instant() && claimed.end().equals(end);
            case FISCAL_YEAR:
                // A fiscal year closes in the month the documents' years end, else (none shows it) on December 31.
                boolean yearEnd = yearEndMonth != null ? monthOf(end) == yearEndMonth : end.getMonthValue() == 12 && end.getDayOfMonth() == 31;
                return period.instant() && yearEnd && claimed.fiscalYear() != null && claimed.fiscalYear() == yearNamed(end);
            case INSTANT:
                // A balance is read from the column of a period it closes only where no column of the tables is dated as
                // of a day: a document that has balance columns states its balances there. Boeing's "Total backlog of
                // $64,023 million at December 31, 2024" (a segment's, in its section) against the company's "Total
                // Backlog" in a column "Years ended December 31, 2024" of another table was the one false error the
                // reading gave on the corpus when it asked no more.
                return balancesAtPeriodClose && !period.instant() && claimed.end().equals(end);
            default:
                return false;
        }
    }

    /**
     * The latest year the tables' columns show, when every column is of a year (or an instant) and
     * one year is latest; null when a column is of a quarter or months to date, or no year is named.
     */
    static Integer latestYear(List<StatedTable> tables) {
        int latest = -1;
        for (StatedTable table : tables) {
            for (int c = 0; c < table.width(); c++) {
                Period period = table.period(c);
                if (period != null && !period.instant() && period.months() != 12) {
                    return null;
                }
                int year = period != null && period.end() != null ? yearNamed(period.end()) : onlyYear(table.column(c));
                latest = Math.max(latest, year);
            }
        }
        return latest > 0 ? latest : null;
    }

    /** A 52/53-week year ending in the first week of January is named after the year before. */
    private static int yearNamed(LocalDate end) {
        return end.getMonthValue() == 1 && end.getDayOfMonth() <= 7 ? end.getYear() - 1 : end.getYear();
    }

    private static int monthOf(LocalDate date) {
        // A 52/53-week period ending in a month's first week closes the month before.
        return date.getDayOfMonth() <= 7 ? date.minusDays(7).getMonthValue() : date.getMonthValue();
    }

    private int quarterOf(LocalDate end) {
        int monthsBeforeYearEnd = Math.floorMod(yearEndMonth - monthOf(end), 12);
        return monthsBeforeYearEnd % 3 == 0 ? 4 - monthsBeforeYearEnd / 3 : 0;
    }

    private Integer fiscalYearOf(LocalDate end) {
        int month = monthOf(end);
        int year = end.getDayOfMonth() <= 7 && end.getMonthValue() == 1 ? end.getYear() - 1 : end.getYear();
        return month > yearEndMonth ? year + 1 : year;
    }

    /** The one year a header names ("2019", "2019 €m", "Fiscal 2019"), or -1. */
    private static int onlyYear(String header) {
        java.util.regex.Matcher m = YEAR.matcher(header);
        int year = -1;
        while (m.find()) {
            if (year != -1 && year != Integer.parseInt(m.group(1))) {
                return -1;
            }
            year = Integer.parseInt(m.group(1));
        }
        return year;
    }
}
