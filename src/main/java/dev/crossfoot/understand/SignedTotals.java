package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;

import java.math.BigDecimal;
import java.util.List;

/**
 * The currency-sign convention of statements printed in the US style: a column's first line of
 * figures and its totals show the currency sign, the lines between do not. A line of figures with
 * no label that shows the sign where the line of figures above it does not is a total under a
 * rule whose words the filer left out — when the lines since the last line that showed the sign
 * add up to it in most of the columns that compare them (in every one, where one or two compare).
 * The sign says where the lines start; the numbers only confirm what the layout says, so a line
 * whose name the extraction lost or set in a cell (a year, an exhibit's number) stays a line.
 */
final class SignedTotals {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    private SignedTotals() {
    }

    /** For each row, whether it is such a total. */
    static boolean[] of(List<String> labels, List<List<CellValue>> values) {
        boolean[] totals = new boolean[values.size()];
        int lastWithFigures = -1;
        int lastSigned = -1;
        for (int r = 0; r < values.size(); r++) {
            List<CellValue> row = values.get(r);
            boolean signed = signed(row);
            if (signed && labels.get(r).isBlank() && lastWithFigures >= 0 && !signed(values.get(lastWithFigures))
                    && lastSigned >= 0 && addsUp(values.subList(lastSigned, r), row)) {
                totals[r] = true;
            }
            if (anyFigure(row)) {
                lastWithFigures = r;
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
        for (int c = 0; c < total.size(); c++) {
            if (!(total.get(c) instanceof CellValue.Number reported) || reported.percent()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal slack = reported.precision().multiply(HALF);
            int figures = 0;
            boolean comparable = true;
            for (List<CellValue> line : lines) {
                CellValue value = c < line.size() ? line.get(c) : new CellValue.Absent();
                if (value instanceof CellValue.Number number && !number.percent()) {
                    sum = sum.add(number.value());
                    slack = slack.add(number.precision().multiply(HALF));
                    figures++;
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
            holds += sum.subtract(reported.value()).abs().compareTo(slack) <= 0 ? 1 : 0;
        }
        return compared > 0 && (compared <= 2 ? holds == compared : holds * 2 > compared);
    }
}
