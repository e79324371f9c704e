package dev.crossfoot.check;

import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Chooses which lines a total adds, once for the whole table, by the vote of its columns. Each
 * candidate reading comes from a presentation convention (the lines of its section, a running
 * total, lines deducted under "Less:" …) and is ranked first by its cues, which is its place in
 * the list. Every candidate is footed in every column; the one that holds in the most columns is
 * the table's reading, ties going to the better-cued. Arithmetic never buys a different reading
 * for one column, so a wrong cell shows as the column that breaks the reading the others hold.
 * <ul>
 *   <li>A reading that fails in more of several columns than it holds in explains nothing: its
 *       failures are not evaluated, with that reason (the table does not show what the total adds).
 *       One failing column alone is what a wrong cell looks like, so it stays a finding; so does a
 *       reading the input's own layout (depths given) shows.</li>
 *   <li>A rival that holds in as many columns, and holds where the chosen one fails, makes the
 *       failure ambiguous: reported under the chosen reading, naming the rival, as a warning.</li>
 * </ul>
 */
final class ReadingChoice {

    /** One way of reading the total: its lines (for the description and to tell readings apart) and how it foots a column. */
    record Candidate(List<StatementRow> lines, Predicate<StatementRow> deducted, IntFunction<EvaluatedCheck> footing) {
    }

    /**
     * A candidate's vote. Its description is written only when asked, for the chosen reading and the
     * runner-up: writing every candidate's lines was a large part of the choice.
     */
    private record Tally(StatementRow total, Candidate candidate, EvaluatedCheck[] checks, int held, int failed, int rank) {
        int compared() {
            return held + failed;
        }

        /**
         * How much of its rounding the reading needs where it holds, at most (0 exact, 1 all of it):
         * of last-resort readings that hold alike, the one that fits tightest is the table's, since
         * small figures leave a wide band that a wrong line can fit by chance.
         */
        double looseness() {
            double worst = 0;
            for (EvaluatedCheck check : checks) {
                if (check == null || check.status() != CheckStatus.PASSED) {
                    continue;
                }
                dev.crossfoot.model.Interval expected = check.expectedInterval(java.util.Map.of());
                dev.crossfoot.model.Interval reported = check.reportedInterval(java.util.Map.of());
                double band = expected.width().add(reported.width()).doubleValue() / 2;
                double gap = Math.abs(expected.midpoint().subtract(reported.midpoint()).doubleValue());
                worst = Math.max(worst, band == 0 ? (gap == 0 ? 0 : 1) : gap / band);
            }
            return worst;
        }

        String description() {
            return Reading.describe(total, candidate.lines(), candidate.deducted());
        }

        boolean better(Tally other) {
            if (held != other.held) {
                return held > other.held;
            }
            if (failed != other.failed) {
                return failed < other.failed;
            }
            return rank < other.rank;
        }
    }

    /** The columns a last-resort reading must hold in, and the cued reading fail in for it to be asked. */
    static final int MIN_COLUMNS_HELD = 2;

    private ReadingChoice() {
    }

    /**
     * The checks of {@code total} in every column of {@code columns}, all under one reading.
     * {@code candidates} come in the order of their cues, best first; {@code layoutShowsFirst}
     * says the first is what the input's own layout shows (depths given), so it stands even where
     * it explains no column.
     */
    static List<EvaluatedCheck> choose(Rule rule, StatementTable table, StatementRow total, List<Candidate> candidates,
                                       List<Integer> columns, boolean layoutShowsFirst) {
        return choose(rule, table, total, candidates, columns, layoutShowsFirst, List::of);
    }

