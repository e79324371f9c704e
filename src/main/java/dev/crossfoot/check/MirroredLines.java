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
 * its concept's value puts it on both, 440 and (440), and the pair adds nothing. Which of the two
 * the component shows, only its numbers say: the readings that count one line of the pair are
 * readings like the others, taken where they hold in more columns.
 */
final class MirroredLines {

    private MirroredLines() {
    }

    /**
     * The lines without one or the other of the first pair among them that share a label and
     * state each other's figures negated wherever either states one, one such figure at least
     * other than nil; none where there is no such pair.
     */
    static List<List<StatementRow>> readings(List<StatementRow> lines) {
        for (int i = 0; i < lines.size(); i++) {
            for (int j = i + 1; j < lines.size(); j++) {
                if (mirrored(lines.get(i), lines.get(j))) {
                    List<StatementRow> withoutFirst = new ArrayList<>(lines);
                    withoutFirst.remove(i);
                    List<StatementRow> withoutSecond = new ArrayList<>(lines);
                    withoutSecond.remove(j);
                    return List.of(withoutFirst, withoutSecond);
                }
            }
        }
        return List.of();
    }

    private static boolean mirrored(StatementRow row, StatementRow other) {
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
            if (mine == null || theirs == null || mine.value().compareTo(theirs.value().negate()) != 0) {
                return false;
            }
            nonNil += mine.value().signum() != 0 ? 1 : 0;
        }
        return nonNil > 0;
    }
}
