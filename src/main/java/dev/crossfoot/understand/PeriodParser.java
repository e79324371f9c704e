package dev.crossfoot.understand;

import dev.crossfoot.model.Period;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a column header as a period: "Three months ended September 30, 2011" (a duration),
 * "September 30, 2011" or "As of December 31, 2010" (an instant), "Year ended December 31,
 * 2011", "Fiscal 2011", "Q3 2011", a range of days ("January 1 – December 31, 2023", a duration
 * ending on its last day). Returns null when the header names no period.
 */
public final class PeriodParser {

    private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d,.$])\\b((?:19|20)\\d\\d)\\b(?![\\d,.%])");
    private static final Pattern QUARTER = Pattern.compile("\\bq([1-4])\\s*(?:fy)?\\s*'?(\\d{4}|\\d{2})\\b");
    private static final Pattern VARIANT = Pattern.compile("\\b(low|high)\\b");

    /**
     * Headers already read, under the lexicon in force (it says which are non-GAAP or adjustment
     * columns): a dataset repeats the same few headers in every document, and reading one takes a
     * dozen patterns. Bounded like {@link Labels}'s memo: filers word their own headers.
     */
    private final BoundedMemo<Heard, Optional<Period>> memo = new BoundedMemo<>(10_000);

    private record Heard(Lexicon lexicon, String header) {
    }

    public Period parse(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        return memo.get(new Heard(Lexicon.current(), header), heard -> Optional.ofNullable(read(heard.header()))).orElse(null);
    }

    private Period read(String header) {
        DateWords words = Lexicon.current().dateWords();
        String text = repairMonths(header.toLowerCase(Locale.ROOT).replace('\u00a0', ' '), words.monthNames());
        String variant = null;
        Matcher variantMatch = VARIANT.matcher(text);
        if (variantMatch.find()) {
            variant = variantMatch.group(1);
        }
        String basis = basisOf(text);
        if (basis != null) {
            variant = variant == null ? basis : basis + " " + variant;
        }
        // The dates the header names, found once for its end date and for a range (two scans of every form before).
        List<DateWords.Dated> dates = words.dates(text);
        LocalDate end = endDate(text, words, dates);
        int months = lengthInMonths(text, words);
        if (months > 0) {
            return new Period(false, end, months, variant);
        }
        DateWords.Range range = words.range(text, dates);
        if (range != null) {
            // "January 1 – December 31, 2023", "du 1er janvier au 31 décembre 2023": the days between say the length.
            return new Period(false, range.end(), range.months(), variant);
        }
        Matcher quarter = QUARTER.matcher(text);
        if (quarter.find()) {
            return new Period(false, end, 3, variant);
        }
        if (end == null && words.fiscalYear(text)) {
            return new Period(false, null, 12, variant);
        }
        if (end != null) {
            return new Period(true, end, 0, variant);
        }
        return null;
    }

    /** Every full calendar date a text names ("At December 29, 2024 and December 31, 2023"), in order. */
    public List<LocalDate> datesIn(String text) {
        List<LocalDate> dates = new java.util.ArrayList<>();
        if (text == null) {
            return dates;
        }
        DateWords words = Lexicon.current().dateWords();
        for (DateWords.Dated date : words.dates(repairMonths(text.toLowerCase(Locale.ROOT).replace('\u00a0', ' '), words.monthNames()))) {
            if (date.date() != null) {
                dates.add(date.date());
            }
        }
        return dates;
    }

    /**
     * A reconciliation shows the same period as reported (GAAP), as adjusted and as non-GAAP side
     * by side: the adjusted and non-GAAP columns are variants of the period, so that nothing ties
     * them to the statement of operations. The GAAP column is the period as reported.
     */
    private static String basisOf(String text) {
        if (Lexicon.current().matches(Cue.NON_GAAP, text)) {
            return "non-gaap";
        }
        return Lexicon.current().matches(Cue.ADJUSTMENT, text) ? "adjustment" : null;
    }


    private static final Pattern WORD = Pattern.compile("\\p{L}{6,}");

    /**
     * A month name whose first letters a PDF extraction split off or garbled ("S|eptember",
     * "Sej|ptember" → "sejptember") is known by its last six or more letters when only one month
     * ends that way. The names are every language's ({@link DateWords#monthNames()}).
     */
    static String repairMonths(String text) {
        return repairMonths(text, Lexicon.current().dateWords().monthNames());
    }

    static String repairMonths(String text, List<String> monthNames) {
        Matcher word = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (word.find()) {
            String found = word.group();
            String month = null;
            if (!monthNames.contains(found)) {
                for (int length = found.length(); length >= 6 && month == null; length--) {
                    String tail = found.substring(found.length() - length);
                    List<String> matching = monthNames.stream().filter(name -> name.endsWith(tail)).toList();
                    if (matching.size() == 1) {
                        month = matching.get(0);
                    }
                }
            }
            word.appendReplacement(out, Matcher.quoteReplacement(month == null ? found : month));
        }
        word.appendTail(out);
        return out.toString();
    }

    /**
     * The date the header ends on. A header combined from rows may name several: "For the 13 Weeks
     * Ended July 3, 2004 and June 28, 2003" over a column headed "2003" reports the date of 2003, and
     * "June 30, 2024 and 2023" over "2023" reports June 30, 2023. The column's own year is the bare
     * year that ends the header; without one, the first date is the end.
     */
    private static LocalDate endDate(String text, DateWords words, List<DateWords.Dated> found) {
        List<LocalDate> dates = new java.util.ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        int afterFirst = -1;
        for (DateWords.Dated date : found) {
            afterFirst = afterFirst < 0 ? date.end() : afterFirst;
            if (date.date() != null) {
                // A form that matched where the calendar has no such day (or no month of that name) gives no date.
                dates.add(date.date());
            }
            rest.append(text, last, date.start()).append(' ');
            last = date.end();
        }
        rest.append(text.substring(last));
        if (!dates.isEmpty()) {
            Integer own = ownYear(text, rest.toString());
            if (own == null || dates.size() == 1 && dates.get(0).getYear() == own) {
                return dates.get(0);
            }
            for (LocalDate candidate : dates) {
                if (candidate.getYear() == own) {
                    return candidate;
                }
            }
            if (LISTED_YEAR.matcher(text.substring(afterFirst)).find()) {
                try {
                    return dates.get(0).withYear(own);
                } catch (DateTimeException invalid) {
                    return null;
                }
            }
            return dates.get(0);
        }
        // A form matched where the calendar has no such day: the month named there is no month-end either.
        String outside = rest.toString();
        java.time.MonthDay monthDay = words.monthDay(outside);
        Integer own = ownYear(text, text);
        if (monthDay != null && own != null) {
            // "Fiscal years ended June 30 Pension Benefits 2025": the month and day over the column's year.
            try {
                return LocalDate.of(own, monthDay.getMonthValue(), monthDay.getDayOfMonth());
            } catch (DateTimeException invalid) {
                return null;
            }
        }
        YearMonth monthYear = words.monthYear(outside);
        return monthYear == null ? null : monthYear.atEndOfMonth();
    }

    /** "… 2024 and 2023": years listed after a date, one per column below. */
    private static final Pattern LISTED_YEAR = Pattern.compile("^\\s*(?:,\\s*)?(?:and|&)\\s+(?:19|20)\\d\\d\\b");

    /** The bare year that ends a header outside its dates ("… June 28, 2003 2004" → 2004), or null. */
    private static Integer ownYear(String text, String outsideDates) {
        Matcher year = BARE_YEAR.matcher(outsideDates);
        String found = null;
        while (year.find()) {
            found = year.group(1);
        }
        if (found == null || !FootnoteMarks.stripTrailing(text, PeriodParser::wordCharacters, "*†‡").endsWith(found)) {
            return null;
        }
        return Integer.parseInt(found);
    }

    /** What {@code \\w} matches: ASCII letters, digits and the underscore. */
    private static boolean wordCharacters(String inside) {
        return inside.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_'));
    }

    private static int lengthInMonths(String text, DateWords words) {
        int months = words.lengthInMonths(text);
        if (months > 0) {
            return months;
        }
        if (Lexicon.current().matches(Cue.YEAR_PERIOD, text)) {
            return 12;
        }
        return Lexicon.current().matches(Cue.QUARTER_PERIOD, text) ? 3 : 0;
    }
}
