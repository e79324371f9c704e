package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Labels;

import java.util.ArrayList;
import java.util.List;

/**
 * GAAP to non-GAAP blocks: a {@code GAAP X} row, adjustment rows, a {@code Non-GAAP X} row.
 * The non-GAAP figure must equal the GAAP figure plus the adjustments as shown (operating
 * expense adjustments are shown in parentheses, so they subtract by their own sign). Margin
 * blocks follow the same law: an adjustment margin is conventionally the difference of the two
 * rounded margins, so it is checked only inside the block, never against its own ratio.
 */
final class ReconciliationBlocks {

    private final Rule rule;

    ReconciliationBlocks(Rule rule) {
        this.rule = rule;
    }

    List<EvaluatedCheck> check(StatementTable table) {
        List<EvaluatedCheck> checks = new ArrayList<>();
        StatementRow gaap = null;
        List<StatementRow> adjustments = new ArrayList<>();
        for (StatementRow row : table.rows()) {
            if (row.amounts().stream().allMatch(amount -> amount == null)) {
                continue;
            }
            String label = Labels.normalise(row.label());
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
        for (int c = 0; c < table.width(); c++) {
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
