package dev.crossfoot.check;

import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.understand.Labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An SEC-rendered statement page (an "R" page) shows the statement's own lines first, then its
 * lines by member: a member's name ("Equipment") over the statement's captions again ("Cost of
 * revenues") and the lines reported only for that member ("Cost of goods and services sold").
 * A total of the statement ("Total operating expenses") adds those member lines as well as the
 * lines shown under the same caption above.
 */
final class MemberLines {

    private MemberLines() {
    }

    /** Where the blocks by member start: a header right over a header that repeats a caption above; or −1. */
    static int blocksStart(List<StatementRow> rows) {
        Set<String> captions = new HashSet<>();
        for (int i = 0; i + 1 < rows.size(); i++) {
            StatementRow row = rows.get(i);
            StatementRow next = rows.get(i + 1);
            if (row.role() == RowRole.HEADER && next.role() == RowRole.HEADER && !captions.isEmpty()
                    && captions.contains(next.normalLabel())) {
                return i;
            }
            if (row.role() == RowRole.HEADER) {
                captions.add(row.normalLabel());
            }
        }
        return -1;
    }

    /**
     * The lines of the blocks by member under a caption the total's lines sit under, for a total
     * of the statement above those blocks; empty when the page shows none.
     */
    static List<StatementRow> under(List<StatementRow> rows, int total, List<StatementRow> addends) {
        int start = blocksStart(rows);
        if (start < 0 || total >= start || addends.isEmpty()) {
            return List.of();
        }
        Set<String> captions = new HashSet<>();
        for (StatementRow addend : addends) {
            addend.sectionPath().forEach(header -> captions.add(Labels.normalise(header)));
        }
        for (int i = addends.get(0).index() - 1; i >= 0 && rows.get(i).role() == RowRole.HEADER; i--) {
            captions.add(rows.get(i).normalLabel());
        }
        List<StatementRow> lines = new ArrayList<>();
        String caption = null;
        for (int i = start; i < rows.size(); i++) {
            StatementRow row = rows.get(i);
            if (row.role() == RowRole.HEADER) {
                caption = row.normalLabel();
            } else if (row.role() == RowRole.ITEM && caption != null && captions.contains(caption)) {
                lines.add(row);
            }
        }
        return lines;
    }
}
