package dev.crossfoot.report;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Severity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which cells the findings point at, for the audit report to mark: the cell a finding blames (the
 * one its suggestion would change, else its reported cell) is flagged, with the worst severity
 * among its findings; the other cells a failing check used are marked as used.
 *
 * <p>A cell is known by its location and column header together. A JSON Pointer names one cell,
 * but a line-based reader gives every cell of a row the same {@code file:line}, so the column tells
 * them apart.
 */
final class CellMarks {

    private final Map<String, Mark> marks = new HashMap<>();

    CellMarks(List<Finding> findings) {
        for (Finding finding : findings) {
            CellRef blamed = blamed(finding);
            for (CellRef cell : finding.cells()) {
                Mark mark = marks.computeIfAbsent(key(cell.location(), cell.column()), k -> new Mark());
                (same(cell, blamed) ? mark.flaggedBy : mark.usedBy).add(finding);
            }
            if (blamed != null && finding.cells().stream().noneMatch(cell -> same(cell, blamed))) {
                marks.computeIfAbsent(key(blamed.location(), blamed.column()), k -> new Mark()).flaggedBy.add(finding);
            }
        }
    }

    /**
     * The cell a finding blames: the one its suggestion would change, else its reported cell. A
     * tie reports the cell it checked, but diagnosis may show that the other side of the tie is
     * the misread one; the page must mark that cell, not the correct one.
     */
    private static CellRef blamed(Finding finding) {
        if (finding.suggestion() != null) {
            return finding.suggestion().cell();
        }
        return finding.cells().isEmpty() ? null : finding.cells().get(0);
    }

    private static boolean same(CellRef cell, CellRef other) {
        return other != null && cell.location().equals(other.location()) && cell.column().equals(other.column());
    }

    /** The mark on the cell at this location under this column header, or null. */
    Mark at(Location location, String column) {
        return marks.get(key(location, column));
    }

    private static String key(Location location, String column) {
        return location + "\u0000" + column;
    }

    /** The findings that flag a cell (it is their reported cell) and those that only used it. */
    static final class Mark {
        final List<Finding> flaggedBy = new ArrayList<>();
        final List<Finding> usedBy = new ArrayList<>();

        boolean flagged() {
            return !flaggedBy.isEmpty();
        }

        Severity worst() {
            Severity worst = Severity.INFO;
            for (Finding finding : flaggedBy) {
                if (finding.severity().atLeast(worst)) {
                    worst = finding.severity();
                }
            }
            return worst;
        }
    }
}
