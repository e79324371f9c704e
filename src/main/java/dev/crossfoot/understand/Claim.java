package dev.crossfoot.understand;

import dev.crossfoot.model.Location;

/**
 * A figure the text states about a measure: "Total revenue was $66.4 million" in the third quarter
 * of fiscal 2011. What a table must state for the claim to hold depends on its kind.
 *
 * @param measure what the figure measures, as written ("total revenue", "GAAP net income")
 * @param figure the figure; the low end of a range
 * @param high the high end of a range, else null
 * @param period the period the claim is stated for, or null when neither the sentence nor its context says
 * @param periodStated whether the sentence itself names the period (not taken from a heading before it)
 * @param comparedWith for a change, the period it is measured from, or null
 * @param sentence the sentence, as written
 * @param location where the figure stands in the input
 * @param plain whether the sentence ties the figure plainly to one measure and one period: its own
 *              words name the measure (or it is the per-share amount of the figure before it, or the
 *              same measure in another period it names), its own stretch of the sentence or a heading
 *              names the period, and no "respectively" pairs figures with periods. Only a plain claim
 *              that disagrees is an error; any other is not evaluated.
 * @param undatedButPlain whether the sentence names no period yet ties the figure plainly to one measure
 */
public record Claim(Kind kind, String measure, Quantity figure, Quantity high, ClaimPeriod period, boolean periodStated,
                    ClaimPeriod comparedWith, String sentence, Location location, boolean plain, boolean undatedButPlain) {

    /**
     * A claim as the finder gives it; {@code undatedButPlain}: its sentence names no period at all
     * and ties the figure plainly to one measure, so it is plain once a period is known otherwise.
     */
    public Claim(Kind kind, String measure, Quantity figure, Quantity high, ClaimPeriod period, boolean periodStated,
                 ClaimPeriod comparedWith, String sentence, Location location, boolean plain) {
        this(kind, measure, figure, high, period, periodStated, comparedWith, sentence, location, plain, false);
    }

    /**
     * This claim of a text that names no period, read as of {@code year}, the latest its tables
     * show: an excerpt of a discussion beside its table speaks of the latest year (a change, from
     * the year before). Plain as its sentence is otherwise.
     */
    public Claim inLatestYear(int year) {
        ClaimPeriod latest = ClaimPeriod.fiscalYear(year, "the latest year the tables show");
        return new Claim(kind, measure, figure, high, latest, false, kind.change() ? latest.yearBefore() : null, sentence,
                location, undatedButPlain, false);
    }

    public enum Kind {
        VALUE("value"), RANGE("range"), AT_LEAST("lower bound"), AT_MOST("upper bound"),
        APPROXIMATE("approximation"), INCREASE("increase"), DECREASE("decrease");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }

        public boolean change() {
            return this == INCREASE || this == DECREASE;
        }
    }

    /** The figure as the text gives it: "$66.4 million", "$70 million to $74 million". */
    public String figureText() {
        return high == null ? figure.text() : figure.text() + " to " + high.text();
    }

    /** One line for reports: "total revenue $66.4 million (value, quarter 3 of fiscal 2011)". */
    public String describe() {
        return measure + " " + figureText() + " (" + kind.words() + ", "
                + (period == null ? "period not stated" : period + (periodStated ? "" : " from the context"))
                + (comparedWith == null ? "" : ", from " + comparedWith) + ")";
    }
}
