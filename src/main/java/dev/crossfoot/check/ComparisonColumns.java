package dev.crossfoot.check;

import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;

import java.util.List;

/**
 * Columns that compare the other columns rather than report amounts: percentages of a total,
 * changes between periods, averages; and a column of years that says which period each row is
 * of (see {@link YearKeys}); and a column of what is left at each date ("Approximate Dollar Value of
 * Shares that May Yet Be Purchased" in the issuer-repurchase table), a balance that does not add
 * over the months. Neither footing nor identity rules apply to them.
 */
final class ComparisonColumns {

    /**
     * The columns of each table of the document asked about last, per thread: footing asks for every column of every
     * sum it tries, and the rules for every column of every rule, while a document's tables are asked in turn (a table
     * as its depths read it and as its labels do, the statements a tie reads); the table asked last is kept beside them.
     */
    private static final class Memo {
        private final dev.crossfoot.model.Document document;
        private final java.util.Map<StatementTable, java.util.BitSet> byTable = new java.util.IdentityHashMap<>();
        private StatementTable lastTable;
        private java.util.BitSet lastColumns;

        private Memo(dev.crossfoot.model.Document document) {
            this.document = document;
        }
    }

    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private ComparisonColumns() {
    }

    /**
     * A column of percentages or of changes between other columns ("% of Net Sales", "Change",
     * "% Change", "Variance"): its rows are ratios or differences of the other columns and the
     * rounding of each is its own, so they are not footed. Decided once per table: asked for each
     * column of each candidate sum, matching the header against the lexicon every time made a wide
     * table's footing run for minutes.
     */
    static boolean contains(StatementTable table, int column) {
        Memo memo = LAST.get();
        if (memo == null || memo.document != table.document()) {
            memo = new Memo(table.document());
            LAST.set(memo);
        }
        if (memo.lastTable != table) {
            memo.lastColumns = memo.byTable.computeIfAbsent(table, ComparisonColumns::scan);
            memo.lastTable = table;
        }
        return memo.lastColumns.get(column);
    }

    /** The table's comparing columns, worked out afresh. */
    static java.util.BitSet scan(StatementTable table) {
        java.util.BitSet comparing = new java.util.BitSet();
        int years = YearKeys.column(table);
        if (years >= 0) {
            comparing.set(years);
        }
        List<String> headers = table.table().columns();
        for (int c = 0; c < headers.size(); c++) {
            if (headers.get(c) != null
                    && Lexicon.current().matches(Cue.COMPARISON_COLUMN, headers.get(c).toLowerCase(java.util.Locale.ROOT))) {
                comparing.set(c);
            }
        }
        return comparing;
    }
}
