package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.StatementRow;

import java.util.ArrayList;
import java.util.List;

/**
 * One fact shown on two lines of a roll-forward, once as an increase and once, negated, as a
 * decrease: Hartford's "Accelerated accretion of discount from redemption of preferred stock"
 * raises the preferred stock and lowers the retained earnings, one element presented twice. The
 * filer prints each component's amount on one of the two lines; a data set that gives every line
 * its concept's value puts it on both, 440 and (440), and the pair adds nothing. A data set may
 * also list one line twice, the same label with the same figures (ERP Operating Partnership's
 * "Conversion of OP Units held by Limited Partners into OP Units held by General Partner", 11,138
 * on two lines of one capital account): counted twice, the fact is added twice. Which of the two
 * the component shows, only its numbers say: the readings that count one line of the pair are
 * readings like the others, taken where they hold in more columns.
 */
final class LinesShownTwice {

    private LinesShownTwice() {
    }

    /**
     * The lines without one or the other of the first pair among them that share a label and
     * state each other's figures negated wherever either states one, one such figure at least
     * other than nil; and the lines with each line listed twice (the same label, the same
     * figures) counted once. None where there is no such pair.
     */
    static List<List<StatementRow>> readings(List<StatementRow> lines) {
        List<List<StatementRow>> readings = new ArrayList<>();
        List<StatementRow> once = listedOnce(lines);
        if (once.size() < lines.size()) {
            readings.add(once);
        }
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (stated(lines.get(i), lines.get(j), true)) {
                    List<StatementRow> withoutFirst = new ArrayList<>(lines);
                    withoutFirst.remove(i);
                    List<StatementRow> withoutSecond = new ArrayList<>(lines);
                    withoutSecond.remove(j);
                    readings.add(withoutFirst);
                    readings.add(withoutSecond);
                    return readings;
                }
            }
        }
        return readings;
    }

    /** The lines with the second of each line listed twice left out. */
    private static List<StatementRow> listedOnce(List<StatementRow> lines) {
        boolean[] repeat = new boolean[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size() && !repeat[i]; j++) {
                if (!repeat[j] && stated(lines.get(i), lines.get(j), false)) {
                    repeat[j] = true;
                    break;
                }
            }
        }
        List<StatementRow> once = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!repeat[i]) {
                once.add(lines.get(i));
            }
        }
        return once;
    }

    /** Whether the two lines share a label and state each other's figures, negated or as they are. */
    private static boolean stated(StatementRow row, StatementRow other, boolean negated) {
        if (row.normalLabel().isEmpty() || !row.normalLabel().equals(other.normalLabel())) {
            return false;
        }
        int nonNil = 0;
        for (int c = 0; c < row.amounts().size() || c < other.amounts().size(); c++) {
            Amount mine = c < row.amounts().size() ? row.amount(c) : null;
            Amount theirs = c < other.amounts().size() ? other.amount(c) : null;
            if (mine == null && theirs == null) {
                continue;
            }
            if (mine == null || theirs == null || mine.value().compareTo(negated ? theirs.value().negate() : theirs.value()) != 0) {
                return false;
            }
            nonNil += mine.value().signum() != 0 ? 1 : 0;
        }
        return nonNil > 0;
    }
}
