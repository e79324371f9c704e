package dev.crossfoot.read;

import dev.crossfoot.model.Location;
import dev.crossfoot.model.Paragraph;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The prose of an HTML filing, gathered during the reader's one walk of the page
 * ({@link HtmlReader#tablesWithContext}): the visible text outside every {@code <table>}, one
 * paragraph per block element ({@code p}, {@code div}, a heading, a list item), in document order.
 * Each is located {@code file.htm#paragraph-N} (N from 1, in that order).
 */
final class HtmlParagraphs {

    private final List<StringBuilder> texts = new ArrayList<>();
    /** The first and the last text node of each paragraph: where it stands in the page ({@link HtmlSourceRanges}). */
    private final List<Node[]> ends = new ArrayList<>();
    private Element lastBlock;

    /** Visible text outside any table, read from {@code node}, in the block element that holds it. */
    void text(String text, Element block, Node node) {
        if (block != lastBlock || texts.isEmpty()) {
            texts.add(new StringBuilder());
            ends.add(new Node[] {node, node});
            lastBlock = block;
        }
        ends.get(ends.size() - 1)[1] = node;
        StringBuilder paragraph = texts.get(texts.size() - 1);
        paragraph.append(paragraph.length() == 0 ? "" : " ").append(text);
    }

    /** A table starts or ends: the text after it is a new paragraph even in the same block. */
    void tableEdge() {
        lastBlock = null;
    }

    /** The first and last text node of paragraph N (from 1), or null when there is no such paragraph. */
    Node[] nodesOf(int paragraph) {
        return paragraph >= 1 && paragraph <= ends.size() ? ends.get(paragraph - 1) : null;
    }

    List<Paragraph> paragraphs(String file) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (StringBuilder text : texts) {
            paragraphs.add(Paragraph.at(text.toString(), Location.ofFragment(file, "paragraph-" + (paragraphs.size() + 1))));
        }
        return paragraphs;
    }
}
