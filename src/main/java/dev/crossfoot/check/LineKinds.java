package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Hierarchy;
import dev.crossfoot.understand.Labels;
import dev.crossfoot.understand.Lexicon;

import java.util.List;

/**
 * What kind of figure a line's label names, as a reader of financial tables knows it without the
 * numbers: a balance held at a date (total assets, cash on hand, working capital) or a flow over a
 * period (revenues, costs, earnings, depreciation, purchases, cash provided by an activity). A
 * total of one kind is never the sum of lines of the other: "Total assets" under a segment's income
 * lines is a figure of its own, and so is "Net cash provided by operating activities" under cash
 * and working capital in a liquidity summary.
 * <p>
 * Only labels that say their kind outright are classified; every other line is of no known kind and
 * fits any total. Balance-sheet lines named after flows ("Income taxes payable", "Deferred
 * revenue", "Accrued expenses", "Costs in excess of billings") say they are balances, and so do
 * lines under a header of balances ("Depreciation and amortization" under "Deferred tax assets:").
 * The words of each kind are the lexicon's cues {@code balance-total}, {@code balance-line},
 * {@code flow-line} and {@code balance-words}.
 */
final class LineKinds {

    enum Kind { BALANCE, FLOW, UNKNOWN }

    private LineKinds() {
    }

    /** The kind a total names: only totals of assets or liabilities, and net cash of an activity. */
    static Kind ofTotal(StatementRow total) {
        Lexicon lexicon = Lexicon.current();
        String label = total.normalLabel();
        if (lexicon.matches(Cue.BALANCE_TOTAL, label)) {
            return Kind.BALANCE;
        }
        if (Hierarchy.namesActivityNetCash(label)) {
            return Kind.FLOW;
        }
        return Kind.UNKNOWN;
    }

    /** The kind a line names outright, or UNKNOWN. */
    static Kind ofLine(StatementRow line) {
        Lexicon lexicon = Lexicon.current();
        String label = line.normalLabel();
        if (lexicon.matches(Cue.BALANCE_LINE, label)) {
            return Kind.BALANCE;
        }
        boolean underBalance = false;
        for (String header : line.sectionPath()) {
            underBalance = underBalance || lexicon.matches(Cue.BALANCE_WORDS, Labels.normalise(header));
        }
        if (lexicon.matches(Cue.FLOW_LINE, label) && !lexicon.matches(Cue.BALANCE_WORDS, label) && !underBalance) {
            return Kind.FLOW;
        }
        return Kind.UNKNOWN;
    }

    /**
     * Which readings of one total mix kinds of lines, each line's answer kept: footing weighs
     * dozens of readings of a total, most of them over the same lines, and each line's answer is its
     * label matched against the lexicon (the activity a net cash line names, by a regex, at every ask).
     */
    static final class Mixing {
        /** The kind a line must not be, or UNKNOWN where the total names none (nothing mixes). */
        private final Kind other;
        /** The activity whose net cash the total is, or null. */
        private final Cue activity;
        private final java.util.Map<StatementRow, Boolean> clashes = new java.util.IdentityHashMap<>();

        Mixing(StatementRow total) {
            Kind kind = ofTotal(total);
            this.other = kind == Kind.UNKNOWN ? Kind.UNKNOWN : kind == Kind.BALANCE ? Kind.FLOW : Kind.BALANCE;
            this.activity = kind == Kind.UNKNOWN ? null : Hierarchy.activityOfNetCash(total.normalLabel());
        }

        /**
         * Whether a reading holds a line its total cannot: one of the other kind than the total names,
         * or, under the net cash of one activity, the net cash of another. The operating activities
         * never hold the net cash of financing: where a statement lists the operating, investing and
         * financing cash of its discontinued operations after the continuing activities (the data sets
         * drop the heading over them), "Cash provided by operating activities" there stands for the
         * discontinued operating lines the statement does not show, not for the financing total above it.
         */
        boolean mixes(List<StatementRow> reading) {
            if (other == Kind.UNKNOWN) {
                return false;
            }
            for (StatementRow line : reading) {
                if (clashes.computeIfAbsent(line, this::clashes)) {
                    return true;
                }
            }
            return false;
        }

        private boolean clashes(StatementRow line) {
            if (ofLine(line) == other) {
                return true;
            }
            Cue lines = activity == null ? null : Hierarchy.activityOfNetCash(line.normalLabel());
            return lines != null && lines != activity;
        }
    }
}
