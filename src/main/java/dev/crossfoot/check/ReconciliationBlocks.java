package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * GAAP to non-GAAP reconciliations, in either of the two layouts filers use.
 * <ul>
 *   <li>Blocks of rows: a {@code GAAP X} row, adjustment rows, a {@code Non-GAAP X} row. The
 *       non-GAAP figure must equal the GAAP figure plus the adjustments as shown (operating
 *       expense adjustments are shown in parentheses, so they subtract by their own sign). Margin
 *       blocks follow the same law: an adjustment margin is conventionally the difference of the
 *       two rounded margins, so it is checked only inside the block, never against its own ratio.</li>
 *   <li>Groups of columns: a {@code GAAP} column, one or more adjustment columns ({@code Adj.},
 *       {@code Adjustments}) and a {@code Non-GAAP} column side by side, for each period. On every
 *       row that shows an adjustment (a number or a dash), the non-GAAP cell must equal the GAAP
 *       cell plus the adjustments. Rows whose adjustment cells are blank (margins, EPS) are not
 *       reconciled line by line: the layout leaves them to the ratio rules.</li>
 * </ul>
 */
final class ReconciliationBlocks {

    private final Rule rule;

    ReconciliationBlocks(Rule rule) {
        this.rule = rule;
    }

    List<EvaluatedCheck> check(StatementTable table) {
        List<EvaluatedCheck> checks = new ArrayList<>(rowBlocks(table));
        for (ColumnGroup group : columnGroups(table)) {
            checkColumns(table, group, checks);
        }
        return checks;
    }


    /** A GAAP column, the adjustment columns right after it, and the non-GAAP column they lead to. */
    record ColumnGroup(int gaap, List<Integer> adjustments, int nonGaap) { }

    static List<ColumnGroup> columnGroups(StatementTable table) {
        List<ColumnGroup> groups = new ArrayList<>();
        for (int c = 0, width = table.width(); c < width; c++) {
            if (roleOf(table.table().column(c)) != 'G') {
                continue;
            }
            List<Integer> adjustments = new ArrayList<>();
            int k = c + 1;
            while (k < table.width() && roleOf(table.table().column(k)) == 'A') {
                adjustments.add(k++);
            }
            if (!adjustments.isEmpty() && k < table.width() && roleOf(table.table().column(k)) == 'N') {
                groups.add(new ColumnGroup(c, adjustments, k));
                c = k;
            }
        }
        return groups;
    }

    /** 'N' for a non-GAAP column, 'A' for an adjustment column, 'G' for a GAAP column, else ' '. */
    private static char roleOf(String header) {
        String text = header.toLowerCase(Locale.ROOT);
        if (Lexicon.current().matches(Cue.NON_GAAP, text)) {
            return 'N';
        }
        if (Lexicon.current().matches(Cue.ADJUSTMENT, text)) {
            return 'A';
        }
        return Lexicon.current().matches(Cue.GAAP, text) ? 'G' : ' ';
    }

    private void checkColumns(StatementTable table, ColumnGroup group, List<EvaluatedCheck> checks) {
        for (StatementRow row : table.rows()) {
            Term reported = Term.at(table, row, group.nonGaap(), 1);
            Term start = Term.at(table, row, group.gaap(), 1);
            if (reported == null || start == null) {
                continue;
            }
            List<Term> terms = new ArrayList<>();
            terms.add(start);
            boolean shown = false;
            for (int adjustment : group.adjustments()) {
                shown |= row.value(adjustment).isNumeric();
                Term term = Term.at(table, row, adjustment, 1);
                if (term != null) {
                    terms.add(term);
                }
            }
            if (shown) {
                checks.add(EvaluatedCheck.of(rule, table, group.nonGaap(), reported, BoundExpr.sum(terms)));
            }
        }
    }

    private List<EvaluatedCheck> rowBlocks(StatementTable table) {
        List<EvaluatedCheck> checks = new ArrayList<>();
        StatementRow gaap = null;
        List<StatementRow> adjustments = new ArrayList<>();
        for (StatementRow row : table.rows()) {
            if (row.amounts().stream().allMatch(amount -> amount == null)) {
                continue;
            }
            String label = row.normalLabel();
            if (label.startsWith("gaap ")) {
                gaap = row;
                adjustments.clear();
            } else if (label.startsWith("non-gaap ") || label.startsWith("non gaap ")) {
                if (gaap != null && !adjustments.isEmpty() && gaap.measure() == row.measure()) {
                    checkBlock(table, gaap, adjustments, row, checks);
                }
                gaap = null;
                adjustments.clear();
            } else if (gaap != null) {
                adjustments.add(row);
            }
        }
        return checks;
    }

    private void checkBlock(StatementTable table, StatementRow gaap, List<StatementRow> adjustments,
                            StatementRow nonGaap, List<EvaluatedCheck> checks) {
        for (int c = 0, width = table.width(); c < width; c++) {
            Term reported = Term.at(table, nonGaap, c, 1);
            Term start = Term.at(table, gaap, c, 1);
            if (reported == null || start == null) {
                continue;
            }
            List<Term> terms = new ArrayList<>();
            terms.add(start);
            for (StatementRow adjustment : adjustments) {
                Term term = Term.at(table, adjustment, c, 1);
                if (term != null) {
                    terms.add(term);
                }
            }
            checks.add(EvaluatedCheck.of(rule, table, c, reported, BoundExpr.sum(terms)));
        }
    }
}
