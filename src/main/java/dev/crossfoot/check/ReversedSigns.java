package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Readings of a total in which one of its lines counts with its sign reversed in every column: a
 * figure shown in its concept's own sign where the total subtracts it. A data set shows an XBRL
 * value as tagged unless the filer negates its label, so a prior service cost "arising" (a cost,
 * tagged positive) stands as 3 in a statement whose total of other comprehensive income takes 3
 * off (Texas Instruments); an extraction that drops a line's parentheses in the whole row does
 * the same. Only a line with a figure in two columns at least is offered: the reading must hold
 * where the line has figures, and a single wrong sign, which breaks one column, never reads so.
 * These are last-resort readings ({@link ReadingChoice}).
 */
final class ReversedSigns {

    /** A reading: the lines as written, {@code deducted} the one whose sign is reversed. */
    record Reading(List<StatementRow> lines, Set<StatementRow> deducted) { }

    private ReversedSigns() {
    }

    static List<Reading> readings(StatementTable table, List<StatementRow> lines) {
        List<Reading> readings = new ArrayList<>();
        if (lines.size() < 2) {
            return readings;
        }
        for (StatementRow line : lines) {
            if (SectionFooting.additive(line) && columnsWithFigures(table, line) >= ReadingChoice.MIN_COLUMNS_HELD) {
                readings.add(new Reading(lines, Set.of(line)));
            }
        }
        return readings;
    }

    /** The columns in which the line states a figure other than zero. */
    private static int columnsWithFigures(StatementTable table, StatementRow line) {
        int figures = 0;
        for (int c = 0, width = table.width(); c < width; c++) {
            if (line.amount(c) != null && line.amount(c).value().signum() != 0) {
                figures++;
            }
        }
        return figures;
    }
}
