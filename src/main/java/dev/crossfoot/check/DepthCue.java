package dev.crossfoot.check;

import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.StatementTable;

import java.util.List;

/**
 * Decides, for a table whose input gave row depths, whether the depths are its structure or only
 * its visual indentation (subtotals at the level of the lines they total, or deeper). That is a
 * property of how the table was extracted, not of one total, so it is decided once per table:
 * the table is read both ways, under its depths and from its labels and numbers alone, and the
 * reading under which more of its section totals hold is the table's, ties going to the depths.
 * What holds is counted, not what fails, so a reading cannot win by leaving a total unevaluated;
 * and only what holds under the reading the cues rank first: read without depths, a total has
 * many candidate readings, and in a table of one column one of them may add up by chance (ten
 * lines of 1 and a misread total of 4: the last four lines), which is no evidence about depths.
 */
final class DepthCue {

    private final SectionFooting footing;

    /** {@code sectionTotal}: the rule of the section-total check, or null when the rule book has none. */
    DepthCue(Rule sectionTotal) {
        this.footing = sectionTotal == null ? null : new SectionFooting(sectionTotal);
    }

    StatementTable reading(StatementTable underDepths, StatementTable withoutDepths) {
        if (footing == null) {
            return underDepths;
        }
        return held(footing.check(withoutDepths)) > held(footing.check(underDepths)) ? withoutDepths : underDepths;
    }

    private static long held(List<EvaluatedCheck> checks) {
        return checks.stream().filter(check -> check.status() == CheckStatus.PASSED)
                .filter(check -> check.reading() == null || check.reading().bestCued()).count();
    }
}
