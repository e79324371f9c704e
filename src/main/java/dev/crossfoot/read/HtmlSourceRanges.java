package dev.crossfoot.read;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the HTML reader's locations ({@code table-N}, {@code table-N/row-R},
 * {@code table-N/row-R/col-C}, {@code paragraph-N}) stand in the page's text, for a report that
 * points a viewer at the characters. The page is parsed again with Jsoup's position tracking and
 * walked as {@link HtmlReader} walks it ({@link HtmlReader#tablesWithContext}, {@link HtmlGrid}), so
 * each number names the same element as when it was read. Tracking positions makes a parse slower
 * and larger (BENCHMARKS.md), so the reader does not do it; only a report that needs regions does,
 * once per page.
 *
 * <p>A cell's span is its text, from the first visible character to the last (the {@code 1,234}
 * inside {@code <td><p><span>…}); a row or table is its element, start tag to end tag; a paragraph
 * is its text.
 */
public final class HtmlSourceRanges {

    private static final Pattern FRAGMENT = Pattern.compile("table-(\\d+)(?:/row-(\\d+)(?:/col-(\\d+))?)?|paragraph-(\\d+)");

    private final String text;
    private final List<HtmlReader.Found> tables;
    private final HtmlParagraphs prose;
    private final Map<Integer, List<List<HtmlGrid.Slot>>> grids = new HashMap<>();

    private HtmlSourceRanges(String text) {
        this.text = text;
        org.jsoup.nodes.Document html = Jsoup.parse(text, "", Parser.htmlParser().setTrackPosition(true));
        this.prose = new HtmlParagraphs();
        this.tables = HtmlReader.tablesWithContext(html, prose);
    }

    /** The page's text as the reader decodes it. */
    public static HtmlSourceRanges ofPage(String text) {
        return new HtmlSourceRanges(text);
    }

    /** A page read from its file ({@code .gz} unpacked, decoded as the reader decodes it). */
    public static HtmlSourceRanges read(Path file) throws IOException {
        return new HtmlSourceRanges(Decoding.text(Inputs.content(file)));
    }

    /** Where {@code fragment} stands, or null when it names nothing this page has. */
    public TextSpan find(String fragment) {
        Matcher parts = fragment == null ? null : FRAGMENT.matcher(fragment);
        if (parts == null || !parts.matches()) {
            return null;
        }
        if (parts.group(4) != null) {
            Node[] ends = prose.nodesOf(Integer.parseInt(parts.group(4)));
            return ends == null ? null : trimmed(span(ends[0].sourceRange(), ends[1].sourceRange()));
        }
        int table = Integer.parseInt(parts.group(1));
        if (table < 1 || table > tables.size()) {
            return null;
        }
        Element element = tables.get(table - 1).element();
        if (parts.group(2) == null) {
            return ofElement(element);
        }
        List<List<HtmlGrid.Slot>> rows = grid(table, element);
        int row = Integer.parseInt(parts.group(2));
        if (rows == null || row < 1 || row > rows.size()) {
            return null;
        }
        List<HtmlGrid.Slot> slots = rows.get(row - 1);
        if (parts.group(3) != null) {
            int column = Integer.parseInt(parts.group(3)) - 1;
            for (HtmlGrid.Slot slot : slots) {
                if (slot.first() <= column && column <= slot.last()) {
                    TextSpan text = ofText(slot.element());
                    return text != null ? text : ofElement(slot.element());
                }
            }
        }
        // A row, or a cell no element covers (an empty column of a short row): the row's element.
        return slots.isEmpty() ? null : ofElement(slots.get(0).element().parent());
    }

    private List<List<HtmlGrid.Slot>> grid(int table, Element element) {
        return grids.computeIfAbsent(table, n -> {
            try {
                return HtmlGrid.of(element, HtmlTableLayout.MAX_WIDTH);
            } catch (HtmlGrid.TooWide wide) {
                return null;
            }
        });
    }

    /** From the element's start tag to its end tag (or, closed implicitly, where it closed). */
    private static TextSpan ofElement(Element element) {
        Range end = element.endSourceRange();
        return span(element.sourceRange(), end.isTracked() ? end : element.sourceRange());
    }

    /** From the first visible character of the element's text to the last, or null when it has none. */
    private TextSpan ofText(Element element) {
        TextNode[] ends = new TextNode[2];
        NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !text.text().replace('\u00a0', ' ').isBlank()) {
                ends[0] = ends[0] == null ? text : ends[0];
                ends[1] = text;
            }
        }, element);
        if (ends[0] == null) {
            return null;
        }
        return trimmed(span(ends[0].sourceRange(), ends[1].sourceRange()));
    }

    /**
     * The span without the white space (line breaks, indentation) at its two ends, which a viewer
     * need not mark. Only the line of the start and the end can move: a span of text nodes starts
     * and ends on visible text, and white space inside it is kept.
     */
    private TextSpan trimmed(TextSpan span) {
        if (span == null) {
            return null;
        }
        int from = span.offset();
        int to = span.offset() + span.length();
        if (to > text.length()) {
            return span;
        }
        int line = span.startLine();
        int column = span.startColumn();
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            if (text.charAt(from) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
            from++;
        }
        int endLine = span.endLine();
        int endColumn = span.endColumn();
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
            if (text.charAt(to) == '\n') {
                endLine--;
                endColumn = columnAt(to);
            } else {
                endColumn--;
            }
        }
        return new TextSpan(from, to - from, line, column, endLine, endColumn);
    }

    /** The column (from 1) of the character at {@code offset}, counted back to its line's start. */
    private int columnAt(int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        return offset - lineStart + 1;
    }

    private static TextSpan span(Range first, Range last) {
        if (!first.isTracked() || !last.isTracked()) {
            return null;
        }
        Range.Position start = first.start();
        Range.Position end = last.end();
        return new TextSpan(start.pos(), Math.max(0, end.pos() - start.pos()), start.lineNumber(), start.columnNumber(),
                end.lineNumber(), end.columnNumber());
    }
}
