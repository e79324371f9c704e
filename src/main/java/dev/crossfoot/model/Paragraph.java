package dev.crossfoot.model;

import java.util.List;

/**
 * A passage of a document's text outside its tables, as read: its text and where each of its
 * lines starts in the input, so that a sentence found at any offset of the text has its own
 * location ({@code file.txt:LINE:COL}; {@code file.json#/paragraphs/3}; {@code file.htm#paragraph-12}).
 *
 * @param lines where the text's lines start, the first at offset 0; a paragraph joined from
 *              several lines of a text file has one per line, any other paragraph exactly one
 */
public record Paragraph(String text, List<LineStart> lines) {
    public Paragraph {
        text = text == null ? "" : text;
        lines = List.copyOf(lines);
        if (lines.isEmpty() || lines.get(0).offset() != 0) {
            throw new IllegalArgumentException("a paragraph's first line starts at offset 0");
        }
    }

    /** A paragraph read as one piece (a JSON string, an HTML block) at one location. */
    public static Paragraph at(String text, Location location) {
        return new Paragraph(text, List.of(new LineStart(0, location)));
    }

    public Location location() {
        return lines.get(0).location();
    }

    /**
     * Where the character at {@code offset} of the text stands in the input: its line, and its
     * column where the input has lines and columns.
     */
    public Location locationOf(int offset) {
        LineStart line = lines.get(0);
        for (LineStart candidate : lines) {
            if (candidate.offset() > offset) {
                break;
            }
            line = candidate;
        }
        Location start = line.location();
        if (start.line() == 0) {
            return start;
        }
        return start.atColumn(Math.max(1, start.column()) + offset - line.offset());
    }

    /** A line of the input that starts at {@code offset} of the paragraph's text, at {@code location} (its first character). */
    public record LineStart(int offset, Location location) { }
}
