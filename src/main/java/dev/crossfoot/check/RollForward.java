package dev.crossfoot.check;

import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Hierarchy;

import java.util.ArrayList;
import java.util.List;

/**
 * What a closing balance adds: the opening balance and the movements since it. Among the
 * movements a total stands for the run of movements just above it that it adds up ("Total
 * comprehensive income" for the net income and the other comprehensive income lines, then the
 * dividends after it), as many as add up to it in every column; a total nothing adds up to stands
 * for the lines above it as the layout groups them, and its own footing says where it fails. A
 * flow total never reaches past the opening balance: a balance is no movement.
 */
final class RollForward {

    /** How many standard deviations of rounding noise a run that truly adds up may miss by. */
    private static final double NOISE = 3;

    private RollForward() {
    }

    /**
     * The opening balance and the movements since, for the closing balance at row {@code closing};
     * empty when no balance opens the roll-forward above it.
     */
    static List<StatementRow> movementsSince(StatementTable table, int closing) {
        return movementsSince(table, closing, false);
    }

    /**
     * The other reading where a total among the movements adds up no run above it (Mannatech's
     * retained earnings: "Total comprehensive loss" 0 under "Net loss" (2,781), the data set having
     * kept the member's total empty): its lines count, not it. Empty when no total is read so.
     */
    static List<StatementRow> movementsSinceByTheirLines(StatementTable table, int closing) {
        List<StatementRow> byLines = movementsSince(table, closing, true);
        return byLines.equals(movementsSince(table, closing, false)) ? List.of() : byLines;
    }

    private static List<StatementRow> movementsSince(StatementTable table, int closing, boolean linesOfUnreadTotals) {
        List<StatementRow> rows = table.rows();
        int opening = -1;
        for (int i = closing - 1; i >= 0 && opening < 0; i--) {
            // The last balance above, whatever its role: the closing balance of one period opens the next.
            if (isBalance(rows.get(i)) || TemporaryEquity.isEquityTotal(rows.get(i))) {
                opening = i;
            }
        }
        if (opening < 0 || closing - opening < 2) {
            return List.of();
        }
        opening = asAdjusted(table, opening);
        List<StatementRow> movements = new ArrayList<>();
        for (int i = opening + 1; i < closing; i++) {
            StatementRow row = rows.get(i);
            if (row.role() == RowRole.HEADER || isBalance(row)) {
                // The adjusted opening balance between: the balance above and its adjustments count instead.
                continue;
            }
            if (row.role() == RowRole.TOTAL) {
                int from = addingRunStart(table, movements, row);
                if (from < 0 && linesOfUnreadTotals) {
                    continue;
                }
                if (from < 0) {
                    from = movements.size();
                    while (from > 0 && movements.get(from - 1).role() == RowRole.ITEM) {
                        from--;
                    }
                }
                movements.subList(from, movements.size()).clear();
            }
            movements.add(row);
        }
        List<StatementRow> addends = new ArrayList<>();
        addends.add(rows.get(opening));
        addends.addAll(movements);
        return addends;
    }

    /**
     * The balance a roll-forward opens from when the one right above is an opening "as adjusted":
     * Ricoh's "Adjusted Balance, beginning of year" restates "Beginning Balance" and the effects
     * of accounting changes below it, and is shown only for the years that had one. Where it is
     * blank the year opens from the beginning balance, so the reading that holds in every column
     * is the beginning balance with the adjustments, the adjusted balance a running subtotal. It
     * is taken when the adjusted balance adds up that way in every column that shows it (one at
     * least), and where it is blank so are the adjustments.
     */
    private static int asAdjusted(StatementTable table, int adjusted) {
        List<StatementRow> rows = table.rows();
        int first = -1;
        for (int i = adjusted - 1; i >= 0 && first < 0; i--) {
            if (rows.get(i).role() == RowRole.HEADER) {
                continue;
            }
            if (isBalance(rows.get(i))) {
                first = i;
            }
        }
        if (first < 0) {
            return adjusted;
        }
        StatementRow restated = rows.get(adjusted);
        int shown = 0;
        for (int c = 0, width = table.width(); c < width; c++) {
            dev.crossfoot.model.Amount balance = restated.amount(c);
            dev.crossfoot.model.Interval sum = dev.crossfoot.model.Interval.ZERO;
            boolean adjustmentsShown = false;
            for (int i = first; i < adjusted; i++) {
                dev.crossfoot.model.Amount amount = rows.get(i).amount(c);
                if (amount != null) {
                    sum = sum.plus(amount.interval());
                    adjustmentsShown |= i > first;
                }
            }
            if (balance == null) {
                if (adjustmentsShown) {
                    return adjusted;
                }
                continue;
            }
            if (rows.get(first).amount(c) == null || !sum.intersects(balance.interval())) {
                return adjusted;
            }
            shown++;
        }
        return shown > 0 ? first : adjusted;
    }

