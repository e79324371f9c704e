package dev.crossfoot.check;

import dev.crossfoot.model.StatementTable;

import java.util.List;

/**
 * Columns that compare the other columns rather than report amounts: percentages of a total,
 * changes between periods, averages. Neither footing nor identity rules apply to them.
 */
final class ComparisonColumns {

    private ComparisonColumns() {
    }

    /**
     * A column of percentages or of changes between other columns ("% of Net Sales", "Change",
     * "% Change", "Variance"): its rows are ratios or differences of the other columns and the
     * rounding of each is its own, so they are not footed.
     */
    static boolean contains(StatementTable table, int column) {
        List<String> headers = table.table().columns();
        if (column >= headers.size() || headers.get(column) == null) {
            return false;
        }
        String header = headers.get(column).toLowerCase(java.util.Locale.ROOT);
        return COMPARISON.matcher(header).find();
    }

    private static final java.util.regex.Pattern COMPARISON = java.util.regex.Pattern.compile(
            "%|\\bpercent|\\bweighted[- ]average|\\bper (share|unit|rsu|psu|option)\\b|\\bprice\\b|\\bchange\\b|\\bchanges\\b|\\bvariance\\b|\\bgrowth\\b|\\bincrease\\b|\\bdecrease\\b|\\bbps\\b|\\bbasis points\\b");
}
