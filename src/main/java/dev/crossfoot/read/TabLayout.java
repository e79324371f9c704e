package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lays out the lines of one tab table as rows and columns, and says what it could not read.
 * <ul>
 *   <li>Columns: within each stretch of lines between blank lines, the field indices where
 *       numbers stand are the column positions; a line with as many values as the table has
 *       columns is read left to right; otherwise each value goes to the nearest column.</li>
 *   <li>Runs of labels fused over several lines (each line repeating the next one's labels, as a
 *       PDF extraction does when it loses line breaks) cannot say which label the numbers belong
 *       to: the values are kept without a label and the lines reported.</li>
 *   <li>"Current assets:  Cash and cash equivalents" is a section header and its first row on one
 *       line: split in two. "Basic Diluted" with cells "278,286 278,286" is two rows fused: split
 *       when every cell holds as many numbers as the label has words.</li>
 *   <li>A line with an unreadable field (two numbers fused, a zero-led group like "00,333") is
 *       left out and reported; the table is split there, so no footing adds across the loss.</li>
 * </ul>
 */
final class TabLayout {

    private final String name;
    private final List<InputProblem> problems;

    TabLayout(String name, List<InputProblem> problems) {
        this.name = name;
        this.problems = problems;
    }

    List<Table> tables(TabTables.Block block, int firstNumber) {
        List<TabLine> rows = new ArrayList<>();
        List<Integer> breaks = new ArrayList<>(block.breaks);
        List<TabLine> unfused = unfuseLabelRuns(block.rows);
        for (int r = 0; r < unfused.size(); r++) {
            TabLine line = unfused.get(r);
            int breakBefore = breaks.indexOf(r);
            List<TabLine> expanded = expand(line);
            if (expanded == null) {
                breaks.add(rows.size());
                continue;
            }
            if (breakBefore >= 0) {
                breaks.add(rows.size());
            }
            rows.addAll(expanded);
        }
        int columns = 0;
        for (TabLine row : rows) {
            columns = Math.max(columns, (int) row.tokens().stream()
                    .filter(t -> t.kind() == TabToken.Kind.NUMBER || t.kind() == TabToken.Kind.MALFORMED).count());
        }
        columns = Math.min(columns, 24);
        Map<Integer, List<Integer>> anchors = anchorsByBlock(rows, columns);
        List<String> headers = headers(block.headers, columns, anchors.getOrDefault(block.rows.isEmpty() ? 0
                : block.rows.get(0).block(), List.of()));
        List<List<Row>> parts = new ArrayList<>();
        List<Row> part = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            if (breaks.contains(r) && !part.isEmpty()) {
                parts.add(part);
                part = new ArrayList<>();
            }
            Row row = row(rows.get(r), columns, anchors.getOrDefault(rows.get(r).block(), List.of()));
            if (row != null) {
                part.add(row);
            }
        }
        if (!part.isEmpty()) {
            parts.add(part);
        }
        List<Table> tables = new ArrayList<>();
        for (List<Row> piece : parts) {
            if (piece.stream().noneMatch(Row::hasCells)) {
                continue;
            }
            String title = block.title;
            if (!tables.isEmpty()) {
                title = title + " (continued after unreadable lines)";
            }
            List<Row> marked = CroppedColumns.mark(piece, headers);
            tables.add(new Table("table-" + (firstNumber + tables.size()), title, TextLines.unitIn(block.title), null,
                    headers, marked, marked.get(0).location()));
        }
        return tables;
    }

    /**
     * Lines whose labels are a run of several rows' labels, shrinking line by line ("A B C", "B C",
     * "C") or growing ("A", "A B", "A B C"), as a PDF extraction writes them when it loses line
     * breaks: three or more such lines in a row, at least one step adding two or more words, lose
     * their label (the numbers on them cannot be told apart from their neighbours' labels).
     */
    private List<TabLine> unfuseLabelRuns(List<TabLine> lines) {
        boolean[] fused = new boolean[lines.size()];
        markRuns(lines, fused, true);
        markRuns(lines, fused, false);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).label().length() > 120) {
                fused[i] = true;
            }
        }
        List<TabLine> result = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TabLine line = lines.get(i);
            if (!fused[i]) {
                result.add(line);
                continue;
            }
            boolean values = line.hasValues();
            problems.add(InputProblem.part(Location.ofLine(name, line.number()),
                    "labels of several rows fused on one line ('" + TabTables.abbreviate(line.label()) + "'): "
                            + (values ? "its numbers are kept without a label" : "left out")));
            if (values) {
                result.add(line.withLabel(""));
            }
        }
        return result;
    }

    private static void markRuns(List<TabLine> lines, boolean[] fused, boolean shrinking) {
        int start = 0;
        boolean wide = false;
        for (int i = 1; i <= lines.size(); i++) {
            int step = i < lines.size() ? step(words(lines.get(i - 1).label()), words(lines.get(i).label()), shrinking) : -1;
            if (step >= 0) {
                wide |= step >= 2;
                continue;
            }
            if (i - start >= 3 && wide) {
                for (int k = start; k < i; k++) {
                    fused[k] = true;
                }
            }
            start = i;
            wide = false;
        }
    }

    /** How many words the next label drops from the front (shrinking) or adds at the end (growing); -1 if neither. */
    private static int step(String a, String b, boolean shrinking) {
        if (a.isEmpty() || b.isEmpty()) {
            return -1;
        }
        int wordsA = a.split(" ").length;
        int wordsB = b.split(" ").length;
        if (a.equals(b)) {
            return wordsA >= 4 ? 0 : -1;
        }
        if (shrinking) {
            return a.endsWith(" " + b) ? wordsA - wordsB : -1;
        }
        return b.startsWith(a + " ") ? wordsB - wordsA : -1;
    }

    private static String words(String label) {
        return label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9%]+", " ").strip();
    }

    /**
     * A line as the rows it holds: one, two when a header and its first row share the line or two
     * rows are fused, none (null) when a field cannot be read.
     */
    private List<TabLine> expand(TabLine line) {
        List<TabToken> garbled = line.tokens().stream().filter(t -> t.kind() == TabToken.Kind.GARBLED).toList();
        if (!garbled.isEmpty()) {
            List<TabLine> split = splitFusedRows(line);
            if (split != null) {
                problems.add(InputProblem.part(Location.ofLine(name, line.number()),
                        "rows '" + String.join("', '", split.stream().map(TabLine::label).toList())
                                + "' fused on one line: split, one number of each field per row"));
                return split;
            }
            problems.add(InputProblem.part(Location.ofLine(name, line.number()),
                    "unreadable field" + (garbled.size() > 1 ? "s " : " ")
                            + String.join(", ", garbled.stream().map(t -> "'" + t.text() + "'").toList())
                            + " (numbers fused or digits lost): the line"
                            + (line.label().isEmpty() ? "" : " '" + TabTables.abbreviate(line.label()) + "'")
                            + " is left out and the table split there"));
            return null;
        }
        String[] parts = line.label().split("\\s{2,}");
        if (parts.length == 2 && parts[0].endsWith(":") && line.hasValues()) {
            return List.of(new TabLine(line.number(), parts[0].strip(), List.of(), line.block()),
                    line.withLabel(parts[1].strip()));
        }
        if (line.label().endsWith(":") && !line.tokens().isEmpty()
                && line.tokens().stream().noneMatch(t -> t.kind() == TabToken.Kind.NUMBER)) {
            List<TabToken> stray = line.tokens().stream().filter(t -> t.kind() != TabToken.Kind.MARK).toList();
            if (!stray.isEmpty()) {
                problems.add(InputProblem.part(Location.ofLine(name, line.number()),
                        "section header '" + line.label() + "' carries no amounts: stray "
                                + String.join(", ", stray.stream().map(t -> "'" + t.text() + "'").toList()) + " left out"));
            }
            return List.of(line.withTokens(List.of()));
        }
        return List.of(line);
    }

    /** "Basic Diluted" | "278,286 278,286" | "275,107 275,107" → two rows, when the counts agree. */
    private static List<TabLine> splitFusedRows(TabLine line) {
        String[] labels = line.label().split("\\s+");
        int count = labels.length;
        if (count < 2 || count > 6 || line.label().isEmpty()) {
            return null;
        }
        List<List<TabToken>> perRow = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            perRow.add(new ArrayList<>());
        }
        for (TabToken token : line.tokens()) {
            if (token.kind() == TabToken.Kind.MARK) {
                continue;
            }
            String[] pieces = token.text().replaceAll("\\$\\s*", "\\$").strip().split("\\s+");
            if (pieces.length != count) {
                return null;
            }
            for (int i = 0; i < count; i++) {
                TabToken piece = TabToken.of(token.index(), pieces[i]);
                if (!piece.isValue()) {
                    return null;
                }
                perRow.get(i).add(piece);
            }
        }
        List<TabLine> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(new TabLine(line.number(), labels[i], perRow.get(i), line.block()));
        }
        return rows;
    }

    /** For each stretch of lines, the field indices of its columns, left to right. */
    private static Map<Integer, List<Integer>> anchorsByBlock(List<TabLine> rows, int columns) {
        Map<Integer, Map<Integer, Integer>> counts = new HashMap<>();
        for (TabLine row : rows) {
            for (TabToken token : row.tokens()) {
                if (token.kind() == TabToken.Kind.NUMBER) {
                    counts.computeIfAbsent(row.block(), b -> new TreeMap<>()).merge(token.index(), 1, Integer::sum);
                }
            }
        }
        Map<Integer, List<Integer>> anchors = new HashMap<>();
        for (Map.Entry<Integer, Map<Integer, Integer>> block : counts.entrySet()) {
            List<Map.Entry<Integer, Integer>> byFrequency = new ArrayList<>(block.getValue().entrySet());
            byFrequency.sort((x, y) -> y.getValue() - x.getValue() != 0 ? y.getValue() - x.getValue() : x.getKey() - y.getKey());
            List<Integer> chosen = new ArrayList<>();
            for (Map.Entry<Integer, Integer> entry : byFrequency) {
                if (chosen.size() < columns) {
                    chosen.add(entry.getKey());
                }
            }
            chosen.sort(Integer::compare);
            anchors.put(block.getKey(), chosen);
        }
        return anchors;
    }

    private Row row(TabLine line, int columns, List<Integer> anchors) {
        Location at = Location.ofLine(name, line.number());
        List<TabToken> values = line.tokens().stream().filter(TabToken::isValue).toList();
        if (values.isEmpty()) {
            return line.label().isEmpty() ? null : new Row(line.shownLabel(), null, null, List.of(), at);
        }
        String[] cells = new String[columns];
        if (values.size() == columns) {
            for (int i = 0; i < columns; i++) {
                cells[i] = values.get(i).text();
            }
        } else {
            List<String> lost = new ArrayList<>();
            for (TabToken token : values) {
                if (token.kind() == TabToken.Kind.DASH) {
                    continue;
                }
                int column = nearest(token.index(), anchors, cells);
                if (column < 0) {
                    lost.add(token.text());
                } else {
                    cells[column] = token.text();
                }
            }
            for (TabToken token : values) {
                int column = anchors.indexOf(token.index());
                if (token.kind() == TabToken.Kind.DASH && column >= 0 && column < columns && cells[column] == null) {
                    cells[column] = token.text();
                }
            }
            if (!lost.isEmpty()) {
                problems.add(InputProblem.part(at, "cannot tell which column " + String.join(", ", lost)
                        + " stand" + (lost.size() == 1 ? "s" : "") + " in: left out"));
            }
        }
        List<Cell> row = new ArrayList<>();
        for (String text : cells) {
            row.add(new Cell(text == null ? "" : text, at));
        }
        return new Row(line.shownLabel(), null, null, row, at);
    }

    /** The free column whose position is nearest, or -1 when two are equally near or none is free. */
    private static int nearest(int index, List<Integer> anchors, String[] taken) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (int a = 0; a < anchors.size() && a < taken.length; a++) {
            if (taken[a] != null) {
                continue;
            }
            int distance = Math.abs(anchors.get(a) - index);
            if (distance < bestDistance) {
                best = a;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return tie && bestDistance > 0 ? -1 : best;
    }

    /**
     * Column headers from the header lines: a line with one text spans every column; a line with
     * as many texts as columns gives one to each; otherwise each goes to the nearest column.
     * A lone letter split off a word is joined back ("S" + "eptember 30, 2011" → "September 30, 2011").
     */
    private static List<String> headers(List<TabLine> lines, int columns, List<Integer> anchors) {
        List<StringBuilder> headers = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            headers.add(new StringBuilder());
        }
        for (TabLine line : lines) {
            List<TabToken> words = headerWords(line.tokens());
            if (words.size() == 1) {
                for (StringBuilder header : headers) {
                    append(header, words.get(0).text());
                }
            } else if (words.size() == columns) {
                for (int c = 0; c < columns; c++) {
                    append(headers.get(c), words.get(c).text());
                }
            } else {
                for (TabToken token : words) {
                    int column = nearestAnchor(token.index(), anchors);
                    if (column >= 0 && column < columns) {
                        append(headers.get(column), token.text());
                    }
                }
            }
        }
        return headers.stream().map(h -> h.toString().strip()).toList();
    }

    /**
     * The words of a header line, one per field: a lone letter or three glued to the word it
     * begins ("S" + "eptember 30, 2011"), loose marks and a "Notes" column left out.
     */
    private static List<TabToken> headerWords(List<TabToken> tokens) {
        List<TabToken> words = new ArrayList<>();
        String carry = "";
        for (TabToken token : tokens) {
            String text = token.text();
            boolean loose = text.matches("[A-Za-z]{1,3}") && !text.matches("(?i)q[1-4]|fy|ytd");
            if (loose) {
                carry = text;
                continue;
            }
            boolean word = token.kind() == TabToken.Kind.PERIOD || token.kind() == TabToken.Kind.TEXT
                    || token.kind() == TabToken.Kind.NUMBER;
            if (word && !text.equalsIgnoreCase("notes")) {
                String joined = !carry.isEmpty() && Character.isLowerCase(text.charAt(0)) ? carry + text : text;
                words.add(new TabToken(token.index(), joined, token.kind()));
            }
            carry = "";
        }
        return words;
    }

    private static int nearestAnchor(int index, List<Integer> anchors) {
        int best = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int a = 0; a < anchors.size(); a++) {
            int distance = Math.abs(anchors.get(a) - index);
            if (distance < bestDistance || distance == bestDistance && anchors.get(a) >= index) {
                best = a;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static void append(StringBuilder header, String text) {
        if (header.length() == 0) {
            header.append(text);
            return;
        }
        header.append(' ').append(text);
    }
}
