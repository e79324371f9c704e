package dev.crossfoot.check;

import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.regex.MatchResult;

/**
 * Readings of a total that deduct lines rather than add them, as a computation of a non-GAAP
 * measure is printed: see {@link #readings}.
 */
final class Deductions {

    /** "(Non-GAAP)" or "(GAAP)" after a label, compiled once: every total asks. */
    private static final java.util.regex.Pattern GAAP_QUALIFIER = java.util.regex.Pattern.compile("\\s*\\((non-)?gaap\\)");

    private Deductions() {
    }

    /** A reading in which some lines are deducted from the others. */
    record Reading(List<StatementRow> lines, Set<StatementRow> deducted) { }

    /**
     * Readings in which a computation deducts lines from an amount above them, as a non-GAAP
     * measure is built: the amount, a "Less:" header and the lines under it, then the result
     * ("Total Adjusted Operating Costs", "Less:", depreciation, …, "Total Cash Operating
     * Expenses", or "Total debt", "Less: Amounts due within one year", its lines, "Total
     * long-term debt"); or a result named as an earlier line "excluding" what follows that line
     * ("Total Cash Opex excluding Energy and Production Taxes" after "Total Cash Opex" and the
     * taxes).
     */
    static List<Reading> readings(List<StatementRow> rows, int t) {
        List<Reading> readings = new ArrayList<>();
        int header = -1;
        for (int i = t - 1; i >= 0 && rows.get(i).role() == RowRole.ITEM; i--) {
            header = i - 1;
        }
        if (header > 0 && header < t - 1 && rows.get(header).role() == RowRole.HEADER
                && Lexicon.current().matches(Cue.DEDUCTION, rows.get(header).normalLabel())
                && rows.get(header - 1).role() != RowRole.HEADER && SectionFooting.additive(rows.get(header - 1))) {
            List<StatementRow> lines = new ArrayList<>();
            lines.add(rows.get(header - 1));
            List<StatementRow> under = rows.subList(header + 1, t);
            lines.addAll(under);
            if (lines.stream().allMatch(SectionFooting::additive)) {
                readings.add(new Reading(lines, Set.copyOf(under)));
            }
        }
        Optional<MatchResult> excluding = Lexicon.current().find(Cue.EXCLUDING, unqualified(rows.get(t)));
        if (excluding.isPresent()) {
            String base = excluding.get().group(1).strip();
            for (int i = t - 1; i >= 0 && t - i <= 6; i--) {
                if (rows.get(i).role() == RowRole.HEADER) {
                    break;
                }
                if (unqualified(rows.get(i)).equals(base)) {
                    List<StatementRow> lines = new ArrayList<>(rows.subList(i, t));
                    if (lines.size() >= 2 && lines.stream().allMatch(SectionFooting::additive)) {
                        readings.add(new Reading(lines, Set.copyOf(lines.subList(1, lines.size()))));
                    }
                    break;
                }
            }
        }
        return readings;
    }

    /** A label without the "(Non-GAAP)" or "(GAAP)" that says which kind of measure it is. */
    private static String unqualified(StatementRow row) {
        return GAAP_QUALIFIER.matcher(row.normalLabel()).replaceAll("").strip();
    }

}
