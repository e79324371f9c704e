package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;

import java.math.BigDecimal;
import java.util.List;

/**
 * Totals printed under a rule with their words left out. In statements printed in the US style a
 * column's first line of figures and its totals show the currency sign and the lines between do
 * not: a line of figures with no label that shows the sign where the line of figures above it does
 * not closes the lines since the last line that showed it. Elsewhere an unnamed line closing a run
 * of two or more named lines of figures (after a heading, an unnamed line or the table's start)
 * closes that run. Either way the lines must add up to it in most of the columns that compare them:
 * the layout says where the lines start, the numbers only confirm it, so a line whose name the
 * extraction lost or set in a cell (a year, an exhibit's number) stays a line. Where only one or
 * two columns compare, every one must hold, or one must hold with two or more of its lines
 * giving a figure other than zero: lines that add up to a line of their own by chance are rare,
 * and a total confirmed by one of two columns is how a wrong figure in the other shows.
 */
final class UnlabelledTotals {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private UnlabelledTotals() {
    }

    /** For each row, whether it is such a total. */
    static boolean[] of(List<String> labels, List<List<CellValue>> values) {
        boolean[] totals = new boolean[values.size()];
        boolean lastWithFiguresSigned = false;
        boolean anyWithFigures = false;
        int lastSigned = -1;
        // Where the run of named lines of figures right above the row starts: after a heading with
        // no figures, a line with no name, or at the table's start.
        int runStart = 0;
        for (int r = 0; r < values.size(); r++) {
            List<CellValue> row = values.get(r);
            boolean signed = signed(row);
            boolean figures = anyFigure(row);
            boolean unnamed = labels.get(r).isBlank();
            if (signed && unnamed && anyWithFigures && !lastWithFiguresSigned
                    && lastSigned >= 0 && addsUp(values.subList(lastSigned, r), row)) {
                totals[r] = true;
            } else if (unnamed && figures) {
                // An unnamed line closing such a run is the run's total when the run adds up to it, as above
                // (the rule and the words left out, but no currency sign printed: most tables outside US statements).
                totals[r] = r - runStart >= 2 && addsUp(values.subList(runStart, r), row);
            }
            if (unnamed || !figures) {
                runStart = r + 1;
            }
            if (figures) {
                anyWithFigures = true;
                lastWithFiguresSigned = signed;
            }
            if (signed) {
                lastSigned = r;
            }
        }
        return totals;
    }

    private static boolean signed(List<CellValue> row) {
        return row.stream().anyMatch(value -> value instanceof CellValue.Number number && number.currency());
    }

    private static boolean anyFigure(List<CellValue> row) {
        return row.stream().anyMatch(CellValue::isNumeric);
    }

    private static boolean addsUp(List<List<CellValue>> lines, List<CellValue> total) {
        int compared = 0;
        int holds = 0;
        int informative = 0;
        for (int c = 0; c < total.size(); c++) {
            if (!(total.get(c) instanceof CellValue.Number reported) || reported.percent()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal slack = reported.precision().multiply(HALF);
            int figures = 0;
            int nonZero = 0;
            boolean comparable = true;
            for (List<CellValue> line : lines) {
                CellValue value = c < line.size() ? line.get(c) : new CellValue.Absent();
                if (value instanceof CellValue.Number number && !number.percent()) {
                    sum = sum.add(number.value());
                    slack = slack.add(number.precision().multiply(HALF));
                    figures++;
                    nonZero += number.value().signum() != 0 ? 1 : 0;
                } else if (value instanceof CellValue.Nil) {
                    figures++;
                } else if (!(value instanceof CellValue.Absent)) {
                    comparable = false;
                }
            }
            if (!comparable || figures < 2) {
                continue;
            }
            compared++;
            boolean held = sum.subtract(reported.value()).abs().compareTo(slack) <= 0;
            holds += held ? 1 : 0;
            informative += held && nonZero >= 2 ? 1 : 0;
        }
        return compared > 0 && (compared <= 2 ? holds == compared || informative > 0 : holds * 2 > compared);
    }
}
