package dev.crossfoot.read;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.NumberParser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives back the labels a text extraction lost, when another table of the document with the
 * same title (the nine-month statement beside the three-month one) shows the same rows in the
 * same order. The rows are aligned as sequences (dynamic programming, as {@code diff} aligns
 * lines): a row of numbers matches a labelled row only when both are of one kind (percentages,
 * per-share amounts or money) and, for money and percentages, of a size at most a factor 30 apart
 * (per-share amounts are not compared by size: a damaged one must still align). Labels are
 * taken only when nearly every row aligns; section headers of the labelled table between the
 * aligned rows come along. What was taken, and from where, is reported on the table's first line:
 * the reader says what it inferred.
 */
final class LabelTransfer {

    private static final NumberParser NUMBERS = new NumberParser();
    private static final double NO = Double.NEGATIVE_INFINITY;

    private LabelTransfer() {
    }

    static List<Table> apply(List<Table> tables, String name, List<InputProblem> problems) {
        List<Table> result = new ArrayList<>(tables);
        for (int t = 0; t < result.size(); t++) {
            Table target = result.get(t);
            if (!lostLabels(target)) {
                continue;
            }
            List<Row> donor = new ArrayList<>();
            for (Table other : tables) {
                if (other != target && sameStatement(other, target) && !lostLabels(other)) {
                    donor.addAll(other.rows());
                }
            }
            if (donor.isEmpty()) {
                continue;
            }
            Table relabelled = relabel(target, donor, name, problems);
            if (relabelled != null) {
                result.set(t, relabelled);
            }
        }
        return result;
    }

    private static boolean lostLabels(Table table) {
        List<Row> values = table.rows().stream().filter(Row::hasCells).toList();
        long unlabelled = values.stream().filter(row -> row.label().isBlank()).count();
        return values.size() >= 4 && unlabelled * 10 >= values.size() * 9;
    }

    private static boolean sameStatement(Table a, Table b) {
        String x = core(a.title());
        String y = core(b.title());
        return !x.isEmpty() && !y.isEmpty() && (x.endsWith(y) || y.endsWith(x));
    }

    private static String core(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("\\(.*", "").replaceAll("[^a-z ]", " ").replaceAll("\\s+", " ").strip();
    }

