package dev.crossfoot.check;

import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the reading that takes a restated concept's other row says of a table's checks. A table
 * may show a concept twice ("Net income attributable to the company" in the result, then
 * again atop a block restating it by continuing and discontinued operations); the rules read
 * a concept from its last row where more of the table's checks hold that way. But one wrong
 * cell in the first row makes exactly that happen: its own column fails under the first row and
 * the restated block, untouched, holds. So where the rival reading fails a rule in one column
 * only, holding in its others, the table alone cannot say which row the identity means, and that
 * failure is reported as ambiguous (a warning naming the chosen reading), neither hidden nor an
 * error. A rival that fails a rule in several columns is a misreading of the table, as the chosen
 * reading's checks say.
 */
final class RowChoiceRival {

    private RowChoiceRival() {
    }

    /** A check's place among a table's checks: its rule, its column, and which of that rule's checks in the column. */
    private record Place(String rule, int column, int occurrence) {
    }

    /** How a rule's columns vote under a reading. */
    private static final class Votes {
        int held;
        int failed;
    }

    /**
     * {@code chosen}, with each check that passes there and fails under the rival, in the only
     * column where the rival fails that rule, replaced by the rival's failure marked ambiguous;
     * provided the rival holds that rule elsewhere by rows of its own (not where, a row being
     * blank, it falls back on the chosen one's) and a cell it reads instead is vouched for by no
     * check that holds under the chosen reading, nor by a structural check of the table that holds
     * (a restated block footed on its own).
     */
    static List<EvaluatedCheck> warnWhereItFails(StatementTable table, List<EvaluatedCheck> chosen, String concept,
                                                 boolean chosenReadsLast, List<EvaluatedCheck> rival, List<EvaluatedCheck> structural) {
        Map<Place, EvaluatedCheck> chosenChecks = byPlace(chosen);
        Map<Place, EvaluatedCheck> rivalChecks = byPlace(rival);
        Map<String, Votes> rivalVotes = new HashMap<>();
        Map<String, Integer> chosenHeld = new HashMap<>();
        Set<Long> vouched = new java.util.HashSet<>();
        for (EvaluatedCheck check : structural) {
            if (check.status() == CheckStatus.PASSED) {
                vouched.addAll(cells(table, check));
            }
        }
        for (Map.Entry<Place, EvaluatedCheck> entry : chosenChecks.entrySet()) {
            EvaluatedCheck check = entry.getValue();
            if (check.status() == CheckStatus.PASSED) {
                chosenHeld.merge(entry.getKey().rule(), 1, Integer::sum);
                cells(table, check).forEach(vouched::add);
            }
            EvaluatedCheck other = rivalChecks.get(entry.getKey());
            if (other == null) {
                continue;
            }
            Votes votes = rivalVotes.computeIfAbsent(entry.getKey().rule(), id -> new Votes());
            if (other.status() == CheckStatus.FAILED) {
                votes.failed++;
            } else if (other.status() == CheckStatus.PASSED && !cells(table, other).equals(cells(table, check))) {
                votes.held++;
            }
        }
        List<EvaluatedCheck> result = new ArrayList<>(chosen.size());
        String description = null;
        for (Map.Entry<Place, EvaluatedCheck> entry : chosenChecks.entrySet()) {
            EvaluatedCheck check = entry.getValue();
            EvaluatedCheck other = rivalChecks.get(entry.getKey());
            Votes votes = rivalVotes.get(entry.getKey().rule());
            if (check.status() == CheckStatus.PASSED && other != null && other.status() == CheckStatus.FAILED
                    && votes.failed == 1 && votes.held >= 1 && readsAnUnvouchedCell(table, other, check, vouched)) {
                if (description == null) {
                    description = describe(table, concept, chosenReadsLast);
                }
                result.add(other.underReading(new Reading(other.identity(), votes.held, votes.held + votes.failed, description,
                        chosenHeld.getOrDefault(entry.getKey().rule(), 0), true, false)));
            } else {
                result.add(check);
            }
        }
        return result;
    }

    /**
     * Whether the table shows the concept twice under one label: a block restating lines above it.
     * Rows the labels tell apart ("Net income before extraordinary item", then "Net income") are
     * for the numbers to choose between; a row shown again is not.
     */
    static boolean restated(StatementTable table, String concept) {
        List<StatementRow> rows = DocumentTables.rowsOf(table, concept);
        if (rows.size() < 2 || !rows.get(0).normalLabel().equals(rows.get(rows.size() - 1).normalLabel())) {
            return false;
        }
        // A block restating another line under this label ("Net income" atop the amounts
        // attributable to the company, each figure that of "Net income attributable to …") is
        // that line's, whatever its label says.
        return !copiesAnotherLine(table, rows.get(0), concept) && !copiesAnotherLine(table, rows.get(rows.size() - 1), concept);
    }

    /** Whether a row of another concept, or of none, has the row's figure in every column where the row has one (two at least). */
    private static boolean copiesAnotherLine(StatementTable table, StatementRow row, String concept) {
        for (StatementRow other : table.rows()) {
            if (other == row || concept.equals(other.concept())) {
                continue;
            }
            int same = 0;
            boolean differs = false;
            for (int c = 0; c < row.amounts().size() && !differs; c++) {
                dev.crossfoot.model.Amount amount = row.amount(c);
                if (amount == null) {
                    continue;
                }
                dev.crossfoot.model.Amount theirs = other.amount(c);
                if (theirs != null && theirs.value().compareTo(amount.value()) == 0) {
                    same++;
                } else {
                    differs = true;
                }
            }
            if (!differs && same >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether the rival's check reads a cell of the table the chosen one does not and no check holding under the chosen reading reads. */
    private static boolean readsAnUnvouchedCell(StatementTable table, EvaluatedCheck rival, EvaluatedCheck chosen, Set<Long> vouched) {
        Set<Long> own = cells(table, chosen);
        for (long cell : cells(table, rival)) {
            if (!own.contains(cell) && !vouched.contains(cell)) {
                return true;
            }
        }
        return false;
    }

    /** The cells of this table a check reads, as row and column in one number. */
    private static Set<Long> cells(StatementTable table, EvaluatedCheck check) {
        Set<Long> cells = new java.util.HashSet<>();
        for (Term term : check.terms()) {
            if (term.table() == table) {
                cells.add((long) term.row().index() << 32 | term.column());
            }
        }
        return cells;
    }

    /** The checks by place, in the order given. */
    private static Map<Place, EvaluatedCheck> byPlace(List<EvaluatedCheck> checks) {
        Map<Place, EvaluatedCheck> placed = new java.util.LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (EvaluatedCheck check : checks) {
            String rule = check.rule().id();
            int occurrence = seen.merge(rule + "\u0000" + check.column(), 1, Integer::sum);
            placed.put(new Place(rule, check.column(), occurrence), check);
        }
        return placed;
    }

    /** "row 17 'Discontinued Operations' read, not row 12 'Discontinued Operations'": the row the chosen reading takes. */
    private static String describe(StatementTable table, String concept, boolean chosenReadsLast) {
        List<StatementRow> rows = DocumentTables.rowsOf(table, concept);
        StatementRow taken = chosenReadsLast ? rows.get(rows.size() - 1) : rows.get(0);
        StatementRow passed = chosenReadsLast ? rows.get(0) : rows.get(rows.size() - 1);
        return "row " + (taken.index() + 1) + " '" + taken.label().strip() + "' read, not row " + (passed.index() + 1)
                + " '" + passed.label().strip() + "'";
    }
}
