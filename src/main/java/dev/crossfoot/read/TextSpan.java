package dev.crossfoot.read;

/**
 * A stretch of an input's text: its first character's offset (from 0) and length in UTF-16
 * characters (-1 when not known), and where it starts and ends as line and column (from 1; the end
 * column is one past its last character; a column 0 is not known). An end unknown is the start,
 * with length 0.
 */
public record TextSpan(int offset, int length, int startLine, int startColumn, int endLine, int endColumn) {

    /** A start only: a place, not a stretch. */
    public static TextSpan at(int offset, int line, int column) {
        return new TextSpan(offset, 0, line, column, line, column);
    }

    /** Whether the span covers characters, not only a place. */
    public boolean hasLength() {
        return length > 0;
    }
}
