package dev.crossfoot.check;

import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.StatementTable;

import java.util.List;

/**
 * Decides, for a table whose input gave row depths, whether the depths are its structure or only
 * its visual indentation (subtotals at the level of the lines they total, or deeper). That is a
 * property of how the table was extracted, not of one total, so it is decided once per table:
 * the table is read both ways, under its depths and from its labels and numbers alone, and the
 * reading with the more evidence for it is the table's, ties going to the depths. Each footing
 * is evidence for the reading it was made under when it holds under the reading the cues rank
 * first, or under a rival that holds in two columns or more; against it when it fails, when the
 * reading explains too few columns to be evaluated, or when only a rival holds, in one column: read
 * without depths, a total has many candidate readings, and one of them may add up by chance (ten
 * lines of 1 and a misread total of 4: the last four lines), which is no evidence about depths.
 * So neither a failure left unevaluated nor a chance fit can win a table for a reading.
 */
final class DepthCue {

    private final SectionFooting footing;

    /** {@code sectionTotal}: the rule of the section-total check, or null when the rule book has none. */
    DepthCue(Rule sectionTotal) {
        this.footing = sectionTotal == null ? null : new SectionFooting(sectionTotal);
    }

    /**
     * The table as read, with the section footing made under that reading (null without a
     * section-total rule): the footing is what the checker would compute next, so it is kept.
     */
    record Read(StatementTable table, List<EvaluatedCheck> footing) {
    }

    Read reading(StatementTable underDepths, StatementTable withoutDepths) {
        if (footing == null) {
            return new Read(underDepths, null);
        }
        List<EvaluatedCheck> plain = footing.check(withoutDepths);
        List<EvaluatedCheck> deep = footing.check(underDepths);
        return evidence(plain) > evidence(deep) ? new Read(withoutDepths, plain) : new Read(underDepths, deep);
    }

    private static int evidence(List<EvaluatedCheck> checks) {
        int evidence = 0;
        for (EvaluatedCheck check : checks) {
            Reading reading = check.reading();
            if (reading == null) {
                continue;
            }
            if (check.status() == CheckStatus.PASSED) {
                evidence += reading.bestCued() || reading.held() >= 2 ? 1 : -1;
            } else {
                // Not evaluated where no reading explains the total, or the layout may hide its lines.
                evidence -= check.status() == CheckStatus.FAILED || check.unexplained() || check.reported() == null ? 1 : 0;
            }
        }
        return evidence;
    }
}