    /**
     * As {@link #choose(Rule, StatementTable, StatementRow, List, List, boolean)}, with readings
     * asked for only where the best cued reading fails in two columns at least ({@code lastResort}):
     * one of them is the table's reading only where it holds in two columns at least and in more
     * columns than every cued reading. Asked wherever a column fails (or fails and holds in fewer
     * than two), they masked seven or eight of 2,915 injected single-cell errors in the paired
     * benchmark: in a table of two columns a wrong cell and a reading that holds in one column by
     * chance look alike, and there the convention is not read.
     */
    static List<EvaluatedCheck> choose(Rule rule, StatementTable table, StatementRow total, List<Candidate> candidates,
                                       List<Integer> columns, boolean layoutShowsFirst,
                                       java.util.function.Supplier<List<Candidate>> lastResort) {
        List<Tally> tallies = new ArrayList<>();
        Set<Key> seen = new HashSet<>();
        int reportedColumns = 0;
        for (int column : columns) {
            if (Term.at(table, total, column, 1) != null) {
                reportedColumns++;
            }
        }
        for (Candidate candidate : candidates) {
            if (!seen.add(key(candidate))) {
                continue;
            }
            Tally tally = tally(total, candidate, columns, tallies.size());
            tallies.add(tally);
            if (tally.failed() == 0 && tally.held() == reportedColumns && tallies.size() == 1) {
                // The best-cued reading holds everywhere: no rival can do better.
                break;
            }
        }
        if (tallies.isEmpty()) {
            return List.of();
        }
        Tally best = tallies.get(0);
        for (Tally tally : tallies) {
            if (tally.better(best)) {
                best = tally;
            }
        }
        if (best.failed() >= MIN_COLUMNS_HELD) {
            Tally fallback = null;
            for (Candidate candidate : lastResort.get()) {
                if (!seen.add(key(candidate))) {
                    continue;
                }
                Tally tally = tally(total, candidate, columns, tallies.size());
                if (tally.held() >= MIN_COLUMNS_HELD && tally.held() > best.held() && (fallback == null || tally.better(fallback)
                        || tally.held() == fallback.held() && tally.failed() == fallback.failed() && tally.looseness() < fallback.looseness())) {
                    fallback = tally;
                }
            }
            if (fallback != null) {
                tallies.add(fallback);
                best = fallback;
            }
        }
        Tally runnerUp = null;
        for (Tally tally : tallies) {
            if (tally != best && (runnerUp == null || tally.better(runnerUp))) {
                runnerUp = tally;
            }
        }
        boolean ambiguous = runnerUp != null && runnerUp.held() == best.held() && best.failed() > 0
                && disagrees(best, runnerUp);
        Reading reading = new Reading(best.description(), best.held(), best.compared(),
                runnerUp == null ? null : runnerUp.description(), runnerUp == null ? 0 : runnerUp.held(), ambiguous,
                best.rank() == 0);
        // One failing column is what a wrong cell looks like; a reading that fails in most of several
        // columns is a misreading of the table, unless the layout (depths given) shows it.
        boolean explained = best.failed() == 0 || best.held() >= best.failed() || best.compared() == 1
                || layoutShowsFirst && best.rank() == 0;
        List<EvaluatedCheck> result = new ArrayList<>();
        for (EvaluatedCheck check : best.checks()) {
            if (check == null) {
                continue;
            }
            if (check.status() == CheckStatus.FAILED && !explained) {
                result.add(new EvaluatedCheck(rule, table, check.column(), check.reported(), null, rule.tolerance(),
                        CheckStatus.NOT_EVALUATED, "no reading of the lines around '" + total.label().strip()
                        + "' adds up to it in most of its columns (best: " + reading.summary()
                        + "): the table does not show what it totals", reading));
            } else {
                result.add(check.underReading(reading));
            }
        }
        return result;
    }

    private static Tally tally(StatementRow total, Candidate candidate, List<Integer> columns, int rank) {
        EvaluatedCheck[] checks = new EvaluatedCheck[columns.size()];
        int held = 0;
        int failed = 0;
        for (int i = 0; i < columns.size(); i++) {
            EvaluatedCheck check = candidate.footing().apply(columns.get(i));
            checks[i] = check;
            if (check != null && check.status() == CheckStatus.PASSED) {
                held++;
            } else if (check != null && check.status() == CheckStatus.FAILED) {
                failed++;
            }
        }
        return new Tally(total, candidate, checks, held, failed, rank);
    }

    /** Whether the rival holds in a column where the chosen reading fails. */
    private static boolean disagrees(Tally chosen, Tally rival) {
        for (int i = 0; i < chosen.checks().length; i++) {
            EvaluatedCheck mine = chosen.checks()[i];
            EvaluatedCheck theirs = rival.checks()[i];
            if (mine != null && mine.status() == CheckStatus.FAILED && theirs != null && theirs.status() == CheckStatus.PASSED) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two candidates with the same lines, each counted the same way, are one reading: the lines' places
     * in the table, a deducted line's negated (less one, so that the first line's sign shows).
     */
    private static Key key(Candidate candidate) {
        int[] lines = new int[candidate.lines().size()];
        for (int i = 0; i < lines.length; i++) {
            StatementRow line = candidate.lines().get(i);
            lines[i] = candidate.deducted().test(line) ? -line.index() - 1 : line.index();
        }
        return new Key(lines);
    }

    /** A reading's lines as {@link #key} writes them, compared element by element. */
    private static final class Key {
        private final int[] lines;
        private final int hash;

        Key(int[] lines) {
            this.lines = lines;
            this.hash = java.util.Arrays.hashCode(lines);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && java.util.Arrays.equals(lines, key.lines);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
