package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.NumberParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed-width tables of plain-text filings: the {@code <TABLE>} … {@code </TABLE>} blocks of EDGAR
 * text documents. Fields are separated by two or more spaces; numbers are right-aligned, so a
 * column is where numbers end (ends within three characters are one column). Lines above the first
 * line of amounts are column headers: a header text goes to every column whose amounts it stands
 * over (a period centred over two columns heads both), and only text left of every column is a label. Rules of dashes or equals signs and the SGML {@code <S>}/{@code <C>} markers are layout. The
 * title is the nearest text above the block; a "(In Millions …)" line there is the unit caption.
 */
final class FixedWidthTables {

    private static final Pattern RULE = Pattern.compile("^[\\s\\-=_]+$");
    private static final NumberParser NUMBERS = new NumberParser();
    /** A year heading a column, perhaps with a footnote mark ("2003*"). */
    private static final String YEAR = "(19|20)\\d\\d[*†‡]*";
    private static final Pattern SECOND_DATE = Pattern.compile(
            "(?<=\\d,?) (?=(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.? \\d{1,2}\\b)");

    private FixedWidthTables() {
    }

    /** A field of a line: its text and its first and last character. */
    private record Field(String text, int start, int end) { }

    static List<Table> find(String[] lines, String name, List<InputProblem> problems) {
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].strip().toUpperCase(Locale.ROOT).startsWith("<TABLE")) {
                continue;
            }
            int end = i + 1;
            while (end < lines.length && !lines[end].strip().toUpperCase(Locale.ROOT).startsWith("</TABLE")) {
                end++;
            }
            Table table = table(lines, i, end, name, problems);
            if (table != null) {
                tables.add(table);
            }
            i = end;
        }
        return tables;
    }

    private static Table table(String[] lines, int open, int close, String name, List<InputProblem> problems) {
        return table(lines, open, close, name, problems, "");
    }

    /**
     * The table of lines {@code open+1 .. close-1}, titled by the text above {@code open}; a unit
     * caption the caller already found ({@code knownUnit}, may be empty) wins over one above.
     */
    static Table table(String[] lines, int open, int close, String name, List<InputProblem> problems, String knownUnit) {
        List<Integer> body = new ArrayList<>();
        List<List<Field>> fields = new ArrayList<>();
        for (int n = open + 1; n < close; n++) {
            String line = lines[n].replace('\t', ' ');
            if (line.isBlank() || RULE.matcher(line).matches() || line.strip().matches("(?i)(<[SC]>\\s*)+|<caption>|</?page>")) {
                continue;
            }
            body.add(n);
            // Underlines beside a label ("(See Notes)   ------   ------") are layout, not text; a
            // dash or two standing alone where an amount stands ("receivables    -    29,465") is nil.
            fields.add(merge(fieldsOf(line.replaceAll("(?i)<[SC]>", "   ")).stream()
                    .filter(field -> !RULE.matcher(field.text()).matches() || field.text().matches("-{1,2}")).toList()));
        }
        int firstData = -1;
        List<Integer> edges = new ArrayList<>();
        for (int k = 0; k < fields.size(); k++) {
            for (Field field : fields.get(k)) {
                if (isAmount(field.text()) && !(field.text().matches(YEAR) && firstData < 0)) {
                    firstData = firstData < 0 ? k : firstData;
                    addEdge(edges, field.end());
                }
            }
        }
        if (firstData < 0) {
            return null;
        }
        edges.sort(Integer::compare);
        int[] starts = columnStarts(fields, firstData, edges);
        List<StringBuilder> headers = new ArrayList<>();
        edges.forEach(edge -> headers.add(new StringBuilder()));
        List<Field> headed = new ArrayList<>();
        int margin = labelMargin(fields, firstData);
        for (int k = 0; k < firstData; k++) {
            for (Field field : splitDates(fields.get(k))) {
                if (field.start() <= margin && !ColumnHeaders.stubPeriod(field.text()).isEmpty()) {
                    // "For the 13 Weeks Ended July 3, 2004 and June 28, 2003" from the left margin,
                    // over column groups: the period of every column.
                    headers.forEach(header -> header.append(header.length() == 0 ? "" : " ").append(field.text()));
                    headed.add(field);
                    continue;
                }
                for (int c = 0; c < edges.size(); c++) {
                    // A header belongs to every column whose amounts it stands over: "3 Months Ended
                    // December", centred over two columns, may start left of their first amount.
                    if (field.end() >= starts[c] && field.start() <= edges.get(c)) {
                        headers.get(c).append(headers.get(c).length() == 0 ? "" : " ").append(field.text());
                        headed.add(field);
                    }
                }
            }
        }
        int labelEnd = firstLabelEnd(fields, firstData);
        List<Row> rows = new ArrayList<>();
        for (int k = firstData > 0 ? 0 : 0; k < fields.size(); k++) {
            int number = body.get(k) + 1;
            Location at = Location.ofLine(name, number);
            StringBuilder label = new StringBuilder();
            String[] cells = new String[edges.size()];
            List<String> lost = new ArrayList<>();
            boolean header = k < firstData;
            for (Field field : fields.get(k)) {
                if (isAmount(field.text()) && !header) {
                    int column = edges.indexOf(nearestEdge(edges, field.end()));
                    if (column < 0 || cells[column] != null) {
                        lost.add(field.text());
                    } else {
                        cells[column] = field.text();
                    }
                } else if (field.start() <= labelEnd && !(header && headed.contains(field))) {
                    label.append(label.length() == 0 ? "" : " ").append(field.text());
                }
            }
            if (header && label.length() == 0) {
                continue;
            }
            if (!lost.isEmpty()) {
                problems.add(InputProblem.part(at, "cannot tell which column " + String.join(", ", lost) + " stand in: left out"));
            }
            boolean any = false;
            List<Cell> row = new ArrayList<>();
            for (String cell : cells) {
                any |= cell != null;
                row.add(new Cell(cell == null ? "" : cell, at));
            }
            if (label.length() > 0 || any) {
                rows.add(new Row(label.toString(), null, null, any ? row : List.of(), at));
            }
        }
        String title = "";
        String unit = knownUnit;
        for (int n = open - 1; n >= 0 && n >= open - 8; n--) {
            String text = lines[n].strip();
            if (text.isEmpty() || text.matches("(?i)<caption>|<page>|exhibit.*")) {
                continue;
            }
            if (unit.isEmpty() && !TextLines.unitIn(text).isEmpty()) {
                unit = TextLines.unitIn(text);
                continue;
            }
            if (text.chars().filter(Character::isLetter).count() >= 3) {
                title = text;
                break;
            }
        }
        return new Table("table", title, unit, null, headers.stream().map(StringBuilder::toString).toList(), rows,
                Location.ofLine(name, open + 1));
    }

    /** The first character of the labels of the rows of amounts: the left margin of the table. */
    private static int labelMargin(List<List<Field>> fields, int firstData) {
        int margin = Integer.MAX_VALUE;
        for (int k = firstData; k < fields.size(); k++) {
            if (!fields.get(k).isEmpty() && !isAmount(fields.get(k).get(0).text())) {
                margin = Math.min(margin, fields.get(k).get(0).start());
            }
        }
        return margin == Integer.MAX_VALUE ? 0 : margin;
    }

    /**
     * Dates over neighbouring columns set one space apart ("June 28, January 3,") are two header
     * texts, one over each column.
     */
    private static List<Field> splitDates(List<Field> fields) {
        List<Field> split = new ArrayList<>();
        for (Field field : fields) {
            Matcher gap = SECOND_DATE.matcher(field.text());
            int from = 0;
            while (gap.find()) {
                split.add(new Field(field.text().substring(from, gap.start()), field.start() + from, field.start() + gap.start() - 1));
                from = gap.end();
            }
            split.add(new Field(field.text().substring(from), field.start() + from, field.end()));
        }
        return split;
    }

    /** Where each column's amounts begin: the leftmost first character of an amount ending at its edge. */
    private static int[] columnStarts(List<List<Field>> fields, int firstData, List<Integer> edges) {
        int[] starts = new int[edges.size()];
        for (int c = 0; c < edges.size(); c++) {
            starts[c] = edges.get(c);
        }
        for (int k = firstData; k < fields.size(); k++) {
            for (Field field : fields.get(k)) {
                int column = isAmount(field.text()) ? edges.indexOf(nearestEdge(edges, field.end())) : -1;
                if (column >= 0) {
                    starts[column] = Math.min(starts[column], field.start());
                }
            }
        }
        return starts;
    }

    /** The last character of the label column: labels start at the left, before the first amount. */
    private static int firstLabelEnd(List<List<Field>> fields, int firstData) {
        int firstAmount = Integer.MAX_VALUE;
        for (int k = firstData; k < fields.size(); k++) {
            for (Field field : fields.get(k)) {
                if (isAmount(field.text())) {
                    firstAmount = Math.min(firstAmount, field.start());
                }
            }
        }
        return firstAmount == Integer.MAX_VALUE ? 0 : firstAmount - 1;
    }

    private static List<Field> fieldsOf(String line) {
        List<Field> fields = new ArrayList<>();
        for (SpacedFields.Span span : SpacedFields.of(line)) {
            fields.add(new Field(span.text(), span.start(), span.end()));
        }
        return fields;
    }

    /** "$" standing apart joins the number after it. */
    private static List<Field> merge(List<Field> fields) {
        List<Field> merged = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            Field field = fields.get(i);
            if (field.text().matches("[$€£]") && i + 1 < fields.size()) {
                Field next = fields.get(++i);
                merged.add(new Field(field.text() + " " + next.text(), field.start(), next.end()));
            } else {
                merged.add(field);
            }
        }
        return merged;
    }

    static boolean isAmount(String text) {
        CellValue value = NUMBERS.parse(text);
        return value instanceof CellValue.Number || value instanceof CellValue.Nil && text.length() <= 3;
    }

    private static void addEdge(List<Integer> edges, int edge) {
        for (int e : edges) {
            if (Math.abs(e - edge) <= 3) {
                return;
            }
        }
        edges.add(edge);
    }

    private static int nearestEdge(List<Integer> edges, int end) {
        int best = -1;
        for (int edge : edges) {
            if (Math.abs(edge - end) <= 3 && (best < 0 || Math.abs(edge - end) < Math.abs(best - end))) {
                best = edge;
            }
        }
        return best;
    }
}
