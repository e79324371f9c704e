package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Labels;
import dev.crossfoot.understand.Lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross-footing: a column headed as a total ("Total", "Three Months Ended June 27, 2025 Total",
 * "Total equity", "Summe") adds the columns beside it in every row — a statement of equity's
 * components, a segment table's segments, a schedule's years. Which columns it adds is a reading,
 * chosen once for the table by the vote of its rows, as a total row's lines are chosen by the vote
 * of its columns: the columns after it up to the next total (a total printed first, Coca-Cola's
 * equity), the columns before it back to the previous total, or the previous total and the columns
 * since (a running total: "Total equity" after "Total shareholders' equity" and the noncontrolling
 * interests). Columns that count shares or state ratios, prices or changes are no parts of a sum of
 * amounts. A reading taken must hold in most rows compared, two at least: a row that breaks it
 * where the others hold is a wrong cell. Where no reading holds in any row the header's word is no
 * total of the columns beside it (a "Total Company" group), and nothing is checked.
 */
final class ColumnFooting {

    private final Rule rule;

    ColumnFooting(Rule rule) {
        this.rule = rule;
    }

    List<EvaluatedCheck> check(StatementTable table) {
        int width = table.width();
        if (width < 3 || table.table().columns().size() < width) {
            return List.of();
        }
        List<String> headers = headers(table);
        List<Integer> totals = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            if (namesATotal(headers.get(c))) {
                totals.add(c);
            }
        }
        List<EvaluatedCheck> checks = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            int total = totals.get(i);
            int previous = i > 0 ? totals.get(i - 1) : -1;
            int next = i + 1 < totals.size() ? totals.get(i + 1) : width;
            checks.addAll(foot(table, total, readings(headers, total, previous, next)));
        }
        return checks;
    }

    /**
     * The candidate parts of the total column, best cued first; none shorter than two columns. Each
     * run is also read without one of its columns: a column the header does not name for what it
     * holds (footnote marks set in cells of their own, "4" beside "386") breaks every row it shows
     * a figure in, where a wrong cell breaks one. Then the readings the headers do not cue, for the
     * rows' vote to take only where they hold in more rows: each run with one of the columns its
     * headers left out (a stock's amount under a header that reads as its count of shares, "Common
     * Shares" over "$ 2,781"; a component whose header begins another's, "Common Stock" beside
     * "Common Stock Held in Treasury"), and the columns nearest the total on either side, two or
     * more (a subtotal column the header does not call one, "ExxonMobil Share of Equity", and the
     * noncontrolling interests after it).
     */
    private static List<List<Integer>> readings(List<String> headers, int total, int previous, int next) {
        List<List<Integer>> runs = new ArrayList<>();
        runs.add(parts(headers, previous + 1, total));
        runs.add(parts(headers, total + 1, next));
        if (previous >= 0) {
            List<Integer> running = new ArrayList<>();
            running.add(previous);
            running.addAll(parts(headers, previous + 1, total));
            runs.add(running);
        }
        List<List<Integer>> readings = new ArrayList<>();
        runs.forEach(run -> add(readings, run));
        for (List<Integer> run : runs) {
            for (int i = 0; run.size() >= 3 && i < run.size(); i++) {
                List<Integer> without = new ArrayList<>(run);
                without.remove(i);
                add(readings, without);
            }
        }
        withColumnsLeftOut(readings, runs.get(0), headers, previous + 1, total);
        withColumnsLeftOut(readings, runs.get(1), headers, total + 1, next);
        for (int from = total - 2; from > previous; from--) {
            add(readings, span(from, total));
        }
        for (int to = total + 3; to <= next; to++) {
            add(readings, span(total + 1, to));
        }
        return readings;
    }

    /** The run with each column between {@code from} and {@code to} (exclusive) that it left out, one at a time. */
    private static void withColumnsLeftOut(List<List<Integer>> readings, List<Integer> run, List<String> headers, int from, int to) {
        for (int c = from; c < to; c++) {
            if (run.contains(c) || headers.get(c).isEmpty()) {
                continue;
            }
            List<Integer> with = new ArrayList<>(run);
            with.add(c);
            with.sort(null);
            add(readings, with);
        }
    }

    private static List<Integer> span(int from, int to) {
        List<Integer> columns = new ArrayList<>(to - from);
        for (int c = from; c < to; c++) {
            columns.add(c);
        }
        return columns;
    }

    private static void add(List<List<Integer>> readings, List<Integer> reading) {
        if (reading.size() >= 2 && !readings.contains(reading)) {
            readings.add(reading);
        }
    }

    /**
     * The columns from {@code from} (inclusive) to {@code to} (exclusive) that may be parts of a sum
     * of amounts: not a column of shares, ratios, prices or changes, nor the comprehensive income
     * an equity statement shows beside its components (a result of the period, no component), nor
     * a column with no header of its own (blank, or only the header of the group it stands in, as
     * the cells of footnote marks and stray parentheses of an HTML layout are).
     */
    private static List<Integer> parts(List<String> headers, int from, int to) {
        List<Integer> parts = new ArrayList<>();
        Lexicon lexicon = Lexicon.current();
        for (int c = from; c < to; c++) {
            String header = headers.get(c);
            if (!header.isEmpty() && !groupHeaderOnly(headers, c) && !lexicon.matches(Cue.SHARES, header)
                    && !lexicon.matches(Cue.RATIO_COLUMN, header) && !lexicon.matches(Cue.COMPARISON_COLUMN, header)
                    && !lexicon.matches(Cue.PERCENT_COLUMN, header) && !lexicon.matches(Cue.COMPREHENSIVE_RESULT, ownHeader(headers, c))) {
                parts.add(c);
            }
        }
        return parts;
    }

    /** The columns of a table headed, by their own words, as the comprehensive income (an equity statement's memo column). */
    static List<Integer> comprehensiveIncomeColumns(StatementTable table) {
        List<String> headers = headers(table);
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < headers.size(); c++) {
            if (!headers.get(c).isEmpty() && Lexicon.current().matches(Cue.COMPREHENSIVE_RESULT, ownHeader(headers, c))) {
                columns.add(c);
            }
        }
        return columns;
    }

    /** Each column's header in its normal form ("" for a column the input names no header for). */
    private static List<String> headers(StatementTable table) {
        List<String> headers = new ArrayList<>(table.width());
        for (int c = 0; c < table.width(); c++) {
            headers.add(c < table.table().columns().size() ? Labels.normalise(table.table().column(c)) : "");
        }
        return headers;
    }

    /** Whether a column's header is only the first words of another's: the group's header over both. */
    private static boolean groupHeaderOnly(List<String> headers, int column) {
        String header = headers.get(column) + " ";
        for (int c = 0; c < headers.size(); c++) {
            if (c != column && headers.get(c).startsWith(header)) {
                return true;
            }
        }
        return false;
    }

    /** A column's header without the words it shares at its start with another column's (the group's header). */
    private static String ownHeader(List<String> headers, int column) {
        String header = headers.get(column);
        int shared = 0;
        for (int c = 0; c < headers.size(); c++) {
            if (c == column) {
                continue;
            }
            String other = headers.get(c);
            int common = 0;
            while (common < header.length() && common < other.length() && header.charAt(common) == other.charAt(common)) {
                common++;
            }
            // Back to the last word boundary: "level 1" and "level 2" share "level ", not "level 1".
            while (common > 0 && common < header.length() && header.charAt(common - 1) != ' ') {
                common--;
            }
            shared = Math.max(shared, common);
        }
        return header.substring(Math.min(shared, header.length())).strip();
    }

    /**
     * Whether a column's header (in its normal form) names a total: its words from some word on are a total's name
     * ("… 2025 Total", "Total equity"), in the lexicon's words for a total.
     */
    private static boolean namesATotal(String text) {
        Lexicon lexicon = Lexicon.current();
        for (int start = 0; start < text.length(); start++) {
            if ((start == 0 || text.charAt(start - 1) == ' ') && lexicon.matches(Cue.TOTAL, text.substring(start))) {
                return true;
            }
        }
        return false;
    }

    private List<EvaluatedCheck> foot(StatementTable table, int total, List<List<Integer>> readings) {
        List<EvaluatedCheck> best = null;
        int bestHeld = 0;
        int bestFailed = 0;
        TotalColumn column = null;
        for (List<Integer> reading : readings) {
            List<EvaluatedCheck> checks = new ArrayList<>();
            int held = 0;
            int failed = 0;
            List<StatementRow> rows = table.rows();
            boolean[] onlyInTotal = null;
            for (int r = 0; r < rows.size(); r++) {
                EvaluatedCheck check = footRow(table, rows.get(r), total, reading);
                if (check == null) {
                    continue;
                }
                if (check.status() == CheckStatus.FAILED) {
                    onlyInTotal = onlyInTotal != null ? onlyInTotal : linesOnlyInTotal(rows, total, reading);
                    column = column != null ? column : new TotalColumn(rows, total);
                    EvaluatedCheck withLines = withLinesOnlyInTotal(table, r, total, reading, onlyInTotal, column);
                    check = withLines != null ? withLines : check;
                }
                checks.add(check);
                held += check.status() == CheckStatus.PASSED ? 1 : 0;
                failed += check.status() == CheckStatus.FAILED ? 1 : 0;
            }
            if (held > bestHeld || held == bestHeld && held > 0 && failed < bestFailed) {
                best = checks;
                bestHeld = held;
                bestFailed = failed;
            }
        }
        if (best == null) {
            return List.of();
        }
        if (bestHeld >= 2 && bestHeld > bestFailed) {
            return bestFailed < 2 ? best : doubted(best, bestHeld, bestFailed);
        }
        String why = "no reading of the columns beside '" + table.table().column(total).strip()
                + "' adds up to it in most of its rows, two at least: the table does not show what it totals";
        List<EvaluatedCheck> withheld = new ArrayList<>(best.size());
        for (EvaluatedCheck check : best) {
            withheld.add(check.evaluated() ? EvaluatedCheck.notEvaluated(rule, table, total, "'" + check.reported().row().label().strip() + "': " + why) : check);
        }
        return withheld;
    }

    /**
     * The failures of a reading that breaks in two rows or more: one wrong cell breaks one row, so
     * either several cells are wrong or the total column holds what the columns beside it do not
     * show (a part shown elsewhere, a footnote's adjustment). Reported, as warnings that say so.
     */
    private static List<EvaluatedCheck> doubted(List<EvaluatedCheck> checks, int held, int failed) {
        List<EvaluatedCheck> result = new ArrayList<>(checks.size());
        for (EvaluatedCheck check : checks) {
            if (check.status() != CheckStatus.FAILED) {
                result.add(check);
                continue;
            }
            String header = check.columnHeader().strip();
            String doubt = "the columns beside '" + header + "' add up to it in " + held + " of its rows and not in "
                    + failed + ": more than one wrong cell, or a part of the total the table does not show";
            result.add(check.underReading(new Reading("'" + header + "' across its row", held, held + failed, null, 0,
                    false, true, doubt)));
        }
        return result;
    }

    /**
     * A row that adds the lines above it, one of them given in the total column alone (its parts
     * left blank: equity securities at fair value among debt securities itemised by cost, gains
     * and losses), crosses to its total only with that line: the columns beside the total never
     * showed it. Which lines the row adds is read by the numbers, the nearest run right above it
     * that adds up to it in the total column and in most of the parts' columns where it shows a
     * figure. Null where no such run is found: the row's failure stands.
     */
    private EvaluatedCheck withLinesOnlyInTotal(StatementTable table, int index, int total, List<Integer> reading,
                                                boolean[] onlyInTotal, TotalColumn column) {
        List<StatementRow> rows = table.rows();
        StatementRow row = rows.get(index);
        int nearest = index - 1;
        while (nearest >= 0 && !onlyInTotal[nearest]) {
            nearest--;
        }
        // A run without a line given only in the total changes nothing: it starts at that line or above.
        Interval reported = row.amount(total).interval();
        for (int start = Math.min(index - 2, nearest); start >= 0; start--) {
            List<StatementRow> lines = rows.subList(start, index);
            if (column.surelyMisses(start, index, reported)
                    || ColumnSums.addsUp(lines, List.of(), total, reported) != 1
                    || !addsUpInMostParts(lines, row, reading)) {
                continue;
            }
            List<Term> terms = partTerms(table, row, reading);
            for (int r = start; r < index; r++) {
                if (onlyInTotal[r]) {
                    terms.add(Term.at(table, rows.get(r), total, 1));
                }
            }
            return EvaluatedCheck.of(rule, table, total, Term.at(table, row, total, 1), BoundExpr.sum(terms));
        }
        return null;
    }

    private static boolean[] linesOnlyInTotal(List<StatementRow> rows, int total, List<Integer> reading) {
        boolean[] only = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            only[r] = onlyInTotal(rows.get(r), total, reading);
        }
        return only;
    }

    /**
     * The total column's running bounds, so that a run of lines whose sum is far from a reported
     * amount is passed over without adding it up again: the search for the lines a row adds tries
     * every start above it, and each sum would otherwise be the whole run's.
     */
    static final class TotalColumn {
        private final double[] low;
        private final double[] high;
        private final double[] magnitude;

        TotalColumn(List<StatementRow> rows, int total) {
            low = new double[rows.size() + 1];
            high = new double[rows.size() + 1];
            magnitude = new double[rows.size() + 1];
            for (int r = 0; r < rows.size(); r++) {
                Amount amount = rows.get(r).amount(total);
                double lineLow = amount == null ? 0 : amount.interval().low().doubleValue();
                double lineHigh = amount == null ? 0 : amount.interval().high().doubleValue();
                low[r + 1] = low[r] + lineLow;
                high[r + 1] = high[r] + lineHigh;
                magnitude[r + 1] = magnitude[r] + Math.abs(lineLow) + Math.abs(lineHigh);
            }
        }

        /**
         * Whether the lines from {@code start} up to {@code end} (exclusive) cannot add up to the
         * reported amount: their bounds miss it by more than the rounding of doubles could. A line
         * with no amount counts for nothing here; where it is a figure that cannot be read, the
         * exact sum leaves the column uncompared anyway.
         */
        boolean surelyMisses(int start, int end, Interval reported) {
            double reportedLow = reported.low().doubleValue();
            double reportedHigh = reported.high().doubleValue();
            double slack = 1e-9 * (magnitude[end] + Math.abs(reportedLow) + Math.abs(reportedHigh)) + 1e-9;
            return low[end] - low[start] > reportedHigh + slack || high[end] - high[start] < reportedLow - slack;
        }
    }

    /** An amount in the total column and every part's cell left blank (no dash, no figure). */
    private static boolean onlyInTotal(StatementRow line, int total, List<Integer> reading) {
        if (line.measure() != Measure.MONEY || line.amount(total) == null) {
            return false;
        }
        for (int c : reading) {
            if (!(line.value(c) instanceof CellValue.Absent)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the lines add up to the row in most of the parts' columns where it shows a figure, one at least. */
    private static boolean addsUpInMostParts(List<StatementRow> lines, StatementRow row, List<Integer> reading) {
        int compared = 0;
        int holds = 0;
        for (int c : reading) {
            if (row.amount(c) == null) {
                continue;
            }
            int addsUp = ColumnSums.addsUp(lines, List.of(), c, row.amount(c).interval());
            if (addsUp != ColumnSums.NOT_COMPARED) {
                compared++;
                holds += addsUp;
            }
        }
        return holds > 0 && holds * 2 > compared;
    }

    /**
     * One row's cross-foot, or null where the row states no amount in the total column, is no sum
     * of amounts (per share, a percentage, an average), or shows none of the parts.
     */
    private EvaluatedCheck footRow(StatementTable table, StatementRow row, int total, List<Integer> reading) {
        if (row.measure() != Measure.MONEY || !SectionFooting.additive(row) || row.amount(total) == null) {
            return null;
        }
        Term reported = Term.at(table, row, total, 1);
        if (reported == null) {
            return null;
        }
        List<Term> terms = partTerms(table, row, reading);
        if (terms.isEmpty()) {
            return null;
        }
        return EvaluatedCheck.of(rule, table, total, reported, BoundExpr.sum(terms));
    }

    /** The row's cells in the reading's columns that state a figure. */
    private static List<Term> partTerms(StatementTable table, StatementRow row, List<Integer> reading) {
        List<Term> terms = new ArrayList<>();
        for (int c : reading) {
            Term term = Term.at(table, row, c, 1);
            if (term != null) {
                terms.add(term);
            }
        }
        return terms;
    }
}
