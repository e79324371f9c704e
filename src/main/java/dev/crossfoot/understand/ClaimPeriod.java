package dev.crossfoot.understand;

import java.time.LocalDate;

/**
 * The period a claim in the text is stated for, as the words say it: a fiscal quarter ("the third
 * quarter of fiscal 2011"), a fiscal year ("fiscal 2019", "the full year", "in 2018"), a period
 * ending on a date ("the nine months ended September 30, 2011", "the year ended December 31,
 * 2007") or an instant ("as of December 31, 2019").
 *
 * @param quarter 1–4 for a fiscal quarter, else 0
 * @param fiscalYear the fiscal year named (the calendar year it ends in), or null when not said
 * @param months the length of a period ending on {@code end}; 12 for a fiscal year; 0 for an instant
 * @param end the date a period ends on, when the words give it
 * @param text the words, as written
 */
public record ClaimPeriod(Type type, int quarter, Integer fiscalYear, int months, LocalDate end, String text) {

    /** {@code YEAR_BEFORE}: "the same period last year", a period only once the one it is a year before is known. */
    public enum Type { QUARTER, FISCAL_YEAR, ENDED, INSTANT, YEAR_BEFORE }

    public static ClaimPeriod quarter(int quarter, Integer fiscalYear, String text) {
        return new ClaimPeriod(Type.QUARTER, quarter, fiscalYear, 3, null, text);
    }

    public static ClaimPeriod fiscalYear(Integer fiscalYear, String text) {
        return new ClaimPeriod(Type.FISCAL_YEAR, 0, fiscalYear, 12, null, text);
    }

    public static ClaimPeriod ended(int months, LocalDate end, String text) {
        return new ClaimPeriod(Type.ENDED, 0, end.getYear(), months, end, text);
    }

    /**
     * "The first six months of 2025": months of a year to a date the words do not give. Not placed:
     * which column it is would need the fiscal year's end, and it is never the year itself.
     */
    static ClaimPeriod monthsToDate(int months, String text) {
        return new ClaimPeriod(Type.ENDED, 0, null, months, null, text);
    }

    public static ClaimPeriod instant(LocalDate end, String text) {
        return new ClaimPeriod(Type.INSTANT, 0, end.getYear(), 0, end, text);
    }

    /** "the same period last year", "year over year": said relative to the period of its sentence. */
    static ClaimPeriod yearBefore(String text) {
        return new ClaimPeriod(Type.YEAR_BEFORE, 0, null, 0, null, text);
    }

    /**
     * "the same period in 2024": the period of its sentence, in the year named (kept in {@code fiscalYear}, which
     * places nothing until the period it stands beside is known).
     */
    static ClaimPeriod samePeriodIn(int year, String text) {
        return new ClaimPeriod(Type.YEAR_BEFORE, 0, year, 0, null, text);
    }

    public boolean relative() {
        return type == Type.YEAR_BEFORE;
    }

    /**
     * The period a relative one stands for beside {@code of}: the same period a year earlier (the
     * fourth quarter of fiscal 2018 beside that of 2019). A period that is not relative is itself;
     * null when {@code of} is not known.
     */
    ClaimPeriod besides(ClaimPeriod of) {
        if (!relative()) {
            return this;
        }
        if (of == null || of.relative() || !of.placed()) {
            return null;
        }
        if (fiscalYear != null) {
            // "compared with the same period in 2024" beside the six months ended June 30, 2025: those ended June 30, 2024.
            return of.inAnotherYear(fiscalYear, text);
        }
        ClaimPeriod before = switch (of.type) {
            case QUARTER -> quarter(of.quarter, of.fiscalYear - 1, text);
            case FISCAL_YEAR -> fiscalYear(of.fiscalYear - 1, text);
            case ENDED -> ended(of.months, of.end.minusYears(1), text);
            case INSTANT -> instant(of.end.minusYears(1), text);
            default -> null;
        };
        return before;
    }

    /**
     * The same kind of period in another year: "2024" listed after "as of January 31, 2025" is
     * January 31, 2024; after "fiscal 2025", fiscal 2024. Null for a period that is not placed or not
     * of a year (the first six months of a year not said).
     */
    ClaimPeriod inAnotherYear(int year, String text) {
        if (!placed()) {
            return null;
        }
        return switch (type) {
            case QUARTER -> quarter(quarter, year, text);
            case FISCAL_YEAR -> fiscalYear(year, text);
            case ENDED -> end == null ? null : ended(months, end.plusYears(year - end.getYear()), text);
            case INSTANT -> instant(end.plusYears(year - end.getYear()), text);
            default -> null;
        };
    }

    /** This period in a year the context gives, when the words named none ("the fourth quarter"). */
    ClaimPeriod inYear(Integer year) {
        return fiscalYear != null || year == null || relative() || type == Type.ENDED ? this : new ClaimPeriod(type, quarter, year, months, end, text);
    }

    /**
     * The year before, for a year: what "increased $16.9 million in fiscal 2019" is measured from
     * when the text names no other period (a year's change has no other sense). Null for a quarter
     * (year over year or sequential?) or an instant (from when?), which the text must name.
     */
    public ClaimPeriod yearBefore() {
        if (type == Type.FISCAL_YEAR && fiscalYear != null) {
            return fiscalYear(fiscalYear - 1, "fiscal " + (fiscalYear - 1) + " (the year before)");
        }
        if (type == Type.ENDED && months == 12 && end != null) {
            return ended(12, end.minusYears(1), "the year before");
        }
        return null;
    }

    /** Whether the period is known well enough to find its column: a year is named or implied. */
    public boolean placed() {
        return fiscalYear != null && type != Type.YEAR_BEFORE;
    }

    @Override
    public String toString() {
        return switch (type) {
            case QUARTER -> "quarter " + quarter + " of fiscal " + (fiscalYear == null ? "?" : fiscalYear);
            case FISCAL_YEAR -> "fiscal " + (fiscalYear == null ? "?" : fiscalYear);
            case ENDED -> months + " months " + (end == null ? "to a date not said" : "ended " + end);
            case INSTANT -> "as of " + end;
            case YEAR_BEFORE -> fiscalYear == null ? "a year before" : "the same period in " + fiscalYear;
        };
    }
}