    /** The lines after the last balance among them: what a total of movements can add. */
    static List<StatementRow> afterLastBalance(List<StatementRow> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isBalance(lines.get(i))) {
                return lines.subList(i + 1, lines.size());
            }
        }
        return lines;
    }

    /**
     * A total that names the equity under the balance that opens a roll-forward ("Total
     * stockholders' equity before other comprehensive income" under "Beginning Balance", the share
     * repurchases and the stock-based compensation): the balance so far, which rolls forward from
     * the opening one and opens the movements after it, as a balance line does. Without an opening
     * balance above (a balance sheet's equity section) it is a section's total.
     */
    static boolean isRunningBalance(StatementTable table, int t) {
        List<StatementRow> rows = table.rows();
        if (!TemporaryEquity.isEquityTotal(rows.get(t)) || Hierarchy.isBalanceLabel(rows.get(t).label())) {
            return false;
        }
        for (int i = t - 1; i >= 0; i--) {
            if (Hierarchy.isOpeningBalance(rows.get(i).label())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A balance line, or a header naming an opening balance; from the normal label the line carries, each of its
     * answers looked up once ({@link Hierarchy#isBalanceOrOpeningBalance}).
     */
    static boolean isBalance(StatementRow row) {
        return row.role() != RowRole.HEADER ? Hierarchy.isBalanceOrOpeningBalance(row.label(), row.normalLabel())
                : Hierarchy.isOpeningBalanceNormal(row.normalLabel());
    }

    /** {@link #isBalance} worked out the plain way: the label normalised again and looked up for each cue. */
    static boolean isBalancePlain(StatementRow row) {
        return row.role() != RowRole.HEADER && Hierarchy.isBalanceLabel(row.label()) || Hierarchy.isOpeningBalance(row.label());
    }

    /**
     * Where the run of movements ending right above the total starts that adds up to it, or −1.
     * The run may count the subtotals the layout marks only by indent once ("Other comprehensive
     * income" 74 under its four lines, then "Total comprehensive income" 825 adding net income and
     * it). Of the runs that add up, the longest that closes within its rounding noise wins: ten
     * lines allow a gap of five units, so a run reaching into the share issues above can fit by
     * chance, five units off, where the true one adds up exactly. Only where no run closes that
     * well does the longest that fits at all stand.
     */
    private static int addingRunStart(StatementTable table, List<StatementRow> movements, StatementRow total) {
        List<StatementRow> collapsed = SectionFooting.collapseSubtotals(table, movements);
        int fits = -1;
        for (int start = 0; start < movements.size(); start++) {
            List<StatementRow> run = movements.subList(start, movements.size());
            if (Sections.addsUpInEveryColumn(run, total)) {
                if (Sections.missInSigmas(run, total) <= NOISE) {
                    return start;
                }
                fits = fits < 0 ? start : fits;
            }
            if (collapsed.size() < movements.size()) {
                List<StatementRow> counted = counted(movements.subList(start, movements.size()), collapsed);
                if (counted.size() < run.size() && Sections.addsUpInEveryColumn(counted, total)
                        && Sections.missInSigmas(counted, total) <= NOISE) {
                    return start;
                }
            }
        }
        return fits;
    }

    /** The run's lines as the collapsed reading counts them: a part whose subtotal is in the run drops out. */
    private static List<StatementRow> counted(List<StatementRow> run, List<StatementRow> collapsed) {
        List<StatementRow> kept = new ArrayList<>();
        for (StatementRow line : run) {
            if (collapsed.contains(line)) {
                kept.add(line);
            }
        }
        return kept;
    }
}
