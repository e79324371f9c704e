package dev.crossfoot.understand;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the periods a sentence names, with where each stands: "the third quarter of fiscal
 * 2011", "Q3 2011", "the nine months ended September 30, 2011", "the year ended December 31,
 * 2007", "as of December 31, 2019", "fiscal 2019", "the full year", "in 2018". The words are the
 * claims files'; the more specific phrase wins where two overlap.
 */
final class PeriodPhrases {

    /** A period named at [start, end) of the text; {@code relative} when said as a year before another ("last year"). */
    record Found(int start, int end, ClaimPeriod period, boolean relative) {
        Found(int start, int end, ClaimPeriod period) {
            this(start, end, period, period.relative());
        }
    }

    private static final String DAY_YEAR = "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d\\d)(?![\\p{N}])";
    private static final String YEAR = "((?:19|20)\\d\\d)(?![\\p{N}%])";

    private final ClaimWords words;
    private final Pattern ended;
    private final Pattern monthsOfYear;
    private final Pattern yearEnded;
    private final Pattern quarterEnded;
    private final Pattern asOf;
    private final Pattern laterDate;
    private final Pattern ordinalQuarter;
    private final Pattern shortQuarter;
    private final Pattern fiscalYear;
    private final Pattern fullYear;
    private final Pattern bareYear;
    private final Pattern yearBefore;
    private final Pattern samePeriodIn;
    private final Pattern listedYear;
    private final Pattern listJoin;
    /*
     * The words each scan needs (its phrases' longest words, or a word it spells out): a sentence that mentions none is not
     * scanned by it. Most sentences of a filing name no quarter, no "year ended", no "prior year".
     */
    private final Mentions endedWords;
    private final Mentions monthWord;
    private final Mentions yearEndedWords;
    private final Mentions quarterEndedWords;
    private final Mentions asOfWords;
    private final Mentions quarterWords;
    private final Mentions fiscalWords;
    private final Mentions fullYearWords;
    private final Mentions yearBeforeWords;
    private final Mentions samePeriodWords;
    /*
     * The scans that no word gates, each searched only from near the next year its match needs ({@link NearAnchor}): "in
     * 2019" holds a preposition, "the" and "year" before its year; ", December 31, 2019" a comma or "and", a month, a
     * day and a comma.
     */
    private final NearAnchor bareYearNear;
    private final NearAnchor laterDateNear;
    /*
     * The scans a word gates, each searched only from near the next place that word stands ({@link NearAnchor}): a
     * match holds its phrase's longest word with at most the phrase's words before it (and a count or an ordinal before
     * the phrase, with hyphens).
     */
    private final NearAnchor endedNear;
    private final NearAnchor monthsOfYearNear;
    private final NearAnchor yearEndedNear;
    private final NearAnchor quarterEndedNear;
    private final NearAnchor asOfNear;
    private final NearAnchor ordinalQuarterNear;
    private final NearAnchor fiscalYearNear;
    private final NearAnchor fullYearNear;
    private final NearAnchor yearBeforeNear;
    private final NearAnchor samePeriodInNear;

