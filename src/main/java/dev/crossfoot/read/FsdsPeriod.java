package dev.crossfoot.read;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Locale;

/**
 * A column of a data-set statement: the period a value is for, {@code ddate} (its last day) and
 * {@code qtrs} (its length in quarters, 0 for an instant). The caption says it the way statements do,
 * so that it reads to a person and to the period parser alike: "Three months ended June 30, 2009",
 * "Twelve months ended December 31, 2008", or the instant "June 30, 2009".
 */
record FsdsPeriod(LocalDate end, int quarters) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    private static final String[] LENGTHS = {"", "Three", "Six", "Nine", "Twelve"};
    /** A 52/53-week year ends on a weekday, not a month end: its quarters start up to a week from the month's. */
    private static final int SLACK_DAYS = 7;

    /** Durations before instants, shorter before longer, later before earlier: the order statements print them in. */
    static final Comparator<FsdsPeriod> ORDER = Comparator.comparing(FsdsPeriod::instant)
            .thenComparingInt(FsdsPeriod::quarters)
            .thenComparing(FsdsPeriod::end, Comparator.reverseOrder());

    static FsdsPeriod of(FsdsValue value) {
        String d = value.ddate();
        return new FsdsPeriod(LocalDate.of(Integer.parseInt(d.substring(0, 4)), Integer.parseInt(d.substring(4, 6)),
                Integer.parseInt(d.substring(6, 8))), value.qtrs());
    }

    boolean instant() {
        return quarters == 0;
    }

    String caption() {
        String date = DATE.format(end);
        if (instant()) {
            return date;
        }
        String length = quarters < LENGTHS.length ? LENGTHS[quarters] : String.valueOf(quarters * 3);
        return length + " months ended " + date;
    }

    /** The ddate/qtrs pair as a place in a location: {@code 20090630-q1}. */
    String key() {
        return end.toString().replace("-", "") + "-q" + quarters;
    }

    /** Whether an instant is this duration's opening balance date (the day before it starts, give or take a 52/53-week year). */
    boolean startsAfter(LocalDate instant) {
        return !instant() && Math.abs(ChronoUnit.DAYS.between(end.minusMonths(3L * quarters), instant)) <= SLACK_DAYS;
    }

    boolean endsOn(LocalDate instant) {
        return !instant() && end.equals(instant);
    }
}
