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
                            && lines.get(lines.size() - 1).depth() == row.depth()) {
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

    private static final java.util.regex.Pattern LESS = java.util.regex.Pattern.compile("^less\\b");
    private static final java.util.regex.Pattern NET = java.util.regex.Pattern.compile("\\bnet\\b");

    /**
     * The row two above a net line when the three show an amount, a deduction from it and what is
     * left: "Property, plant and equipment", "Less: Accumulated depreciation", "Property, plant and
     * equipment — net". The net line is their subtotal; -1 when row {@code net} closes no such triple.
     */
    static int grossOf(List<StatementRow> rows, int net) {
        return net >= 2 && isNetOf(rows.get(net - 2), rows.get(net - 1), rows.get(net)) ? net - 2 : -1;
    }

    /**
     * The lines with each gross amount and its deduction left out where the net line follows them:
     * the net line already holds both, so a section counts it alone.
     */
    static List<StatementRow> netOfDeductions(List<StatementRow> lines) {
        List<StatementRow> kept = new ArrayList<>();
        for (StatementRow line : lines) {
            int n = kept.size();
            if (n >= 2 && isNetOf(kept.get(n - 2), kept.get(n - 1), line)) {
                kept.subList(n - 2, n).clear();
            }
            kept.add(line);
        }
        return kept;
    }

    private static boolean isNetOf(StatementRow gross, StatementRow less, StatementRow net) {
        boolean items = gross.role() == RowRole.ITEM && less.role() == RowRole.ITEM && net.role() == RowRole.ITEM;
        boolean level = gross.depth() == less.depth() && less.depth() == net.depth();
        boolean adjacent = less.index() == gross.index() + 1 && net.index() == less.index() + 1;
        String lessLabel = dev.crossfoot.understand.Labels.normalise(less.label());
        return items && level && adjacent && LESS.matcher(lessLabel).find()
                && !LESS.matcher(dev.crossfoot.understand.Labels.normalise(gross.label())).find()
                && NET.matcher(dev.crossfoot.understand.Labels.normalise(net.label())).find();
    }
}