    PeriodPhrases(ClaimWords words) {
        this.words = words;
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        String month = "(" + words.alternation(ClaimCue.Valued.MONTH) + ")";
        String count = "(" + words.alternation(ClaimCue.Valued.COUNT) + "|\\d{1,2})";
        ended = Pattern.compile(count + "[\\s-]+" + words.alternation(ClaimCue.MONTHS_ENDED) + "\\s+" + month + DAY_YEAR, flags);
        monthsOfYear = Pattern.compile("(?:(?:the\\s+)?first\\s+)?" + count + "[\\s-]+months?\\s+(?:of|in)\\s+(?:(?:"
                + words.alternation(ClaimCue.FISCAL) + ")\\s*(?:year\\s+)?)?" + YEAR, flags);
        yearEnded = Pattern.compile(words.alternation(ClaimCue.YEAR_ENDED) + "\\s+" + month + DAY_YEAR, flags);
        quarterEnded = Pattern.compile(words.alternation(ClaimCue.QUARTER_ENDED) + "\\s+" + month + DAY_YEAR, flags);
        asOf = Pattern.compile(words.alternation(ClaimCue.AS_OF) + "\\s+" + month + DAY_YEAR, flags);
        laterDate = Pattern.compile("(?:,|" + words.alternation(ClaimCue.RANGE_END) + ")\\s+" + month + DAY_YEAR, flags);
        String fiscal = words.alternation(ClaimCue.FISCAL);
        ordinalQuarter = Pattern.compile("(" + words.alternation(ClaimCue.Valued.ORDINAL) + ")[\\s-]+"
                + words.alternation(ClaimCue.QUARTER) + "(?:(?:\\s+of)?(?:\\s+(?:" + fiscal + ")(?:\\s+year)?)?\\s+" + YEAR + ")?", flags);
        shortQuarter = Pattern.compile("(?<![\\p{L}\\p{N}])Q([1-4])\\s*(?:(?:" + fiscal + ")\\s*)?'?((?:19|20)?\\d\\d)?(?![\\p{L}\\p{N}])", flags);
        fiscalYear = Pattern.compile(fiscal + "\\s*(?:year\\s+)?'?((?:19|20)?\\d\\d)(?![\\p{N}%])", flags);
        fullYear = Pattern.compile(words.alternation(ClaimCue.YEAR), flags);
        bareYear = Pattern.compile(words.alternation(ClaimCue.PERIOD_PREPOSITION) + "\\s+(?:the\\s+)?(?:year\\s+)?" + YEAR, flags);
        yearBefore = Pattern.compile(words.alternation(ClaimCue.YEAR_BEFORE), flags);
        samePeriodIn = Pattern.compile(words.alternation(ClaimCue.SAME_PERIOD_IN) + "\\s+" + YEAR, flags);
        String join = "(?:\\s*" + words.alternation(ClaimCue.LIST_JOIN) + ")+\\s*";
        listedYear = Pattern.compile(join + YEAR + "(?![\\p{L}])", flags);
        listJoin = Pattern.compile(join, flags);
        endedWords = Mentions.ofPhrases(words.phrases(ClaimCue.MONTHS_ENDED));
        monthWord = Mentions.of(List.of("month"));
        yearEndedWords = Mentions.ofPhrases(words.phrases(ClaimCue.YEAR_ENDED));
        quarterEndedWords = Mentions.ofPhrases(words.phrases(ClaimCue.QUARTER_ENDED));
        asOfWords = Mentions.ofPhrases(words.phrases(ClaimCue.AS_OF));
        quarterWords = Mentions.ofPhrases(words.phrases(ClaimCue.QUARTER));
        fiscalWords = Mentions.ofPhrases(words.phrases(ClaimCue.FISCAL));
        fullYearWords = Mentions.ofPhrases(words.phrases(ClaimCue.YEAR));
        yearBeforeWords = Mentions.ofPhrases(words.phrases(ClaimCue.YEAR_BEFORE));
        samePeriodWords = Mentions.ofPhrases(words.phrases(ClaimCue.SAME_PERIOD_IN));
        bareYearNear = new NearAnchor(bareYear, NearAnchor.longest(words.phrases(ClaimCue.PERIOD_PREPOSITION))
                + NearAnchor.longest(List.of("the", "year")) * 2, "");
        List<String> laterDateStarts = new ArrayList<>(words.phrases(ClaimCue.RANGE_END));
        laterDateStarts.add(",");
        laterDateNear = new NearAnchor(laterDate, NearAnchor.longest(laterDateStarts)
                + NearAnchor.longest(words.words(ClaimCue.Valued.MONTH)) + NearAnchor.longest(List.of("31,")), "");
        List<String> counts = new ArrayList<>(words.words(ClaimCue.Valued.COUNT));
        counts.add("12");
        endedNear = new NearAnchor(ended, NearAnchor.longest(counts) + NearAnchor.beforeLongestWord(words.phrases(ClaimCue.MONTHS_ENDED)), "-");
        monthsOfYearNear = new NearAnchor(monthsOfYear, NearAnchor.longest(List.of("the", "first")) * 2 + NearAnchor.longest(counts), "-");
        yearEndedNear = new NearAnchor(yearEnded, NearAnchor.beforeLongestWord(words.phrases(ClaimCue.YEAR_ENDED)), "");
        quarterEndedNear = new NearAnchor(quarterEnded, NearAnchor.beforeLongestWord(words.phrases(ClaimCue.QUARTER_ENDED)), "");
        asOfNear = new NearAnchor(asOf, NearAnchor.beforeLongestWord(words.phrases(ClaimCue.AS_OF)), "");
        ordinalQuarterNear = new NearAnchor(ordinalQuarter, NearAnchor.longest(words.words(ClaimCue.Valued.ORDINAL))
                + NearAnchor.beforeLongestWord(words.phrases(ClaimCue.QUARTER)), "-");
        fiscalYearNear = new NearAnchor(fiscalYear, NearAnchor.beforeLongestWord(words.phrases(ClaimCue.FISCAL)), "");
        fullYearNear = new NearAnchor(fullYear, NearAnchor.beforeLongestWord(words.phrases(ClaimCue.YEAR)), "");
        yearBeforeNear = new NearAnchor(yearBefore, NearAnchor.beforeLongestWord(words.phrases(ClaimCue.YEAR_BEFORE)), "");
        samePeriodInNear = new NearAnchor(samePeriodIn, NearAnchor.beforeLongestWord(words.phrases(ClaimCue.SAME_PERIOD_IN)), "");
    }

