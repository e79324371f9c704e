package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.NumberParser;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds Markdown pipe tables in lines of text: two or more consecutive lines starting with
 * {@code |}. When the second line is a delimiter row ({@code |---|:--:|}) the first is the header
 * row; otherwise the table has no column headers. The first column holds the row labels. The
 * nearest non-blank line above the table that reads as a heading or prose is its title.
 */
final class PipeTables {

    private static final NumberParser NUMBERS = new NumberParser();

    /** A table found, with the index of its first line (0-based) and the line after its last. */
    record Found(Table table, int firstLine, int endLine) { }

    private PipeTables() {
    }

    /**
     * The row under the header: cells of dashes, each perhaps with a colon either side
     * ("|:---|--:|"). Checked cell by cell: a regex repeating a group per cell recursed once per
     * cell and overflowed the stack on a 2 KB row.
     */
    static boolean isDelimiterRow(String line) {
        String text = line.strip();
        if (text.startsWith("|")) {
            text = text.substring(1);
        }
        if (text.endsWith("|")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.isBlank()) {
            return false;
        }
        for (String cell : text.split("\\|", -1)) {
            String dashes = cell.strip();
            if (dashes.startsWith(":")) {
                dashes = dashes.substring(1);
            }
            if (dashes.endsWith(":")) {
                dashes = dashes.substring(0, dashes.length() - 1);
            }
            if (dashes.isEmpty() || !dashes.chars().allMatch(c -> c == '-')) {
                return false;
            }
        }
        return true;
    }

    static boolean isPipeLine(String line) {
        return line.stripLeading().startsWith("|");
    }

    static List<Found> find(String[] lines, String name, int firstTableNumber) {
        List<Found> found = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (!isPipeLine(lines[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < lines.length && isPipeLine(lines[i])) {
                i++;
            }
            if (i - start < 2) {
                continue;
            }
            found.add(new Found(table(lines, start, i, name, firstTableNumber + found.size()), start, i));
        }
        return found;
    }

    private static Table table(String[] lines, int start, int end, String name, int number) {
        List<String> columns = List.of();
        int body = start;
        if (start + 1 < end && isDelimiterRow(lines[start + 1])) {
            List<String> header = cells(lines[start]);
            columns = header.size() > 1 ? header.subList(1, header.size()) : List.of();
            body = start + 2;
            while (body < end && headerContinuation(cells(lines[body]))) {
                columns = joined(columns, cells(lines[body]));
                body++;
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int n = body; n < end; n++) {
            if (isDelimiterRow(lines[n])) {
                continue;
            }
            Location at = Location.ofLine(name, n + 1);
            List<String> cells = cells(lines[n]);
            String label = cells.isEmpty() ? "" : cells.get(0);
            List<Cell> values = new ArrayList<>();
            boolean any = false;
            for (int c = 1; c < cells.size(); c++) {
                values.add(new Cell(cells.get(c), at));
                any |= !cells.get(c).isEmpty();
            }
            rows.add(new Row(label, null, null, any ? values : List.of(), at));
        }
        String title = titleAbove(lines, start);
        return new Table("table-" + number, title, TextLines.unitIn(title), null, columns, rows,
                Location.ofLine(name, start + 1));
    }

    /**
     * A second header line under the delimiter, as a converted HTML table with a two-level header
     * shows it ("| | Code | V | Amount | (A) or (D) | Price |"): no label, and no cell that reads
     * as a number or a dash. Its texts belong to the column headers above them.
     */
    private static boolean headerContinuation(List<String> cells) {
        if (cells.isEmpty() || !cells.get(0).isEmpty()) {
            return false;
        }
        boolean text = false;
        for (String cell : cells.subList(1, cells.size())) {
            if (cell.isEmpty()) {
                continue;
            }
            CellValue value = NUMBERS.parse(cell);
            if (value.isNumeric() || value instanceof CellValue.NotApplicable || !cell.matches(".*\\p{L}.*")) {
                return false;
            }
            text = true;
        }
        return text;
    }

    private static List<String> joined(List<String> columns, List<String> continuation) {
        List<String> headers = new ArrayList<>(columns);
        for (int c = 1; c < continuation.size(); c++) {
            String more = continuation.get(c);
            while (headers.size() < c) {
                headers.add("");
            }
            String above = headers.get(c - 1);
            headers.set(c - 1, more.isEmpty() ? above : above.isEmpty() ? more : above + " " + more);
        }
        return headers;
    }

    /** The cells of one pipe row, cleaned; an escaped pipe stays inside its cell. */
    static List<String> cells(String line) {
        String text = line.strip();
        if (text.startsWith("|")) {
            text = text.substring(1);
        }
        if (text.endsWith("|") && !text.endsWith("\\|")) {
            text = text.substring(0, text.length() - 1);
        }
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '|') {
                cell.append('|');
                i++;
            } else if (c == '|') {
                cells.add(TextLines.clean(cell.toString()));
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(TextLines.clean(cell.toString()));
        return cells;
    }

    /** The nearest non-blank line above, if it reads as a title (a heading or a line of prose). */
    static String titleAbove(String[] lines, int start) {
        for (int n = start - 1; n >= 0 && n >= start - 6; n--) {
            String cleaned = TextLines.clean(lines[n]);
            if (cleaned.isEmpty()) {
                continue;
            }
            return TextLines.titleLike(cleaned) && !isPipeLine(lines[n]) ? cleaned : "";
        }
        return "";
    }
}
