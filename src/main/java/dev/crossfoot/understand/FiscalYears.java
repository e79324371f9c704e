package dev.crossfoot.understand;

import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the columns of an annual report's statements that are headed only by a fiscal year ("2024",
 * "Fiscal 2024"), when the year ends on no fixed month-end: a 52/53-week year ends on the same
 * weekday near the same date each year (Johnson &amp; Johnson's fiscal 2024 ended on December 29,
 * 2024, fiscal 2023 on December 31, 2023 and fiscal 2022 on January 1, 2023; Home Depot's fiscal
 * 2024 on February 2, 2025).
 * <p>
 * The year-ends the document names are the anchor: the balance sheet's dates, the ends of its
 * twelve-month columns and the dates in the statements' titles. The newest fiscal-year column
 * ends on the newest of them; each older one on the named date nearest a whole number of years
 * before, within ten days. A year no date names is extrapolated a year back from the next one:
 * the same weekday nearest the same day (or the month-end, when the anchor is one), a best
 * estimate that is a week off when the year had 53 weeks. Only annual reports (form 10-K, 20-F, 40-F) are dated this
 * way, and only recognised statements: a "2025" column in a note is as likely a maturity year.
 */
public final class FiscalYears {

    private static final Pattern YEAR_ONLY = Pattern.compile(
            "^(?:(?:fiscal|fy)\\s*(?:year\\s*)?|(?:for the )?(?:fiscal )?years? end(?:ed|ing)\\s*)?((?:19|20)\\d\\d)\\s*(?:\\(\\w{1,3}\\)|[*†‡]+)?$");
    private static final int NEAR_DAYS = 10;

    private final PeriodParser parser = new PeriodParser();

    public List<StatementTable> date(List<StatementTable> tables) {
        if (tables.isEmpty() || !annual(tables.get(0).document().form())) {
            return tables;
        }
        TreeSet<LocalDate> named = namedYearEnds(tables);
        int newestYear = Integer.MIN_VALUE;
        for (StatementTable table : tables) {
            for (int c = 0; c < table.width(); c++) {
                Integer year = undatedYear(table, c);
                if (year != null) {
                    newestYear = Math.max(newestYear, year);
                }
            }
        }
        if (named.isEmpty() || newestYear == Integer.MIN_VALUE) {
            return tables;
        }
        LocalDate anchor = named.last();
        List<StatementTable> dated = new ArrayList<>();
        for (StatementTable table : tables) {
            dated.add(dateTable(table, anchor, newestYear, named));
        }
        return dated;
    }

    private static boolean annual(String form) {
        String normal = form == null ? "" : form.toUpperCase(Locale.ROOT);
        return normal.startsWith("10-K") || normal.startsWith("20-F") || normal.startsWith("40-F");
    }

    private static boolean statement(StatementKind kind) {
        return kind == StatementKind.BALANCE_SHEET || kind == StatementKind.INCOME || kind == StatementKind.CASH_FLOW
                || kind == StatementKind.EQUITY;
    }

    /** The fiscal year a column names, when that is all its header says and no date was read from it. */
    private static Integer undatedYear(StatementTable table, int column) {
        if (!statement(table.kind()) || column >= table.table().columns().size()) {
            return null;
        }
        Period period = table.period(column);
        if (period != null && period.end() != null) {
            return null;
        }
        Matcher year = YEAR_ONLY.matcher(table.table().column(column).strip().toLowerCase(Locale.ROOT));
        return year.matches() ? Integer.parseInt(year.group(1)) : null;
    }

    private TreeSet<LocalDate> namedYearEnds(List<StatementTable> tables) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (StatementTable table : tables) {
            if (!statement(table.kind())) {
                continue;
            }
            for (int c = 0; c < table.width(); c++) {
                Period period = table.period(c);
                if (period != null && period.end() != null
                        && (period.instant() && table.kind() == StatementKind.BALANCE_SHEET || period.months() == 12)) {
                    dates.add(period.end());
                }
            }
            dates.addAll(parser.datesIn(table.table().title()));
        }
        return dates;
    }

    private static StatementTable dateTable(StatementTable table, LocalDate anchor, int newestYear, TreeSet<LocalDate> named) {
        List<Period> periods = new ArrayList<>(table.periods());
        boolean changed = false;
        for (int c = 0; c < periods.size(); c++) {
            Integer year = undatedYear(table, c);
            if (year == null) {
                continue;
            }
            LocalDate end = yearEnd(anchor, newestYear - year, named);
            String variant = periods.get(c) == null ? null : periods.get(c).variant();
            periods.set(c, table.kind() == StatementKind.BALANCE_SHEET ? new Period(true, end, 0, variant)
                    : new Period(false, end, 12, variant));
            changed = true;
        }
        return changed ? new StatementTable(table.document(), table.table(), table.tableIndex(), table.kind(), periods,
                table.rows()) : table;
    }

    /**
     * The end of the fiscal year {@code yearsBefore} years before the one ending on the anchor: a
     * named date near it, else one year back from the year after it, on the same weekday (or month-end).
     */
    static LocalDate yearEnd(LocalDate anchor, int yearsBefore, TreeSet<LocalDate> named) {
        if (yearsBefore <= 0) {
            return anchor;
        }
        LocalDate target = anchor.minusYears(yearsBefore);
        LocalDate nearest = null;
        for (LocalDate date : named) {
            long distance = Math.abs(ChronoUnit.DAYS.between(date, target));
            if (distance <= NEAR_DAYS && (nearest == null || distance < Math.abs(ChronoUnit.DAYS.between(nearest, target)))) {
                nearest = date;
            }
        }
        if (nearest != null) {
            return nearest;
        }
        LocalDate later = yearEnd(anchor, yearsBefore - 1, named).minusYears(1);
        if (anchor.getDayOfMonth() == anchor.lengthOfMonth()) {
            return later.withDayOfMonth(later.lengthOfMonth());
        }
        return nearestWeekday(later, anchor.getDayOfWeek());
    }

    private static LocalDate nearestWeekday(LocalDate target, DayOfWeek weekday) {
        int forward = (weekday.getValue() - target.getDayOfWeek().getValue() + 7) % 7;
        return forward <= 3 ? target.plusDays(forward) : target.minusDays(7 - forward);
    }
}
