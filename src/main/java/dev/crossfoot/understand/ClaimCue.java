package dev.crossfoot.understand;

import java.util.Locale;

/**
 * What the claim finder asks of the words of a text. Which words give each is data:
 * {@code rules/lexicon/*.claims}; this list only names what the code asks.
 */
public enum ClaimCue {
    PERCENT, PER_SHARE, PER_SHARE_FILLER, DILUTED, BASIC, RANGE_START, RANGE_JOIN, RANGE_END, RESPECTIVELY, LIST_JOIN, LINKING_VERB, APPROXIMATE, LOWER_BOUND, UPPER_BOUND,
    INCREASE, DECREASE, COMPARISON, COMPARISON_BEFORE_FIGURE, CLAUSE_BREAK, PREPOSITION, VERB, ARTICLE, VAGUE, TOTAL, FILLER, SAME_AS_INCOME, NON_GAAP, ADJUSTED_BASIS, GAAP, QUARTER, YEAR, FISCAL,
    MONTHS_ENDED, YEAR_ENDED, QUARTER_ENDED, AS_OF, YEAR_BEFORE, YEAR_OVER_YEAR, PERIOD_PREPOSITION, ABBREVIATION, SAME_CHANGE, CHANGE_RESULT, CHANGE_FROM, REGISTRANT_NAME, ENTITY_SUFFIX, CONCEPT_NEUTRAL, SHARE_OF, OPERATING_ACTIVITIES,
    SELF_SUBJECT, SELF_VERB, ONE_ITEM, SAME_PERIOD_IN, CLAUSE_JOIN, RELATIVE_CLAUSE;

    /** The name a claims file uses: {@code per-share}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static ClaimCue byFileName(String name) {
        for (ClaimCue cue : values()) {
            if (cue.fileName().equals(name)) {
                return cue;
            }
        }
        return null;
    }

    /** The words that stand for a number: a scale, an ordinal, a count of months, a month. */
    public enum Valued {
        SCALE, ORDINAL, COUNT, MONTH;

        public String fileName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
