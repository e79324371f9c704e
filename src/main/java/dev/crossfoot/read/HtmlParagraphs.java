package dev.crossfoot.read;

import dev.crossfoot.model.Location;
import dev.crossfoot.model.Paragraph;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.ArrayList;
import java.util.List;

/**
 * The prose of an HTML filing: the visible text outside every {@code <table>}, one paragraph per
 * block element ({@code p}, {@code div}, a heading, a list item), in document order. Each is
 * located {@code file.htm#paragraph-N} (N from 1, in that order).
 */
final class HtmlParagraphs {

    private HtmlParagraphs() {
    }

    static List<Paragraph> find(org.jsoup.nodes.Document html, String file) {
        List<StringBuilder> texts = new ArrayList<>();
        Element[] lastBlock = new Element[1];
        int[] tableDepth = new int[1];
        int[] hidden = new int[1];
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    hidden[0] += HtmlReader.isHidden(element) ? 1 : 0;
                    if (element.normalName().equals("table")) {
                        tableDepth[0]++;
                        lastBlock[0] = null;
                    }
                } else if (node instanceof TextNode textNode && tableDepth[0] == 0 && hidden[0] == 0) {
                    String text = textNode.text().replace('\u00a0', ' ').strip();
                    if (text.isEmpty()) {
                        return;
                    }
                    Element block = HtmlReader.blockOf(textNode);
                    if (block != lastBlock[0] || texts.isEmpty()) {
                        texts.add(new StringBuilder());
                        lastBlock[0] = block;
                    }
                    StringBuilder paragraph = texts.get(texts.size() - 1);
                    paragraph.append(paragraph.length() == 0 ? "" : " ").append(text);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element) {
                    hidden[0] -= HtmlReader.isHidden(element) ? 1 : 0;
                    if (element.normalName().equals("table")) {
                        tableDepth[0]--;
                        lastBlock[0] = null;
                    }
                }
            }
        }, html);
        List<Paragraph> paragraphs = new ArrayList<>();
        for (StringBuilder text : texts) {
            paragraphs.add(Paragraph.at(text.toString(), Location.ofFragment(file, "paragraph-" + (paragraphs.size() + 1))));
        }
        return paragraphs;
    }
}