    private static Table relabel(Table target, List<Row> donor, String name, List<InputProblem> problems) {
        List<Row> rows = target.rows().stream().filter(Row::hasCells).toList();
        int m = rows.size();
        int n = donor.size();
        double[][] score = new double[m + 1][n + 1];
        int[][] move = new int[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            score[i][0] = score[i - 1][0] - 3;
            move[i][0] = 1;
        }
        for (int i = 1; i <= m; i++) {
            for (int j = 1; j <= n; j++) {
                double best = score[i - 1][j] - 3;
                int how = 1;
                double skipDonor = score[i][j - 1] + skipCost(donor.get(j - 1));
                if (skipDonor > best) {
                    best = skipDonor;
                    how = 2;
                }
                double match = compatibility(rows.get(i - 1), donor.get(j - 1));
                if (match != NO && score[i - 1][j - 1] + match > best) {
                    best = score[i - 1][j - 1] + match;
                    how = 3;
                }
                score[i][j] = best;
                move[i][j] = how;
            }
        }
        int end = 0;
        for (int j = 1; j <= n; j++) {
            if (score[m][j] > score[m][end]) {
                end = j;
            }
        }
        Row[] matchOf = new Row[m];
        List<List<Row>> headersBefore = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            headersBefore.add(new ArrayList<>());
        }
        int i = m;
        int j = end;
        List<Row> pendingHeaders = new ArrayList<>();
        while (i > 0 && j > 0) {
            if (move[i][j] == 3) {
                matchOf[i - 1] = donor.get(j - 1);
                if (i < m) {
                    headersBefore.get(i).addAll(0, pendingHeaders);
                }
                pendingHeaders.clear();
                i--;
                j--;
            } else if (move[i][j] == 2) {
                if (!donor.get(j - 1).hasCells() && !donor.get(j - 1).label().isBlank()) {
                    pendingHeaders.add(0, donor.get(j - 1));
                }
                j--;
            } else {
                i--;
            }
        }
        if (i == 0 && m > 0) {
            while (j > 0 && !donor.get(j - 1).hasCells() && !donor.get(j - 1).label().isBlank()) {
                pendingHeaders.add(0, donor.get(j - 1));
                j--;
            }
            headersBefore.get(0).addAll(0, pendingHeaders);
        }
        int matched = 0;
        for (Row row : matchOf) {
            if (row != null) {
                matched++;
            }
        }
        if (matched * 10 < m * 8) {
            return null;
        }
        List<Row> relabelled = new ArrayList<>();
        int taken = 0;
        int firstDonorLine = Integer.MAX_VALUE;
        int lastDonorLine = 0;
        for (int r = 0; r < m; r++) {
            Row own = rows.get(r);
            for (Row header : headersBefore.get(r)) {
                relabelled.add(new Row(header.label(), null, null, List.of(), own.location()));
            }
            Row from = matchOf[r];
            if (from != null && !from.label().isBlank()) {
                relabelled.add(new Row(from.label(), null, null, own.cells(), own.location()));
                taken++;
                firstDonorLine = Math.min(firstDonorLine, from.location().line());
                lastDonorLine = Math.max(lastDonorLine, from.location().line());
            } else {
                relabelled.add(own);
            }
        }
        if (taken == 0) {
            return null;
        }
        Location first = rows.get(0).location();
        problems.add(InputProblem.part(first, "row labels of lines " + first.line() + "–" + rows.get(m - 1).location().line()
                + " were lost in the extraction: " + taken + " of " + m + " rows take the label of the row in the same position of '"
                + TabTables.abbreviate(donorTitle(target)) + "' at lines " + firstDonorLine + "–" + lastDonorLine
                + " (rows aligned in order, each of the same kind and a similar size); " + (m - taken) + " stay unlabelled"));
        return new Table(target.id(), target.title(), target.unit(), target.statement(), target.columns(), relabelled,
                target.location());
    }

    private static String donorTitle(Table target) {
        return target.title();
    }

    private static double skipCost(Row donor) {
        if (!donor.hasCells()) {
            return 0;
        }
        return donor.label().isBlank() ? -0.5 : -1.5;
    }

    /** How well a row of numbers matches a labelled row: NO when they cannot be the same line item. */
    private static double compatibility(Row row, Row donor) {
        if (!donor.hasCells()) {
            return NO;
        }
        Shape a = Shape.of(row);
        Shape b = Shape.of(donor);
        if (a.kind != b.kind || a.largest == null || b.largest == null) {
            return a.kind == b.kind && a.largest == null && b.largest == null ? 0.5 : NO;
        }
        if (a.kind != Kind.PER_SHARE && (a.largest.signum() == 0 || b.largest.signum() == 0)) {
            return 0.3;
        }
        double ratio = Math.abs(Math.log10(a.largest.doubleValue() / b.largest.doubleValue()));
        if (a.kind == Kind.PER_SHARE) {
            return 1.5;
        }
        if (ratio > 1.5) {
            return NO;
        }
        return a.kind == Kind.PERCENT ? 2 - ratio * 2 : 2 - ratio * 1.5;
    }

    private enum Kind { MONEY, PER_SHARE, PERCENT }

    /** What kind of amounts a row shows and how large the largest is. */
    private record Shape(Kind kind, BigDecimal largest) {
        static Shape of(Row row) {
            boolean percent = false;
            boolean small = true;
            boolean decimals = false;
            BigDecimal largest = null;
            for (var cell : row.cells()) {
                if (NUMBERS.parse(cell.text()) instanceof CellValue.Number number) {
                    percent |= number.percent();
                    BigDecimal abs = number.value().abs();
                    small &= abs.compareTo(BigDecimal.valueOf(100)) < 0;
                    decimals |= number.value().scale() > 0;
                    largest = largest == null || abs.compareTo(largest) > 0 ? abs : largest;
                }
            }
            Kind kind = percent ? Kind.PERCENT : small && decimals ? Kind.PER_SHARE : Kind.MONEY;
            return new Shape(kind, largest);
        }
    }
}
