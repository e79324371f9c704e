package dev.crossfoot.read;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes one column header of the header rows stacked above a column, so that it names the
 * column's period as a reader of the printed page understands it:
 * <ul>
 *   <li>the texts over the column, top to bottom, joined ("Three Months Ended" spanning two
 *       columns, "September 28," and "2024" → "Three Months Ended September 28, 2024");</li>
 *   <li>a period phrase in the stub (the header rows' label column: "Years ended December 31
 *       (in millions)" beside "2024 2023 2022") heads every column that names no period itself;
 *       the unit caption in parentheses is no part of it;</li>
 *   <li>a header that is only a bare year ("2024", under "Years Ended" with no date) ends on the
 *       fiscal year-end the table's title or the document says ("for the years ended June 30"),
 *       when that year-end is the last day of a month. A 52/53-week year ends on a different day
 *       each year, so a year-end that is not a month-end fills nothing, nor does "Fiscal 2024"
 *       (which may end early in the next calendar year).</li>
 * </ul>
 */
final class ColumnHeaders {

    private static final List<String> MONTH_NAMES = List.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December");
    private static final Pattern ONLY_YEAR = Pattern.compile("^((?:19|20)\\d\\d)(\\s*\\(\\w{1,3}\\))?$");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    /*
     * Compiled once: asked of every header of every table (String.matches, replaceAll and split compiled them for each
     * header). Runs of white space are folded by Spaces.asOne, which replaces each run of what a pattern's \s matches
     * by one space as replaceAll("\\s+", " ") did.
     */
    private static final Pattern NAMES_YEAR = Pattern.compile("(?s).*\\b(?:19|20)\\d\\d\\b.*");
    private static final Pattern FOUR_DIGITS = Pattern.compile(".*\\d{4}.*");
    private static final Pattern YEARS = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    private static final Pattern FULL_DATE = Pattern.compile(
            "\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DATED_PERIOD = Pattern.compile(
            "\\b(?:as of|as at|(?:for )?the (?:fiscal )?(?:years?|quarters?|(?:three|six|nine|twelve|3|6|9|12)[- ]months?|\\d{2}[- ]weeks?) end(?:ed|ing))\\s+"
                    + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2},?\\s+(?:19|20)\\d\\d\\b",
            Pattern.CASE_INSENSITIVE);

    private ColumnHeaders() {
    }

    /**
     * The period a sentence or title above a table names for all of it ("… on the balance sheet as
     * of December 31, 2024:", "for the year ended December 31, 2024"), when it names exactly one
     * date; empty otherwise.
     */
    static String periodAbove(String text) {
        Matcher dates = FULL_DATE.matcher(text);
        int count = 0;
        while (dates.find()) {
            count++;
        }
        if (count != 1) {
            return "";
        }
        Matcher period = DATED_PERIOD.matcher(text);
        return period.find() ? period.group() : "";
    }

    /** Whether a header names a date or a year of its own. */
    static boolean dated(String header) {
        return dated(header, HeaderWords.english());
    }

    static boolean dated(String header, HeaderWords words) {
        return words.namesDayOfMonth(header) || NAMES_YEAR.matcher(header).matches();
    }

    /** The texts over one column, top to bottom, as one header. */
    static String combine(List<String> parts) {
        return Spaces.asOne(String.join(" ", parts.stream().map(String::strip).filter(part -> !part.isEmpty()).toList()));
    }

    /**
     * The stub's period phrase (parenthesised captions removed) when it names a period:
     * "years ended December 31 (in millions, except per share data)" → "years ended December 31";
     * empty when it names none.
     */
    static String stubPeriod(String stub) {
        return stubPeriod(stub, HeaderWords.english());
    }

    static String stubPeriod(String stub, HeaderWords words) {
        String text = Spaces.asOne(PARENTHESES.matcher(stub).replaceAll(" ")).strip();
        return words.namesPeriod(text) || words.namesDayOfMonth(text) && !FOUR_DIGITS.matcher(text).matches()
                ? text : "";
    }

    /** A column's header with the stub's period phrase before it, unless the header names a period of its own. */
    static String withStub(String header, String stubPeriod) {
        return withStub(header, stubPeriod, HeaderWords.english());
    }

    static String withStub(String header, String stubPeriod, HeaderWords words) {
        if (stubPeriod.isEmpty() || words.namesPeriod(header) || words.namesDayOfMonth(header)) {
            return header;
        }
        return combine(List.of(stubPeriod, header));
    }

    /**
     * The month-end a fiscal year ends on, as the first "year(s) ended …" of the text names it ("for
     * the years ended June 30"); null when that names no month-end or there is none.
     */
    static MonthDay yearEndIn(String text) {
        return yearEndIn(text, HeaderWords.english());
    }

    /** The first year-end the text names in the words of its language; of the language's patterns, the first that matches. */
    static MonthDay yearEndIn(String text, HeaderWords words) {
        for (Pattern yearEnd : words.yearEnds()) {
            Matcher matcher = yearEnd.matcher(text);
            if (matcher.find()) {
                return yearEndOf(words.month(matcher), matcher.group("day"));
            }
        }
        return null;
    }

    /** The fiscal year-end of a document's body text: its first "year ended <month> <day>" ({@link LeadingText}). */
    static MonthDay yearEndIn(org.jsoup.nodes.Element body, HeaderWords words) {
        for (Pattern yearEnd : words.yearEnds()) {
            java.util.regex.MatchResult first = LeadingText.firstMatch(body, yearEnd);
            if (first != null) {
                // The match again, for its named groups.
                Matcher again = yearEnd.matcher(first.group());
                return again.find() ? yearEndOf(words.month(again), again.group("day")) : null;
            }
        }
        return null;
    }

    /** The year-end a month and day name, or null where they name no month's end. */
    private static MonthDay yearEndOf(Integer month, String dayOfMonth) {
        if (month == null) {
            return null;
        }
        try {
            MonthDay day = MonthDay.of(month, Integer.parseInt(dayOfMonth));
            // The first year-end named decides: a 52/53-week year ("December 29") fills no other year.
            return isMonthEnd(day) ? day : null;
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    private static boolean isMonthEnd(MonthDay day) {
        return day.getDayOfMonth() == day.getMonth().maxLength()
                || day.getMonthValue() == 2 && day.getDayOfMonth() == 28;
    }

    /**
     * A header whose only date is a bare year, with the fiscal year-end before it: "Years ended 2024"
     * with a June 30 year-end → "Years ended June 30, 2024". Anything else stays as it is.
     */
    static String completeYear(String header, MonthDay yearEnd) {
        return completeYear(header, yearEnd, HeaderWords.english());
    }

    static String completeYear(String header, MonthDay yearEnd, HeaderWords said) {
        if (yearEnd == null) {
            return header;
        }
        int at = bareYearAt(header, said);
        if (at < 0) {
            return header;
        }
        String[] words = header.strip().split(" ");
        String date = MONTH_NAMES.get(yearEnd.getMonthValue() - 1) + " " + yearEnd.getDayOfMonth() + ",";
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < words.length; w++) {
            out.append(out.length() == 0 ? "" : " ").append(w == at ? date + " " + words[w] : words[w]);
        }
        return out.toString();
    }

    /**
     * Whether {@link #completeYear} changes the header for a year-end (any: which one decides only the date it
     * writes): a caller that has no year-end at hand need not work one out for a header that keeps its text anyway.
     */
    static boolean completable(String header, HeaderWords said) {
        return bareYearAt(header, said) >= 0;
    }

    /**
     * The word (of the header's words split at spaces) that is its only date, a bare year, where the year-end goes
     * before it; -1 where the header names a day of the month, a fiscal year, more than one year or none alone.
     */
    private static int bareYearAt(String header, HeaderWords said) {
        if (said.namesDayOfMonth(header)) {
            return -1;
        }
        String[] words = header.strip().split(" ");
        String last = words[words.length - 1];
        int at = words.length - 1;
        if (!ONLY_YEAR.matcher(last).matches() && words.length >= 2 && ONLY_YEAR.matcher(words[words.length - 2] + " " + last).matches()) {
            at = words.length - 2;
        }
        if (!ONLY_YEAR.matcher(words[at]).matches() || said.fiscalYear(header)
                || YEARS.split(header.strip(), -1).length > 2) {
            return -1;
        }
        return at;
    }
}
