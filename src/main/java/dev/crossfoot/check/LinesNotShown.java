package dev.crossfoot.check;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Lines of a reading that a column does not show, and what footing makes of them: a result the
 * total runs on left blank where the other columns give it (the column does not show what the total
 * adds), and a line the input gives no figure for in any column (it may add nothing). A blank item,
 * or a line given in some columns only, is neither: the first counts as nothing, the second is a
 * figure missing.
 */
final class LinesNotShown {

    private LinesNotShown() {
    }

    /**
     * A line of the reading that states a result so far ("Earnings before interest and taxes") or a
     * total, blank in this column and given in two other of the {@code columns} at least; null where none is.
     */
    static StatementRow unshownResult(StatementTable table, List<StatementRow> addends, int column, List<Integer> columns) {
        Lexicon lexicon = Lexicon.current();
        for (StatementRow line : addends) {
            if (!(line.value(column) instanceof CellValue.Absent)
                    || line.role() != RowRole.TOTAL && !lexicon.matches(Cue.RESULT_SO_FAR, line.normalLabel())) {
                continue;
            }
            int shown = 0;
            for (int c : columns) {
                shown += c != column && line.amount(c) != null ? 1 : 0;
            }
            if (shown >= 2) {
                return line;
            }
        }
        return null;
    }

    /**
     * The terms whose figures the input gives (see {@link CellValue.NotGiven}), or
     * an empty list where a line not given stands in for a blank subtotal of the reading (there the
     * reading is not the same in this column as in the others) or is given in another column: then
     * no line is known to add nothing.
     */
    static List<Term> given(List<Term> terms, List<StatementRow> addends, int column) {
        List<Term> given = new ArrayList<>();
        for (Term term : terms) {
            if (!(term.row().value(column) instanceof CellValue.NotGiven)) {
                given.add(term);
            } else if (!addends.contains(term.row()) || !givenInNoColumn(term.row())) {
                return List.of();
            }
        }
        return given;
    }

    /** The lines the input gives a figure for in some column, in their order. */
    static List<StatementRow> givenSomewhere(List<StatementRow> lines) {
        List<StatementRow> given = null;
        for (int i = 0; i < lines.size(); i++) {
            if (givenInNoColumn(lines.get(i))) {
                if (given == null) {
                    given = new ArrayList<>(lines.subList(0, i));
                }
            } else if (given != null) {
                given.add(lines.get(i));
            }
        }
        return given == null ? lines : given;
    }

    /**
     * Whether the input gives the line no figure in any column: a line listed with nothing (a second
     * listing of a line given elsewhere, a heading kept as a line). A line given in some columns and
     * not in another is a figure missing there, never known to be nothing.
     */
    private static boolean givenInNoColumn(StatementRow row) {
        for (int c = 0; c < row.amounts().size(); c++) {
            if (!(row.value(c) instanceof CellValue.NotGiven)) {
                return false;
            }
        }
        return true;
    }
}
