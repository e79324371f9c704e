package dev.crossfoot.report;

import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A list of the HTML page whose items come part by part (index entries, claims, skipped tables):
 * each part's items are rendered at once in a frame of the list's depth and spilled, and at the
 * end the list's surroundings are rendered with a placeholder item, which the spilled items
 * replace. Pretty-printed markup indents an element by its depth alone, so items rendered in a
 * frame read as they would in the whole page.
 */
final class ListItems {

    /** Text no input can put into a page's own markup around a list (inputs are only in items). */
    private static final String PLACEHOLDER = "crossfoot-spilled-items-go-here";

    private ListItems() {
    }

    /** Marks where in {@code container} the spilled items go; the rest of the page is built around it. */
    static void placeholderIn(Element container) {
        container.appendElement("p").text(PLACEHOLDER);
    }

    /**
     * The lines of {@code container}'s children as they stand in the page: its outermost
     * ancestor (a top-level element of the page) rendered, less the lines of the frame above and
     * below them (one a level, for a frame of single elements down to the container).
     */
    static String of(Element container) {
        Element root = container;
        int depth = 0;
        while (root.parent() != null && !root.parent().tagName().equals("body")) {
            root = root.parent();
            depth++;
        }
        List<String> lines = root.outerHtml().lines().toList();
        StringBuilder items = new StringBuilder();
        for (String line : lines.subList(depth + 1, lines.size() - depth - 1)) {
            items.append(line).append('\n');
        }
        return items.toString();
    }

    /**
     * Writes {@code root}, a top-level element of the page, with the spilled items in place of
     * the placeholder, or as it is when it holds none.
     */
    static void write(Element root, Spill items, Writer out) throws IOException {
        String markup = root.outerHtml();
        int at = markup.indexOf(PLACEHOLDER);
        if (at < 0) {
            out.write(markup);
            out.write('\n');
            return;
        }
        int lineStart = markup.lastIndexOf('\n', at) + 1;
        int lineEnd = markup.indexOf('\n', at) + 1;
        out.write(markup, 0, lineStart);
        items.copyTo(out);
        out.write(markup, lineEnd, markup.length() - lineEnd);
        out.write('\n');
    }
}
