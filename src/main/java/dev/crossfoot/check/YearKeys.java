package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A column of bare years that says which period each row reports ("Beauty 2025 …", "2024 …",
 * "Grooming 2025 …"): the rows of a segment table listed once per year. The years are not
 * amounts, and a total adds only the rows of its own year.
 */
final class YearKeys {

    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d\\d$");

    /** The last table asked about and its year column: the checks ask once per column, per rule and per sign. */
    private record Memo(StatementTable table, int column) { }

    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private YearKeys() {
    }

    /**
     * The column whose every non-blank cell is a bare year, at least two different ones over four
     * rows or more, or -1. Only the first such column counts. Found once per table: asked for
     * every column of a row of 8,000 cells, the scan was quadratic in the width.
     */
    static int column(StatementTable table) {
        Memo last = LAST.get();
        if (last != null && last.table() == table) {
            return last.column();
        }
        int column = scan(table);
        LAST.set(new Memo(table, column));
        return column;
    }

    private static int scan(StatementTable table) {
        int width = table.width();
        for (int c = 0; c < width; c++) {
            int years = 0;
            boolean other = false;
            java.util.Set<String> distinct = new java.util.HashSet<>();
            for (StatementRow row : table.rows()) {
                String text = c < row.values().size() && row.cell(c) != null ? row.cell(c).text().strip() : "";
                if (text.isEmpty()) {
                    continue;
                }
                if (!YEAR.matcher(text).matches()) {
                    other = true;
                    break;
                }
                years++;
                distinct.add(text);
            }
            if (!other && years >= 4 && distinct.size() >= 2) {
                return c;
            }
        }
        return -1;
    }

    /** The lines of a reading that report the total's year (all of them when the table has no year column). */
    static List<StatementRow> ofYear(StatementTable table, StatementRow total, List<StatementRow> reading) {
        int c = column(table);
        if (c < 0) {
            return reading;
        }
        String year = yearOf(total, c);
        if (year.isEmpty()) {
            return reading;
        }
        return reading.stream().filter(line -> {
            String own = yearOf(line, c);
            return own.isEmpty() || own.equals(year);
        }).toList();
    }

    private static String yearOf(StatementRow row, int c) {
        return c < row.values().size() && row.cell(c) != null ? row.cell(c).text().strip() : "";
    }
}
