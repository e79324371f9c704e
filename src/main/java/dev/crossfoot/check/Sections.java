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
                    List<StatementRow> items = new ArrayList<>();
                    while (!lines.isEmpty() && lines.get(lines.size() - 1).role() == RowRole.ITEM
                            && lines.get(lines.size() - 1).depth() == row.depth()
                            && !(TemporaryEquity.isEquityTotal(row) && TemporaryEquity.isTemporaryEquity(lines.get(lines.size() - 1)))) {
                        items.add(0, lines.remove(lines.size() - 1));
                    }
                    if (!items.isEmpty() && !lines.isEmpty() && lines.get(lines.size() - 1).role() == RowRole.TOTAL
                            && lines.get(lines.size() - 1).depth() == row.depth()
                            && !addsUpInEveryColumn(items, row)) {
                        // A running total: "Total equity" after "Total shareholders' equity" and
                        // "Noncontrolling interests" holds them both. Not when the lines since
                        // the total before add up to this one on their own: then it is the next
                        // section's total ("Total other assets" after "Property, plant and
                        // equipment, net" and the other assets), which a flat table shows alike.
                        lines.remove(lines.size() - 1);
                    }
                }
                lines.add(row);
            }
        }
        return lines;
    }

    /** Whether the lines add up to the total in every column where all of them report an amount, and there is one. */
    private static boolean addsUpInEveryColumn(List<StatementRow> lines, StatementRow total) {
        int compared = 0;
        for (int c = 0; c < total.amounts().size(); c++) {
            dev.crossfoot.model.Amount reported = total.amount(c);
            if (reported == null) {
                continue;
            }
            dev.crossfoot.model.Interval sum = dev.crossfoot.model.Interval.ZERO;
            boolean all = true;
            for (StatementRow line : lines) {
                dev.crossfoot.model.Amount amount = line.amount(c);
                if (amount == null) {
                    all = false;
                    break;
                }
                sum = sum.plus(amount.interval());
            }
            if (!all) {
                continue;
            }
            if (!sum.intersects(reported.interval())) {
                return false;
            }
            compared++;
        }
        return compared > 0;
    }
}
