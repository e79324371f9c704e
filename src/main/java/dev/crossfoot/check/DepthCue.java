package dev.crossfoot.check;

import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
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
 * <p>The depths' reading is footed first: where it already has as much evidence as the reading
 * without them could have ({@link #mostEvidence}), that reading cannot win and is not footed.
 */
final class DepthCue {

    private final SectionFooting footing;
    private final boolean skipsHopeless;

    /** {@code sectionTotal}: the rule of the section-total check, or null when the rule book has none. */
    DepthCue(Rule sectionTotal) {
        this(sectionTotal, true);
    }

    /**
     * {@code skipsHopeless}: whether the reading without depths is footed only where it could
     * have more evidence than the depths' ({@link #mostEvidence}); false foots both, for tests.
     */
    DepthCue(Rule sectionTotal, boolean skipsHopeless) {
        this.footing = sectionTotal == null ? null : new SectionFooting(sectionTotal);
        this.skipsHopeless = skipsHopeless;
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
        List<EvaluatedCheck> deep = footing.check(underDepths);
        int deepEvidence = evidence(deep);
        if (skipsHopeless && deepEvidence >= mostEvidence(withoutDepths)) {
            // Ties go to the depths: a reading that cannot have more evidence need not be footed.
            return new Read(underDepths, deep);
        }
        List<EvaluatedCheck> plain = footing.check(withoutDepths);
        return evidence(plain) > deepEvidence ? new Read(withoutDepths, plain) : new Read(underDepths, deep);
    }

    /**
     * The most evidence {@link #evidence} can find in a section footing of the table: one for each
     * column footing foots (not a comparison column) where a line it may foot states a figure. Only
     * a passed check counts for a reading, a check needs the total's figure, and footing checks a
     * total at most once in each column. Which lines it may foot is decided before any reading is
     * summed ({@link #mayBeFooted}), so counting them costs a walk of the rows, not a footing.
     */
    static int mostEvidence(StatementTable table) {
        List<StatementRow> rows = table.rows();
        int width = table.width();
        boolean[] footed = new boolean[width];
        for (int c = 0; c < width; c++) {
            footed[c] = !ComparisonColumns.contains(table, c);
        }
        int most = 0;
        for (int t = 0; t < rows.size(); t++) {
            StatementRow row = rows.get(t);
            if (!mayBeFooted(rows, t)) {
                continue;
            }
            for (int c = 0; c < width; c++) {
                if (footed[c] && row.amount(c) != null) {
                    most++;
                }
            }
        }
        return most;
    }

    /**
     * Whether {@link SectionFooting#check} may foot the line: a per-share total, or a line that adds,
     * is no header, and is a total, is given its parts, closes a run of deeper lines or is a net line.
     */
    private static boolean mayBeFooted(List<StatementRow> rows, int t) {
        StatementRow row = rows.get(t);
        if (row.measure() == Measure.PER_SHARE && row.role() == RowRole.TOTAL && row.row().totalOf() == null) {
            return true;
        }
        if (row.role() == RowRole.HEADER || !SectionFooting.additive(row)) {
            return false;
        }
        return row.role() == RowRole.TOTAL || row.row().totalOf() != null || SectionFooting.closesDeeperRun(rows, t)
                || NetLines.isNetLine(rows, t);
    }

    static int evidence(List<EvaluatedCheck> checks) {
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
