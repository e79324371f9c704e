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

    private RollForward() {
    }

    /**
     * The opening balance and the movements since, for the closing balance at row {@code closing};
     * empty when no balance opens the roll-forward above it.
     */
    static List<StatementRow> movementsSince(StatementTable table, int closing) {
        List<StatementRow> rows = table.rows();
        int opening = -1;
        for (int i = closing - 1; i >= 0 && opening < 0; i--) {
            // The last balance above, whatever its role: the closing balance of one period opens the next.
            if (isBalance(rows.get(i))) {
                opening = i;
            }
        }
        if (opening < 0 || closing - opening < 2) {
            return List.of();
        }
        List<StatementRow> movements = new ArrayList<>();
        for (int i = opening + 1; i < closing; i++) {
            StatementRow row = rows.get(i);
            if (row.role() == RowRole.HEADER) {
                continue;
            }
            if (row.role() == RowRole.TOTAL) {
                int from = addingRunStart(movements, row);
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

    /** The lines after the last balance among them: what a total of movements can add. */
    static List<StatementRow> afterLastBalance(List<StatementRow> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (isBalance(lines.get(i))) {
                return lines.subList(i + 1, lines.size());
            }
        }
        return lines;
    }

    private static boolean isBalance(StatementRow row) {
        return row.role() != RowRole.HEADER && Hierarchy.isBalanceLabel(row.label()) || Hierarchy.isOpeningBalance(row.label());
    }

    /** Where the longest run of movements ending right above the total starts that adds up to it, or −1. */
    private static int addingRunStart(List<StatementRow> movements, StatementRow total) {
        for (int start = 0; start < movements.size(); start++) {
            if (Sections.addsUpInEveryColumn(movements.subList(start, movements.size()), total)) {
                return start;
            }
        }
        return -1;
    }
}
