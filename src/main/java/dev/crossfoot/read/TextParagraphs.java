package dev.crossfoot.read;

import dev.crossfoot.model.Location;
import dev.crossfoot.model.Paragraph;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The prose of a text or Markdown file: the lines outside its tables, joined into paragraphs.
 * A blank line ends a paragraph; a heading ({@code # …}) or a list item ({@code - …}, {@code • …})
 * is a paragraph of its own. Lines a table was read from, tab-separated lines and pipe-table lines
 * are never prose. Every line keeps its number and first column, so that a sentence anywhere in a
 * paragraph is located {@code file.txt:LINE:COL}.
 */
final class TextParagraphs {

    private TextParagraphs() {
    }

    static List<Paragraph> find(String[] lines, String file, List<Table> tables) {
        Set<Integer> tableLines = tableLines(tables);
        List<Paragraph> paragraphs = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        List<Paragraph.LineStart> starts = new ArrayList<>();
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n];
            String stripped = line.strip();
            boolean prose = !stripped.isEmpty() && !tableLines.contains(n + 1) && line.indexOf('\t') < 0
                    && !stripped.startsWith("|");
            boolean startsOwn = stripped.startsWith("#") || isListItem(stripped);
            if (!prose || startsOwn) {
                flush(text, starts, paragraphs);
            }
            if (!prose) {
                continue;
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            int column = line.indexOf(stripped.charAt(0)) + 1;
            starts.add(new Paragraph.LineStart(text.length(), new Location(file, n + 1, column, null)));
            text.append(stripped);
            if (stripped.startsWith("#")) {
                flush(text, starts, paragraphs);
            }
        }
        flush(text, starts, paragraphs);
        return paragraphs;
    }

    private static boolean isListItem(String stripped) {
        return stripped.length() > 1 && "-*•·".indexOf(stripped.charAt(0)) >= 0 && Character.isWhitespace(stripped.charAt(1));
    }

    private static void flush(StringBuilder text, List<Paragraph.LineStart> starts, List<Paragraph> into) {
        if (text.length() > 0) {
            into.add(new Paragraph(text.toString(), starts));
        }
        text.setLength(0);
        starts.clear();
    }

    /** Every line a table, one of its rows or one of its cells was read from. */
    private static Set<Integer> tableLines(List<Table> tables) {
        Set<Integer> used = new HashSet<>();
        for (Table table : tables) {
            if (table.location() != null && table.location().line() > 0) {
                used.add(table.location().line());
            }
            for (Row row : table.rows()) {
                if (row.location() != null) {
                    used.add(row.location().line());
                }
                row.cells().forEach(cell -> used.add(cell.location() == null ? 0 : cell.location().line()));
            }
        }
        return used;
    }
}
