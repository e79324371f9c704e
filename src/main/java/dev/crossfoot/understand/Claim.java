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
 * @param plainness whether the sentence ties the figure plainly to one measure and one period, and if
 *              not, why not ({@link Plainness}). Only a plain claim that disagrees is an error; any
 *              other is not evaluated.
 * @param undatedButPlain whether neither the sentence nor the text before it names a period, and the sentence ties the
 *              figure plainly to one measure: plain once the period its tables report is known
 * @param ends for a change the sentence states beside the two figures it ran from and to ("from $1.1 million to $1.5
 *              million, an increase of $0.4 million"), those figures as written; else null
 * @param part the heading the sentence stands under where it names no period ("Domestic", "Sears Canada"): the part of
 *              the company the text there may speak of, which a table's columns may name; else null
 */
public record Claim(Kind kind, String measure, Quantity figure, Quantity high, ClaimPeriod period, boolean periodStated,
                    ClaimPeriod comparedWith, String sentence, Location location, Plainness plainness, boolean undatedButPlain,
                    Ends ends, String part) {

    /** A claim that is plain or not as its own words say, whatever its tables report. */
    public Claim(Kind kind, String measure, Quantity figure, Quantity high, ClaimPeriod period, boolean periodStated,
                 ClaimPeriod comparedWith, String sentence, Location location, Plainness plainness) {
        this(kind, measure, figure, high, period, periodStated, comparedWith, sentence, location, plainness, false, null, null);
    }

    /**
     * The two figures a change ran from and to, as the sentence states them beside it: a writer who rounds them may compute
     * the change from the rounded figures ("from $1.1 million to $1.5 million, an increase of $0.4 million" of 1,149 and 1,451).
     */
    public record Ends(Quantity from, Quantity to) { }

    /** Whether the sentence ties the figure plainly to one measure and one period: a claim that can fail. */
    public boolean plain() {
        return plainness == Plainness.PLAIN;
    }

    /**
     * This claim of a text that has named no period before it, read as of {@code year}, the latest its
     * tables show: an excerpt of a discussion beside its table, or the opening of one, speaks of the
     * latest year (a change, from the year before). Plain as its sentence is otherwise.
     */
    public Claim inLatestYear(int year) {
        ClaimPeriod latest = ClaimPeriod.fiscalYear(year, "the latest year the tables show");
        return new Claim(kind, measure, figure, high, latest, false, kind.change() ? latest.yearBefore() : null, sentence,
                location, undatedButPlain ? Plainness.PLAIN : plainness, false, ends, part);
    }

    /**
     * Whether a claim is plain, and if not, why: the principle by which a claim is evaluated at all. A claim
     * is plain when its own words name what it measures and one period names when: the measure in the words
     * before the figure (or the figure is the per-share amount of the one before it, the change of a plain
     * figure just before it, the figure a plain change came to, or the same measure as the figure before it
     * in another period it names itself), and the period in its own stretch of the sentence, in a heading
     * above it, or in a list of periods paired with its list of figures. Each other value is a reason to
     * withhold judgement because the words leave open which line or which column the figure is of: a check
     * that guessed would fail figures the text never stated of that cell.
     */
    public enum Plainness {
        PLAIN("plain"),
        /**
         * "compared to income of $485 million", "$35 million in Restructuring": no words before the figure name one measure (words
         * with commas, "Sales: domestic, international and other sales were $5.0 million", are kept whole: only a line of that
         * very name states them).
         */
        NO_MEASURE("the words before the figure name no one measure"),
        /** "$1.2 million and $0.8 million": no words of its own, borrowing the measure of a figure of its period or not plain. */
        MEASURE_BORROWED("the figure has no words of its own, and the figure it borrows them from is of the same period or not plain"),
        /** "…, of which $14.2 billion was recognized", "primarily due to the $1 billion …": about something else. */
        ASIDE("the figure stands in an aside about something else"),
        /** "Revenue rose to $5 million, compared to operating income of $2 million": a comparison naming another measure. */
        OTHER_MEASURE_COMPARED("a comparison in the sentence names another measure"),
        /** "$9.0 billion and $9.9 billion …, respectively" with no list of periods to pair them with. */
        UNPAIRED_RESPECTIVELY("\"respectively\" pairs it with no list of periods"),
        /** "As of June 30, 2025 and December 31, 2024, … was $33 million": which period is not said. */
        TWO_PERIODS("two periods are named in its stretch of the sentence"),
        /** "In 2019, revenue was $5 million and costs $3 million": the second's period is named for another figure. */
        PERIOD_OF_ANOTHER_FIGURE("its period is named only for another figure of the sentence"),
        /** A sentence that names no period after one that does (not a heading): the period may have moved on. */
        PERIOD_FROM_SENTENCE_BEFORE("its period is a sentence's before, not a heading's"),
        /**
         * No period named in its sentence, nor carried from the sentence or heading just before, after the text named
         * one (a text that has named none yet speaks of the latest year its tables show: {@code undatedButPlain}).
         */
        NO_PERIOD("no period is named");

        private final String words;

        Plainness(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
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
