package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The lines of a table with their implicit subtotals or headings counted once
 * ({@link SectionFooting#collapseSubtotals}, {@link SectionFooting#collapseHeadings}), kept for the
 * runs of lines already collapsed. Footing collapses the lines of every reading of every total,
 * the rules the lines between their rows, and the same runs come back: each collapse tries every
 * run of up to thirty lines above or below every line. The answer depends on the table and the
 * lines alone; a table is checked on one thread, so the last table's answers are the ones asked
 * for again.
 */
final class CollapsedLines {

    private static final ThreadLocal<CollapsedLines> LAST = new ThreadLocal<>();

    /** The lines as the indices of their rows in the table, and which collapse. */
    private record Key(int[] rows, boolean headings) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && headings == key.headings && Arrays.equals(rows, key.rows);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(rows) * 31 + Boolean.hashCode(headings);
        }
    }

    private final StatementTable table;
    private final Map<Key, List<StatementRow>> collapsed = new HashMap<>();

    private CollapsedLines(StatementTable table) {
        this.table = table;
    }

    /** The collapse of {@code lines}, worked out by {@code work} the first time these lines are asked. */
    static List<StatementRow> of(StatementTable table, List<StatementRow> lines, boolean headings,
                                 Supplier<List<StatementRow>> work) {
        int[] rows = rowsOf(table, lines);
        if (rows == null) {
            return work.get();
        }
        CollapsedLines last = LAST.get();
        if (last == null || last.table != table) {
            last = new CollapsedLines(table);
            LAST.set(last);
        }
        Key key = new Key(rows, headings);
        List<StatementRow> known = last.collapsed.get(key);
        if (known == null) {
            known = List.copyOf(work.get());
            last.collapsed.put(key, known);
        }
        return known;
    }

    /** The lines' row indices, or null when a line is not the table's own row (then nothing is kept). */
    private static int[] rowsOf(StatementTable table, List<StatementRow> lines) {
        List<StatementRow> rows = table.rows();
        int[] indices = new int[lines.size()];
        for (int i = 0; i < indices.length; i++) {
            StatementRow line = lines.get(i);
            if (line.index() < 0 || line.index() >= rows.size() || rows.get(line.index()) != line) {
                return null;
            }
            indices[i] = line.index();
        }
        return indices;
    }
}
