package dev.crossfoot.understand;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words column headers name periods with, in every language the lexicon holds: month names and
 * their abbreviations ({@link Cue#MONTH}), the forms dates are written in ({@link Cue#DATE_FORM}:
 * "month day, year", "day. month year", "day.mm.year"), numbers of months in words and the units
 * they count ({@link Cue#PERIOD_COUNT}, {@link Cue#MONTHS_UNIT}…). The code keeps the mechanism:
 * a form says in which order day, month and year stand, and the month's name says its number.
 * Made once per lexicon ({@link Lexicon#dateWords()}).
 */
public final class DateWords {

    /** A date a text names at [start, end): null {@code date} where the form matched but no day of the calendar is named. */
    public record Dated(int start, int end, LocalDate date) {
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private final Lexicon lexicon;
    private final List<Pattern> forms;
    /** The date forms without their year, each ending where the text before a range's connector ends ("January 1", "1. Januar", "1er janvier"). */
    private final List<Pattern> startsOfRange;
    /** Per language, its date forms without the year whose month is a name ("December 31", "31. Dezember"), anywhere in a text. */
    private final java.util.Map<String, List<Pattern>> daysOfMonth;
    /** A range's connector at the end of the text before its last date ("… – ", "… bis ", "… au "). */
    private final Pattern rangeTo;
    private final Pattern monthYear;
    private final Pattern monthDay;
    private final Pattern length;
    private final Pattern fiscalYear;
    /** The months' full names ("september", "décembre"), for repairing a name an extraction garbled. */
    private final List<String> monthNames;

    DateWords(Lexicon lexicon) {
        this.lexicon = lexicon;
        String month = alternation(lexicon, Cue.MONTH);
        String daySuffix = lexicon.entries(Cue.DAY_SUFFIX).stream().map(entry -> Pattern.quote(entry.text().toLowerCase(java.util.Locale.ROOT)))
                .distinct().reduce((a, b) -> a + "|" + b).orElse("");
        this.forms = lexicon.entries(Cue.DATE_FORM).stream().map(entry -> form(entry.text(), month, daySuffix, true)).toList();
        this.startsOfRange = lexicon.entries(Cue.DATE_FORM).stream()
                .map(entry -> Pattern.compile("(?:" + form(withoutYear(entry.text()), month, daySuffix, false).pattern() + ")\\.?\\s*$", FLAGS))
                .toList();
        java.util.Map<String, List<Pattern>> days = new java.util.HashMap<>();
        for (Lexicon.Entry entry : lexicon.entries(Cue.DATE_FORM)) {
            if (!entry.text().contains("mm")) {
                days.computeIfAbsent(entry.language(), l -> new ArrayList<>()).add(form(withoutYear(entry.text()), month, daySuffix, false));
            }
        }
        this.daysOfMonth = days;
        this.rangeTo = Pattern.compile("\\s*(?:" + alternation(lexicon, Cue.RANGE_TO) + ")\\s*$", FLAGS);
        this.monthYear = Pattern.compile("\\b(?<month>" + month + ")\\.?,?\\s+(\\d{4})\\b", FLAGS);
        this.monthDay = Pattern.compile("\\b(?<month>" + month + ")\\.?\\s+(\\d{1,2})\\b(?!\\s*,?\\s*\\d)", FLAGS);
        this.length = Pattern.compile("\\b(\\d{1,2}|" + alternation(lexicon, Cue.PERIOD_COUNT) + ")[- ](?:(?<months>"
                + alternation(lexicon, Cue.MONTHS_UNIT) + ")|(?<weeks>" + alternation(lexicon, Cue.WEEKS_UNIT) + ")|(?<quarters>"
                + alternation(lexicon, Cue.QUARTERS_UNIT) + "))", FLAGS);
        this.fiscalYear = Pattern.compile("(?:" + alternation(lexicon, Cue.FISCAL_YEAR) + ")\\s*(\\d{4})\\b", FLAGS);
        this.monthNames = lexicon.entries(Cue.MONTH).stream().map(Lexicon.Entry::text)
                .filter(name -> name.chars().allMatch(Character::isLetter)).distinct().toList();
    }

    /**
     * A date form as a pattern: {@code day}, {@code month} (a name: {@code monthNames}, a regex),
     * {@code mm} (the month's number) and {@code year}, each once, in the order they are written;
     * between them punctuation as written ("." and "/" required, "," optional) and spaces.
     */
    static Pattern form(String text, String monthNames) {
        return form(text, monthNames, "", true);
    }

    /**
     * A date form as a pattern, the day's number perhaps followed by a suffix ({@code daySuffix}, an
     * alternation: "1er"), the year required or left out ({@link #withoutYear}).
     */
    static Pattern form(String text, String monthNames, String daySuffix, boolean needsYear) {
        Matcher token = Pattern.compile("day|month|mm|year|[.,/-]|\\s+").matcher(text.strip());
        StringBuilder regex = new StringBuilder("\\b");
        int at = 0;
        boolean day = false;
        boolean month = false;
        boolean year = false;
        boolean afterPunctuation = false;
        String stripped = text.strip();
        while (at < stripped.length()) {
            if (!token.find(at) || token.start() != at) {
                throw new IllegalArgumentException("a date form is day, month (or mm) and year with punctuation between: \""
                        + text + "\" has '" + stripped.substring(at) + "'");
            }
            String part = token.group();
            switch (part) {
                case "day" -> {
                    day = once(day, part, text);
                    regex.append("(?<day>\\d{1,2})").append(daySuffix.isEmpty() ? "" : "(?:" + daySuffix + ")?");
                }
                case "month" -> {
                    month = once(month, part, text);
                    regex.append("(?<month>").append(monthNames).append(")\\.?");
                }
                case "mm" -> {
                    month = once(month, part, text);
                    regex.append("(?<mm>\\d{1,2})");
                }
                case "year" -> {
                    year = once(year, part, text);
                    regex.append("(?<year>\\d{4})");
                }
                case "," -> regex.append("(?:,\\d(?=\\s))?,?");
                default -> {
                    if (part.isBlank()) {
                        regex.append(afterPunctuation ? "\\s*" : "\\s+");
                    } else {
                        regex.append(Pattern.quote(part));
                    }
                }
            }
            afterPunctuation = !part.isBlank() && !Character.isLetter(part.charAt(0));
            at = token.end();
        }
        if (!day || !month || !year && needsYear) {
            throw new IllegalArgumentException("a date form names the day, the month (or mm) and the year: \"" + text + "\"");
        }
        return Pattern.compile(regex.append("\\b").toString(), FLAGS);
    }

    /** A date form without its year and the punctuation that joins it: "month day, year" → "month day", "day. month year" → "day. month". */
    static String withoutYear(String form) {
        return form.strip().replaceFirst("[\\s.,/-]*year$", "").replaceFirst("^year[\\s.,/-]*", "").replaceFirst("[\\s.,/-]*year[\\s.,/-]*", " ");
    }

    private static boolean once(boolean seen, String part, String text) {
        if (seen) {
            throw new IllegalArgumentException("'" + part + "' twice in the date form \"" + text + "\"");
        }
        return true;
    }

    /** Every phrase of the cue as one alternation, the longest first; a pattern that matches nothing where none is given. */
    private static String alternation(Lexicon lexicon, Cue cue) {
        List<String> phrases = lexicon.entries(cue).stream()
                .sorted(Comparator.comparingInt((Lexicon.Entry entry) -> entry.text().length()).reversed())
                .map(entry -> entry.pattern().pattern()).distinct().toList();
        return phrases.isEmpty() ? "(?!)" : "(?:" + String.join("|", phrases) + ")";
    }

    /** The number a valued cue's phrase stands for (the month of "Mär.", the count of "drei"), or null. */
    Integer value(Cue cue, String word) {
        for (Lexicon.Entry entry : lexicon.entries(cue)) {
            if (entry.pattern().matcher(word).matches()) {
                return entry.value();
            }
        }
        return null;
    }

    /**
     * The full dates a text names, in order, none inside another: of the forms that match at the
     * same place the longest. A form that matches where no day of the calendar is named (the 31st
     * of February, a month name no form knows) gives a null date.
     */
    public List<Dated> dates(String text) {
        List<Dated> found = new ArrayList<>();
        for (Pattern form : forms) {
            Matcher m = form.matcher(text);
            while (m.find()) {
                found.add(new Dated(m.start(), m.end(), date(m)));
            }
        }
        found.sort(Comparator.comparingInt(Dated::start).thenComparing(Comparator.comparingInt(Dated::end).reversed()));
        List<Dated> apart = new ArrayList<>();
        for (Dated dated : found) {
            if (apart.isEmpty() || dated.start() >= apart.get(apart.size() - 1).end()) {
                apart.add(dated);
            }
        }
        return apart;
    }

    /**
     * Whether the text is one full date from its start and, after it, nothing but colons, full stops and
     * white space ("March 28, 2025", "November 30, 2009:"): a line named by a date alone. Asked of every
     * balance candidate of every reading of every total (a roll-forward's movements end at the last
     * balance), the same few labels many times over: an SEC quarter asked 5,577 times a pass of 476
     * texts, each matched against every date form. So the answer is kept per text ({@link BoundedMemo}).
     */
    public boolean onlyADate(String text) {
        return onlyADate.get(text, this::worksOutOnlyADate);
    }

    private final BoundedMemo<String, Boolean> onlyADate = new BoundedMemo<>(10_000);

    /** {@link #onlyADate} worked out afresh. */
    boolean worksOutOnlyADate(String text) {
        List<Dated> dates = dates(text);
        if (dates.size() != 1 || dates.get(0).start() != 0 || dates.get(0).date() == null) {
            return false;
        }
        return text.substring(dates.get(0).end()).chars().allMatch(c -> c == ':' || c == '.' || Character.isWhitespace(c));
    }

    /** A period written as the range of its first and last day, with its last day and its length in months. */
    public record Range(LocalDate end, int months) {
    }

    /**
     * The first period a text writes as a range ending on a full date ("January 1 – December 31,
     * 2023", "1. Januar bis 31. Dezember 2023", "du 1er janvier au 31 décembre 2023"): the first
     * day is a date of any form, with or without its year, and a connector of the lexicon
     * ({@link Cue#RANGE_TO}) stands between the two. The first day without a year is in the last
     * day's year, or the year before where it falls after the last day. The length is the days
     * between, in months of the calendar's mean length (a 52-week year is twelve). Null when the
     * text writes no range.
     */
    public Range range(String text) {
        return range(text, dates(text));
    }

    /**
     * As {@link #range(String)}, given the text's {@link #dates} (a header's reading asks them for its end date too:
     * found once, not again for the range).
     */
    Range range(String text, List<Dated> full) {
        for (int i = 0; i < full.size(); i++) {
            Dated last = full.get(i);
            if (last.date() == null) {
                continue;
            }
            String before = text.substring(i > 0 ? full.get(i - 1).end() : 0, last.start());
            Matcher to = rangeTo.matcher(before);
            if (!to.find()) {
                continue;
            }
            LocalDate first = null;
            String head = before.substring(0, to.start());
            if (i > 0 && head.isBlank() && full.get(i - 1).date() != null) {
                first = full.get(i - 1).date();
            } else {
                for (Pattern start : startsOfRange) {
                    Matcher m = start.matcher(head);
                    if (m.find()) {
                        first = dayInYear(m, last.date());
                        if (first != null) {
                            break;
                        }
                    }
                }
            }
            if (first != null && first.isBefore(last.date())) {
                long days = java.time.temporal.ChronoUnit.DAYS.between(first, last.date().plusDays(1));
                int months = (int) Math.round(days / 30.436875);
                if (months > 0) {
                    return new Range(last.date(), months);
                }
            }
        }
        return null;
    }

    /** The first day a form without its year names, in the last day's year or the year before. */
    private LocalDate dayInYear(Matcher m, LocalDate last) {
        Integer month = m.pattern().pattern().contains("(?<mm>") ? Integer.valueOf(m.group("mm")) : value(Cue.MONTH, m.group("month"));
        if (month == null) {
            return null;
        }
        try {
            LocalDate first = LocalDate.of(last.getYear(), month, Integer.parseInt(m.group("day")));
            return first.isAfter(last) ? first.minusYears(1) : first;
        } catch (DateTimeException | NumberFormatException invalid) {
            return null;
        }
    }

    private LocalDate date(Matcher m) {
        Integer month = m.pattern().pattern().contains("(?<mm>") ? Integer.valueOf(m.group("mm")) : value(Cue.MONTH, m.group("month"));
        if (month == null) {
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group("year")), month, Integer.parseInt(m.group("day")));
        } catch (DateTimeException | NumberFormatException invalid) {
            return null;
        }
    }

    /** "December 2023", "Dezember 2023": the month and year a text names first, or null. */
    public java.time.YearMonth monthYear(String text) {
        Matcher m = monthYear.matcher(text);
        if (m.find()) {
            Integer month = value(Cue.MONTH, m.group("month"));
            return month == null ? null : java.time.YearMonth.of(Integer.parseInt(m.group(2)), month);
        }
        return null;
    }

    /** "June 30" with no year after it: the month and day a text names first, or null. */
    public java.time.MonthDay monthDay(String text) {
        Matcher m = monthDay.matcher(text);
        if (m.find()) {
            Integer month = value(Cue.MONTH, m.group("month"));
            try {
                return month == null ? null : java.time.MonthDay.of(month, Integer.parseInt(m.group(2)));
            } catch (DateTimeException invalid) {
                return null;
            }
        }
        return null;
    }

    /** The length in months a text names first ("three months", "13 weeks", "drei Monate", "neuf mois"), or 0. */
    public int lengthInMonths(String text) {
        Matcher m = length.matcher(text);
        if (!m.find()) {
            return 0;
        }
        String count = m.group(1);
        Integer n = count.chars().allMatch(Character::isDigit) ? Integer.valueOf(count) : value(Cue.PERIOD_COUNT, count);
        if (n == null) {
            return 0;
        }
        if (m.group("weeks") != null) {
            return Math.max(1, Math.round(n * 12f / 52f));
        }
        return m.group("quarters") != null ? n * 3 : n;
    }

    /** Whether a text names a fiscal year by its number ("fiscal 2023", "Geschäftsjahr 2023"). */
    public boolean fiscalYear(String text) {
        return fiscalYear.matcher(text).find();
    }

    /**
     * Whether a text names a day of a month without its year, as the language writes it ("December
     * 31", "31. Dezember", "31 décembre"): a stub's period whose year the column gives.
     */
    public boolean namesDayOfMonth(String text, String language) {
        for (Pattern day : daysOfMonth.getOrDefault(language, List.of())) {
            if (day.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** The month a name or abbreviation of any language stands for ("Dec", "Dezember", "déc"), or null. */
    public Integer monthOf(String word) {
        return value(Cue.MONTH, word);
    }

    /** The months' full names of every language, for repairing a garbled one. */
    public List<String> monthNames() {
        return monthNames;
    }
}