    /** The pattern's matcher on a text that mentions one of the words it needs, else null (no matcher made). */
    private static Matcher mentioned(Pattern pattern, Mentions needed, String text, String folded) {
        return needed.in(folded) ? pattern.matcher(text) : null;
    }

    /**
     * The next match at or after {@code from} of a scan that needs one of its words: searched from near the next place one
     * stands where {@code skipping}, else from every character of a text that mentions one (as before).
     */
    private static boolean next(Matcher m, NearAnchor near, Mentions needed, String text, String folded, int from, boolean skipping) {
        if (skipping) {
            return near.nextBeforeMention(m, text, folded, needed, from);
        }
        return (from > 0 || needed.in(folded)) && m.find();
    }

    List<Found> find(String text) {
        return find(text, Mentions.fold(text));
    }

    /** {@link #find(String)} of a text already folded ({@link Mentions#fold}). */
    List<Found> find(String text, String folded) {
        return find(text, folded, true);
    }

    /**
     * {@link #find(String, String)}, with {@code skipping} false trying every scan that needs a digit on any text with
     * one: what the finer conditions below must equal.
     */
    List<Found> find(String text, String folded, boolean skipping) {
        List<Found> found = new ArrayList<>();
        // Dates and years need a digit: a sentence without one is scanned only for periods named in words.
        boolean digits = Figures.hasDigit(text);
        // Every date ends on a year and the scans of dates, "the first six months of 2025", "the same period in 2024"
        // and "in 2025" each need one ("19" or "20" and two digits): a sentence with figures but no year (most of
        // them) is not scanned by these. "Q3" needs a 'Q' before its digit.
        boolean years = digits && (!skipping || hasYear(text));
        boolean quarters = digits && (!skipping || hasShortQuarter(text));
        if (years) {
            dated(text, folded, found, skipping);
        }
        Matcher ordinal = mentioned(ordinalQuarter, quarterWords, text, folded);
        for (int from = 0; ordinal != null && next(ordinal, ordinalQuarterNear, quarterWords, text, folded, from, skipping); from = ordinal.end()) {
            Matcher m = ordinal;
            int quarter = words.value(ClaimCue.Valued.ORDINAL, m.group(1).toLowerCase(java.util.Locale.ROOT)).intValue();
            add(found, m, ClaimPeriod.quarter(quarter, year(m.group(2)), m.group()));
        }
        if (digits) {
            numbered(text, folded, found, quarters, skipping);
        }
        Matcher before = mentioned(yearBefore, yearBeforeWords, text, folded);
        for (int from = 0; before != null && next(before, yearBeforeNear, yearBeforeWords, text, folded, from, skipping); from = before.end()) {
            add(found, before, ClaimPeriod.yearBefore(before.group()));
        }
        if (years) {
            Matcher m = mentioned(samePeriodIn, samePeriodWords, text, folded);
            for (int from = 0; m != null && next(m, samePeriodInNear, samePeriodWords, text, folded, from, skipping); from = m.end()) {
                add(found, m, ClaimPeriod.samePeriodIn(Integer.parseInt(m.group(m.groupCount())), m.group()));
            }
        }
        Matcher full = mentioned(fullYear, fullYearWords, text, folded);
        for (int from = 0; full != null && next(full, fullYearNear, fullYearWords, text, folded, from, skipping); from = full.end()) {
            add(found, full, ClaimPeriod.fiscalYear(null, full.group()));
        }
        if (years) {
            Matcher m = bareYear.matcher(text);
            for (int from = 0; skipping ? bareYearNear.nextBeforeYear(m, text, from) : m.find(); from = m.end()) {
                add(found, m.start(1), m.end(1), ClaimPeriod.fiscalYear(Integer.parseInt(m.group(1)), m.group(1)));
            }
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * The periods a date or a year ends: "the nine months ended September 30, 2011", "the first six
     * months of 2025", "as of December 31, 2019". Each needs a digit; a text without one is not scanned.
     */
    private void dated(String text, String folded, List<Found> found, boolean skipping) {
        Matcher endedMatch = mentioned(ended, endedWords, text, folded);
        for (int from = 0; endedMatch != null && next(endedMatch, endedNear, endedWords, text, folded, from, skipping); from = endedMatch.end()) {
            Matcher m = endedMatch;
            int months = months(m.group(1));
            date(m.group(2), m.group(3), m.group(4)).ifPresent(end ->
                    add(found, m, ClaimPeriod.ended(months, end, m.group())));
        }
        Matcher monthsMatch = mentioned(monthsOfYear, monthWord, text, folded);
        for (int from = 0; monthsMatch != null && next(monthsMatch, monthsOfYearNear, monthWord, text, folded, from, skipping); from = monthsMatch.end()) {
            Matcher m = monthsMatch;
            // "the first six months of 2025": a period to date whose end the words do not give.
            add(found, m, ClaimPeriod.monthsToDate(months(m.group(1)), m.group()));
        }
        Matcher yearEndedMatch = mentioned(yearEnded, yearEndedWords, text, folded);
        for (int from = 0; yearEndedMatch != null && next(yearEndedMatch, yearEndedNear, yearEndedWords, text, folded, from, skipping); from = yearEndedMatch.end()) {
            Matcher m = yearEndedMatch;
            date(m.group(1), m.group(2), m.group(3)).ifPresent(end -> add(found, m, ClaimPeriod.ended(12, end, m.group())));
        }
        Matcher quarterEndedMatch = mentioned(quarterEnded, quarterEndedWords, text, folded);
        for (int from = 0; quarterEndedMatch != null && next(quarterEndedMatch, quarterEndedNear, quarterEndedWords, text, folded, from, skipping);
             from = quarterEndedMatch.end()) {
            Matcher m = quarterEndedMatch;
            date(m.group(1), m.group(2), m.group(3)).ifPresent(end -> add(found, m, ClaimPeriod.ended(3, end, m.group())));
        }
        Matcher asOfMatch = mentioned(asOf, asOfWords, text, folded);
        for (int from = 0; asOfMatch != null && next(asOfMatch, asOfNear, asOfWords, text, folded, from, skipping); from = asOfMatch.end()) {
            Matcher m = asOfMatch;
            date(m.group(1), m.group(2), m.group(3)).ifPresent(end -> add(found, m, ClaimPeriod.instant(end, m.group())));
        }
        Matcher later = laterDate.matcher(text);
        for (int from = 0; skipping ? laterDateNear.nextBeforeYear(later, text, from) : later.find(); from = later.end()) {
            Matcher m = later;
            // "As of June 30, 2025 and December 31, 2024": the second date is a period too.
            date(m.group(1), m.group(2), m.group(3)).ifPresent(end -> add(found, m.start(1), m.end(), ClaimPeriod.instant(end, m.group().strip())));
        }
    }

    /** "Q3 2011", "fiscal 2019": periods named by a number, scanned only in a text with a digit. */
    private void numbered(String text, String folded, List<Found> found, boolean quarters, boolean skipping) {
        for (Matcher m = quarters ? shortQuarter.matcher(text) : null; m != null && m.find(); ) {
            add(found, m, ClaimPeriod.quarter(Integer.parseInt(m.group(1)), year(m.group(2)), m.group()));
        }
        Matcher fiscal = mentioned(fiscalYear, fiscalWords, text, folded);
        for (int from = 0; fiscal != null && next(fiscal, fiscalYearNear, fiscalWords, text, folded, from, skipping); from = fiscal.end()) {
            add(found, fiscal, ClaimPeriod.fiscalYear(year(fiscal.group(1)), fiscal.group()));
        }
    }

    /**
     * Whether the text holds what the pattern's year needs: "19" or "20" and two more digits (ASCII, as the patterns'
     * {@code \d} is). Every match of a date, a period of months in a year, the same period in a year or a bare year holds one.
     */
    static boolean hasYear(String text) {
        for (int i = 0, last = text.length() - 4; i <= last; i++) {
            char c = text.charAt(i);
            if ((c == '1' && text.charAt(i + 1) == '9' || c == '2' && text.charAt(i + 1) == '0')
                    && isAsciiDigit(text.charAt(i + 2)) && isAsciiDigit(text.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a 'Q' or 'q' right before a digit 1 to 4: what every short quarter ("Q3 2011") starts with. */
    static boolean hasShortQuarter(String text) {
        for (int i = 0, last = text.length() - 2; i <= last; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if ((c == 'Q' || c == 'q') && next >= '1' && next <= '4') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The periods with the years listed after each ("fiscal 2025, 2024 and 2023", "as of January 31,
     * 2025 and 2024"): each year is the period before it in that year, in place of the bare year
     * "and 2024" may have been read as; and a date listed after a period ended on a date ("the six
     * months ended June 27, 2025 and June 28, 2024") ends a period of the same length. {@code found}
     * is in the order of the text.
     */
    List<Found> withListedYears(String text, List<Found> found) {
        List<Found> listed = new ArrayList<>(found);
        for (int k = 0; k < listed.size(); k++) {
            Found head = listed.get(k);
            if (head.relative() || !head.period().placed()) {
                continue;
            }
            if (head.period().type() == ClaimPeriod.Type.ENDED && k + 1 < listed.size()
                    && listed.get(k + 1).period().type() == ClaimPeriod.Type.INSTANT
                    && onlyListJoin(text.substring(head.end(), listed.get(k + 1).start()))) {
                // "the six months ended June 27, 2025 and June 28, 2024": the date listed after a period ended on a date
                // ends a period of the same length, not a balance on that day.
                Found date = listed.get(k + 1);
                listed.set(k + 1, new Found(date.start(), date.end(),
                        ClaimPeriod.ended(head.period().months(), date.period().end(), date.period().text())));
                continue;
            }
            Matcher year = listedYear.matcher(text).region(head.end(), text.length());
            if (!year.lookingAt()) {
                continue;
            }
            ClaimPeriod period = head.period().inAnotherYear(Integer.parseInt(year.group(1)), year.group(1));
            if (period == null) {
                continue;
            }
            Found next = new Found(year.start(1), year.end(1), period);
            int at = k + 1;
            if (at < listed.size() && listed.get(at).start() < next.end()) {
                listed.set(at, next);
            } else {
                listed.add(at, next);
            }
        }
        return listed;
    }

    /** Whether the text between two items is only what joins a list: ", ", " and ", ", and ". */
    boolean onlyListJoin(String between) {
        return listJoin.matcher(between).matches();
    }

    private static void add(List<Found> found, Matcher m, ClaimPeriod period) {
        add(found, m.start(), m.end(), period);
    }

    /** A phrase inside (or across) one already found is part of it, not a period of its own. */
    private static void add(List<Found> found, int start, int end, ClaimPeriod period) {
        for (Found earlier : found) {
            if (start < earlier.end() && earlier.start() < end) {
                return;
            }
        }
        found.add(new Found(start, end, period));
    }

    private int months(String count) {
        if (count.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(count);
        }
        return words.value(ClaimCue.Valued.COUNT, count).intValue();
    }

    private java.util.Optional<LocalDate> date(String month, String day, String year) {
        try {
            return java.util.Optional.of(LocalDate.of(Integer.parseInt(year),
                    words.value(ClaimCue.Valued.MONTH, month).intValue(), Integer.parseInt(day)));
        } catch (DateTimeException notADate) {
            return java.util.Optional.empty();
        }
    }

    /** "2011", "11" (2011) or nothing said. */
    private static Integer year(String digits) {
        if (digits == null) {
            return null;
        }
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? 2000 + year : year;
    }
}
