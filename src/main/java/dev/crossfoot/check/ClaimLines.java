package dev.crossfoot.check;

import dev.crossfoot.understand.MeasureNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The names of a document's lines as its own claims were tied to them ({@link ClaimTies}): for each line, which of the
 * document's tables and which of its stated rows it is, and what it can be asked by. A claim of a later document of the
 * same company asks the same tables ({@link CrossDocumentClaims}), and worked their names out again from the same
 * titles, headers, labels and sections (the index of a company's earlier tables was 9 % of an HTML corpus run's
 * checking thread, BENCHMARKS.md "Issue 14, sixteenth round"); handed over with the tables, they are bound to the kept
 * tables instead.
 * <p>The names depend only on what the kept tables repeat of the document's own (title, headers, each stated row's
 * label and section) and on the measure names they were worked out with; they are bound only to tables of the same
 * count and rows, by the same measure names, else worked out again.
 */
public final class ClaimLines {

    /** No names worked out: a document without claims (its tables' names are worked out if a claim ever asks). */
    static final ClaimLines NONE = new ClaimLines(null, new int[0], new int[0], new int[0], List.of());

    private final MeasureNames names;
    /** Each table's count of stated rows, in the document's order. */
    private final int[] rowCounts;
    /** Per line, in order: the table's index, and the row's index among the table's stated rows. */
    private final int[] tables;
    private final int[] rows;
    private final List<ClaimTies.Named> named;

    private ClaimLines(MeasureNames names, int[] rowCounts, int[] tables, int[] rows, List<ClaimTies.Named> named) {
        this.names = names;
        this.rowCounts = rowCounts;
        this.tables = tables;
        this.rows = rows;
        this.named = named;
    }

    /** What a document's lines are named, gathered in the order {@link ClaimTies} lists them. */
    static final class Builder {
        private final MeasureNames names;
        private final int[] rowCounts;
        private final List<Integer> tables = new ArrayList<>();
        private final List<Integer> rows = new ArrayList<>();
        private final List<ClaimTies.Named> named = new ArrayList<>();

        Builder(MeasureNames names, List<StatedTable> tables) {
            this.names = names;
            this.rowCounts = new int[tables.size()];
            for (int t = 0; t < rowCounts.length; t++) {
                rowCounts[t] = tables.get(t).rows().size();
            }
        }

        /** Each row's label words, kept once for all its lines. */
        private final java.util.Map<Set<String>, Set<String>> words = new java.util.IdentityHashMap<>();

        /**
         * A line's names, kept in compact sets: they stay with the tables until the run ends, and the hash sets they were
         * gathered in took about four times the room (50 MB more live heap at the end of an HTML corpus run).
         */
        void add(int table, int row, ClaimTies.Named line) {
            tables.add(table);
            rows.add(row);
            named.add(new ClaimTies.Named(line.adjusted(), compact(line.keys()), compact(line.ownKeys()), line.sectionKey(),
                    line.measureFromHeader(), line.columns(), words.computeIfAbsent(line.labelWords(), Builder::compact)));
        }

        /**
         * The same strings in an unmodifiable set of one array, equal to the set given: the set itself where it is one
         * already (made so by {@code ClaimTies}), a copy of a hash set.
         */
        private static Set<String> compact(Set<String> set) {
            return set instanceof java.util.HashSet<String> ? Set.of(set.toArray(new String[0])) : set;
        }

        ClaimLines build() {
            return new ClaimLines(names, rowCounts, tables.stream().mapToInt(Integer::intValue).toArray(),
                    rows.stream().mapToInt(Integer::intValue).toArray(), List.copyOf(named));
        }
    }

    /**
     * Whether these names are of {@code tables}, worked out by {@code by}: as many tables, each with as many stated rows
     * as those they were worked out for.
     */
    boolean fits(MeasureNames by, List<StatedTable> tables) {
        if (names == null || names != by || tables.size() != rowCounts.length) {
            return false;
        }
        for (int t = 0; t < rowCounts.length; t++) {
            if (tables.get(t).rows().size() != rowCounts[t]) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return named.size();
    }

    int table(int line) {
        return tables[line];
    }

    int row(int line) {
        return rows[line];
    }

    ClaimTies.Named named(int line) {
        return named.get(line);
    }
}
