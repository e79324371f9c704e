package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;

/**
 * What section footing asks of each row of one table again and again, answered once per row:
 * whether it adds ({@link SectionFooting#additive}), whether its label says "Less:", and whether it
 * is deducted as shown. Each answer is its label looked up in the lexicon's memos (the label
 * normalised, then matched: two hash look-ups in maps shared by every thread), and footing asks
 * them for every line of every reading of every total. Whether the table's structure is inferred
 * (no row came with a depth) walks every row; footing asked it several times per total.
 * <p>
 * Kept for the last table on the thread and the lexicon in force, as {@link LineSummands} and
 * {@link NetLines} keep theirs: a table is footed on one thread, its totals one after another.
 */
final class FootingRows {

    private static final ThreadLocal<FootingRows> LAST = new ThreadLocal<>();
    private static final byte UNKNOWN = 0;
    private static final byte YES = 1;
    private static final byte NO = 2;

    private final StatementTable table;
    private final Lexicon lexicon;
    private final boolean inferred;
    private final byte[] additive;
    private final byte[] less;
    private final byte[] deducted;

    private FootingRows(StatementTable table, Lexicon lexicon) {
        this.table = table;
        this.lexicon = lexicon;
        this.inferred = SectionFooting.inferred(table);
        int rows = table.rows().size();
        this.additive = new byte[rows];
        this.less = new byte[rows];
        this.deducted = new byte[rows];
    }

    static FootingRows of(StatementTable table) {
        FootingRows last = LAST.get();
        Lexicon lexicon = Lexicon.current();
        if (last == null || last.table != table || last.lexicon != lexicon) {
            last = new FootingRows(table, lexicon);
            LAST.set(last);
        }
        return last;
    }

    /** No row of the table came with a depth: its hierarchy is the inference's guess. */
    boolean inferred() {
        return inferred;
    }

    /** {@link SectionFooting#additive} of a row. */
    boolean additive(StatementRow row) {
        return answer(additive, row, SectionFooting::additive);
    }

    /** Whether the row's label says it is deducted ("Less: …"). */
    boolean less(StatementRow row) {
        return answer(less, row, FootingRows::namesDeduction);
    }

    /** A "Less: …" line that shows no negative amount in any column: it is deducted as shown. */
    boolean deducted(StatementRow row) {
        return answer(deducted, row, this::deductedAsShown);
    }

    /** The answer kept for a row of this table, asked once; a row of another list is asked every time. */
    private boolean answer(byte[] kept, StatementRow row, java.util.function.Predicate<StatementRow> question) {
        if (!own(row)) {
            return question.test(row);
        }
        if (kept[row.index()] == UNKNOWN) {
            kept[row.index()] = question.test(row) ? YES : NO;
        }
        return kept[row.index()] == YES;
    }

    /** A row of this table's own list: its index is its place in the answers. */
    private boolean own(StatementRow row) {
        int index = row.index();
        return index >= 0 && index < additive.length && table.rows().get(index) == row;
    }

    private static boolean namesDeduction(StatementRow row) {
        return Lexicon.current().matches(Cue.DEDUCTION, row.normalLabel());
    }

    private boolean deductedAsShown(StatementRow row) {
        if (!less(row)) {
            return false;
        }
        for (int c = 0, width = table.width(); c < width; c++) {
            if (row.amount(c) != null && row.amount(c).value().signum() < 0) {
                return false;
            }
        }
        return true;
    }
}
