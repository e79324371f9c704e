package dev.crossfoot.check;

import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;

import java.util.ArrayList;
import java.util.List;

/** How the rows of a section add up, shared by footing and by {@code between(…)} in rules. */
final class Sections {

    private Sections() {
    }

    /**
     * A headed subsection counts as its closing total, or as its items and the values of its own
     * headed subsections when it has none ("Equity" over "Stockholders' equity", its total, and the
     * noncontrolling interests).
     */
    static List<StatementRow> valueOf(List<StatementRow> rows, int header) {
        return valueOf(rows, header, rows.size());
    }

    /** The value of a headed subsection, looking no further than row {@code end} (exclusive). */
    static List<StatementRow> valueOf(List<StatementRow> rows, int header, int end) {
        int level = rows.get(header).depth();
        List<StatementRow> members = new ArrayList<>();
        StatementRow closing = null;
        for (int i = header + 1; i < end && rows.get(i).depth() > level; i++) {
            StatementRow row = rows.get(i);
            if (row.depth() != level + 1) {
                continue;
            }
            if (row.role() == RowRole.TOTAL) {
                closing = row;
            } else if (row.role() == RowRole.ITEM) {
                members.add(row);
            } else {
                members.addAll(valueOf(rows, i, end));
            }
        }
        return closing != null ? List.of(closing) : members;
    }

    /**
     * The lines strictly between two rows at the level of the second: deeper lines are
     * represented by their subsection's total, and a total among them stands for the items
     * listed just above it (and for the total above those, as a running total, as footing reads
     * it), so nothing is counted twice.
     */
    static List<StatementRow> linesBetween(List<StatementRow> rows, int from, int to) {
        // Lines between may sit shallower than the second row ("Redeemable noncontrolling
        // interests" before the equity section that "Total liabilities and equity" closes): they
        // are read at the shallowest level among them, so none is left out.
        int level = rows.get(to).depth();
        for (int i = from + 1; i < to; i++) {
            level = Math.min(level, rows.get(i).depth());
        }
        List<StatementRow> lines = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            StatementRow row = rows.get(i);
            if (row.depth() != level || row.measure() != rows.get(to).measure() && row.role() != RowRole.HEADER) {
                continue;
            }
            if (row.role() == RowRole.HEADER) {
                lines.addAll(valueOf(rows, i, to));
            } else {
                if (row.role() == RowRole.TOTAL) {
                    boolean items = false;
                    while (!lines.isEmpty() && lines.get(lines.size() - 1).role() == RowRole.ITEM
                            && lines.get(lines.size() - 1).depth() == row.depth()
                            && !(TemporaryEquity.isEquityTotal(row) && TemporaryEquity.isTemporaryEquity(lines.get(lines.size() - 1)))) {
                        lines.remove(lines.size() - 1);
                        items = true;
                    }
                    if (items && !lines.isEmpty() && lines.get(lines.size() - 1).role() == RowRole.TOTAL
                            && lines.get(lines.size() - 1).depth() == row.depth()) {
                        // A running total: "Total equity" after "Total shareholders' equity" and
                        // "Noncontrolling interests" holds them both.
                        lines.remove(lines.size() - 1);
                    }
                }
                lines.add(row);
            }
        }
        return lines;
    }
}
