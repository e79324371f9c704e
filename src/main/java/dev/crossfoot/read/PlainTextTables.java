package dev.crossfoot.read;

import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fixed-width tables of plain-text documents that mark none of them ({@code <TABLE>} is missing, as
 * in many EDGAR exhibits of the 2000s). A table is a passage between paragraph breaks (two or more
 * blank lines) with at least two lines of amounts, each standing two or more spaces right of its
 * label. Its column headers are the lines above the first amounts that reach over the columns
 * (blank lines between them allowed); a parenthesised unit caption there, even split over lines
 * beside the headers ("(millions, except earnings per" / " common share)   2004   2003"), is the
 * unit and no header. The columns are then laid out as {@link FixedWidthTables} lays out a marked
 * block. A label wrapped onto the next line (the continuation indented and starting in lower case:
 * "Credit and financial products" / "revenues   81") is one label; a label line followed by a
 * capitalised one is a section heading and stays a row of its own.
 */
final class PlainTextTables {

    private static final Pattern CAPTION_OPEN = Pattern.compile("^\\(");

    private PlainTextTables() {
    }

    private record Field(String text, int start, int end) { }

    static List<Table> find(String[] lines, String name, List<InputProblem> problems) {
        List<Table> tables = new ArrayList<>();
        int start = 0;
        while (start < lines.length) {
            int end = start;
            while (end < lines.length && !(lines[end].isBlank() && end + 1 < lines.length && lines[end + 1].isBlank())) {
                end++;
            }
            Table table = passage(lines, start, Math.min(end, lines.length), name, problems);
            if (table != null) {
                tables.add(table);
            }
            start = end + 1;
            while (start < lines.length && lines[start].isBlank()) {
                start++;
            }
        }
        return tables;
    }

    /** The table of lines {@code from .. to-1}, or null when they hold fewer than two lines of amounts. */
    private static Table passage(String[] lines, int from, int to, String name, List<InputProblem> problems) {
        int firstAmounts = -1;
        int lastAmounts = -1;
        int count = 0;
        int columnStart = Integer.MAX_VALUE;
        for (int n = from; n < to; n++) {
            int at = amountsStart(fields(lines[n]));
            if (at >= 0) {
                firstAmounts = firstAmounts < 0 ? n : firstAmounts;
                lastAmounts = n;
                count++;
                columnStart = Math.min(columnStart, at);
            }
        }
        if (count < 2) {
            return null;
        }
        int columns = columnStart;
        int margin = Integer.MAX_VALUE;
        for (int n = firstAmounts; n <= lastAmounts; n++) {
            List<Field> fields = fields(lines[n]);
            if (!fields.isEmpty() && fields.get(0).start() < columns) {
                margin = Math.min(margin, fields.get(0).start());
            }
        }
        int labels = margin;
        String[] copy = lines.clone();
        StringBuilder caption = new StringBuilder();
        int top = firstAmounts;
        boolean headed = false;
        for (int n = firstAmounts - 1; n >= from; n--) {
            String line = lines[n];
            if (line.isBlank()) {
                continue;
            }
            List<Field> fields = fields(line);
            List<Field> left = fields.stream().filter(field -> field.end() < columns).toList();
            // Text over the columns heads them; a heading from the left margin ("Summary of Certain
            // Significant Items:") does only when it names a period.
            boolean reaches = fields.stream().anyMatch(field -> field.end() >= columns
                    && (field.start() > labels || !ColumnHeaders.stubPeriod(field.text()).isEmpty()));
            String leftText = String.join(" ", left.stream().map(Field::text).toList());
            boolean isCaption = !leftText.isEmpty() && (CAPTION_OPEN.matcher(leftText).find() || caption.length() > 0
                    && leftText.indexOf(')') >= 0 && leftText.indexOf('(') < 0);
            if (isCaption) {
                int below = nextNonBlank(lines, n + 1, firstAmounts);
                if (caption.length() == 0 && leftText.indexOf(')') < 0 && below >= 0) {
                    // "(millions, except earnings per" closes on the next line, beside the headers.
                    List<Field> closing = fields(copy[below]).stream().filter(field -> field.end() < columns).toList();
                    String rest = String.join(" ", closing.stream().map(Field::text).toList());
                    if (rest.indexOf(')') >= 0 && rest.indexOf('(') < 0) {
                        caption.append(rest);
                        copy[below] = blank(copy[below], closing);
                    }
                }
                caption.insert(0, leftText + " ");
                copy[n] = blank(line, left);
                top = reaches ? n : top;
                if (!reaches && headed && leftText.startsWith("(") && leftText.indexOf(')') > 0) {
                    // A whole caption on a line of its own parts the title above from the headers below.
                    break;
                }
                continue;
            }
            if (reaches) {
                top = n;
                headed = true;
                continue;
            }
            if (headed) {
                break;
            }
            top = n;
        }
        String unit = unitOf(caption.toString().replaceAll("\\s+", " ").strip());
        Table table = FixedWidthTables.table(copy, top - 1, lastAmounts + 1, name, problems, unit);
        if (table == null) {
            return null;
        }
        String title = table.title();
        for (int n = top - 1; n >= from; n--) {
            String text = copy[n].strip();
            if (text.chars().filter(Character::isLetter).count() >= 3) {
                title = text;
                break;
            }
        }
        return new Table(table.id(), title, table.unit(), table.statement(), table.columns(), joinWrappedLabels(table.rows()),
                table.location());
    }

