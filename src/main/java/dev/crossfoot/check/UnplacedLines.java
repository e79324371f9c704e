package dev.crossfoot.check;

import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The readings of an identity over named rows in a table whose lines are not in its statement's
 * order ({@link StatementOrder}). There the lines an identity must account for (item 5 of the
 * structure's grammar: the lines shown between its rows) cannot be found by where they stand, and
 * neither can whether an optional line stands among its items or past its total. Two kinds of line
 * are known to stand on their own beside the activities and the net change in cash, wherever a
 * filer puts them: the lines other identities of the statement count as optional (the effect of
 * exchange rates on cash, which some filers show after the net change and add to the ending cash)
 * and the discontinued operations' part of an activity ({@link Cue#DISCONTINUED_PART}). Each
 * placement is one reading: one such line added, or one optional line the identity names taken
 * back. Like the lines shown between an identity's rows in an ordered table, a reading is the
 * table's, in every column, when it holds in more columns than the identity as written and in two
 * at least (one column alone cannot tell a placement from a chance fit).
 */
final class UnplacedLines {

    /** The fewest columns a reading must hold in to be the table's. */
    static final int MIN_COLUMNS_HELD = 2;

    private UnplacedLines() {
    }

    /**
     * The readings of an identity whose result is {@code total}, whose items are {@code named} and
     * whose optional items the table shows are {@code optional}; {@code optionalConcepts} are the
     * concepts any identity of the statement counts as optional.
     */
    static List<List<ShownLine>> readings(StatementTable table, StatementRow total, Collection<StatementRow> named,
                                          Collection<StatementRow> optional, Set<String> optionalConcepts) {
        List<List<ShownLine>> readings = new ArrayList<>();
        for (StatementRow row : optional) {
            readings.add(List.of(ShownLine.takenBack(row)));
        }
        Lexicon lexicon = Lexicon.current();
        for (StatementRow row : table.rows()) {
            if (row == total || named.contains(row) || row.role() == RowRole.HEADER || row.measure() != total.measure()
                    || row.amounts().stream().allMatch(amount -> amount == null) || restatesNamed(row, total, named)) {
                continue;
            }
            boolean standsAlone = row.concept() != null && optionalConcepts.contains(row.concept())
                    || lexicon.matches(Cue.DISCONTINUED_PART, row.normalLabel());
            if (standsAlone) {
                readings.add(List.of(ShownLine.added(row, false, false)));
            }
        }
        return readings;
    }

    /** A second row of a concept the identity already counts is that line again, not one of its own. */
    private static boolean restatesNamed(StatementRow row, StatementRow total, Collection<StatementRow> named) {
        if (row.concept() == null) {
            return false;
        }
        if (row.concept().equals(total.concept())) {
            return true;
        }
        for (StatementRow other : named) {
            if (row.concept().equals(other.concept())) {
                return true;
            }
        }
        return false;
    }
}
