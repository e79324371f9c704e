package dev.crossfoot.check;

import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;

import java.util.List;

/**
 * Columns that compare the other columns rather than report amounts: percentages of a total,
 * changes between periods, averages; and a column of years that says which period each row is
 * of (see {@link YearKeys}); and a column of what is left at each date ("Approximate Dollar Value of
 * Shares that May Yet Be Purchased" in the issuer-repurchase table), a balance that does not add
 * over the months. Neither footing nor identity rules apply to them.
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
        if (column == YearKeys.column(table)) {
            return true;
        }
        List<String> headers = table.table().columns();
        if (column >= headers.size() || headers.get(column) == null) {
            return false;
        }
        String header = headers.get(column).toLowerCase(java.util.Locale.ROOT);
        return Lexicon.current().matches(Cue.COMPARISON_COLUMN, header);
    }
}