    private static final Pattern BARE_UNIT = Pattern.compile("^\\(\\s*((?:thousands|millions|billions)\\b[^()]*)\\)",
            Pattern.CASE_INSENSITIVE);

    /** "(in millions …)" as any caption, and "(millions, except earnings per common share)", the unit without "in". */
    static String unitOf(String caption) {
        String unit = TextLines.unitIn(caption);
        if (!unit.isEmpty()) {
            return unit;
        }
        Matcher bare = BARE_UNIT.matcher(caption);
        return bare.find() ? "in " + bare.group(1).strip() : "";
    }

    /** Where the amounts of a line begin (two or more spaces right of its label), or -1 for a line without amounts. */
    private static int amountsStart(List<Field> fields) {
        int start = -1;
        boolean onlyYears = true;
        for (int i = fields.size() - 1; i >= 0; i--) {
            Field field = fields.get(i);
            if (!FixedWidthTables.isAmount(field.text())) {
                break;
            }
            start = field.start();
            onlyYears &= field.text().matches("(19|20)\\d\\d\\W?");
        }
        if (onlyYears) {
            // "2004   2003" over the columns: a header row, not amounts.
            return -1;
        }
        return start > 0 && fields.get(0).start() < start || start >= 20 ? start : -1;
    }

    /** A label-only row followed by a row whose label continues it in lower case: one row, at the second line. */
    static List<Row> joinWrappedLabels(List<Row> rows) {
        List<Row> joined = new ArrayList<>();
        for (Row row : rows) {
            if (!joined.isEmpty()) {
                Row previous = joined.get(joined.size() - 1);
                if (previous.cells().isEmpty() && !previous.label().isEmpty() && continues(row.label())) {
                    joined.set(joined.size() - 1, new Row(previous.label() + " " + row.label(), row.depth(), row.concept(),
                            row.cells(), row.location()));
                    continue;
                }
            }
            joined.add(row);
        }
        return joined;
    }

    private static boolean continues(String label) {
        return !label.isEmpty() && (Character.isLowerCase(label.charAt(0)) || label.charAt(0) == '(');
    }

    private static int nextNonBlank(String[] lines, int from, int to) {
        for (int n = from; n < to; n++) {
            if (!lines[n].isBlank()) {
                return n;
            }
        }
        return -1;
    }

    private static String blank(String line, List<Field> fields) {
        char[] chars = line.toCharArray();
        for (Field field : fields) {
            for (int i = field.start(); i <= field.end(); i++) {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static List<Field> fields(String line) {
        List<Field> fields = new ArrayList<>();
        for (SpacedFields.Span span : SpacedFields.of(line.replace('\t', ' '))) {
            fields.add(new Field(span.text(), span.start(), span.end()));
        }
        return fields;
    }
}
