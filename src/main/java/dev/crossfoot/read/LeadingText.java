package dev.crossfoot.read;

import org.jsoup.internal.StringUtil;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The first match of a pattern in an element's visible text as Jsoup's {@code Element.text()} writes it, with the text
 * built only as far as the match is settled: a filing's fiscal year-end is named on its cover ("for the fiscal year
 * ended December 31, 2024"), and the whole body's text was built for it (4 % of an HTML corpus run's checking thread,
 * BENCHMARKS.md "Issue 14, sixteenth round").
 * <p>The text is accumulated as Jsoup's text accumulator does (Jsoup 1.18): each text node's white space normalised
 * unless an element within six levels up preserves it (or it is CDATA), a space before a block element or a
 * {@code <br>} and after a block element followed by text or an inline element, where the text does not already end
 * in a space; the whole trimmed. The accumulator only appends, so the text so far is a prefix of the whole. The pattern
 * is tried on the prefix at sizes growing fourfold (so it scans at most about 4/3 of the text in all); a match found
 * without the matcher reaching the prefix's end ({@link Matcher#hitEnd}: more input could not change the result) is
 * the first match of the whole text too (what is trimmed from its ends is white space or control characters, which no
 * match the callers' patterns make starts or ends on, and which their word edges see as a text's edge).
 */
final class LeadingText {

    /** The prefix's length at which the pattern is first tried. */
    static final int FIRST_TRY = 4096;

    private LeadingText() {
    }

    /** The first match of {@code pattern} in {@code root.text()}, or null where it has none. */
    static MatchResult firstMatch(Element root, Pattern pattern) {
        return firstMatch(root, pattern, FIRST_TRY);
    }

    /** The same, trying the pattern first on a prefix of {@code firstTry} characters. */
    static MatchResult firstMatch(Element root, Pattern pattern, int firstTry) {
        StringBuilder accum = new StringBuilder();
        MatchResult[] settled = new MatchResult[1];
        int[] nextTry = {firstTry};
        accumulate(root, accum, text -> {
            if (text.length() >= nextTry[0]) {
                nextTry[0] = Math.max(4 * text.length(), 1);
                Matcher matcher = pattern.matcher(text);
                if (matcher.find() && !matcher.hitEnd()) {
                    settled[0] = matcher.toMatchResult();
                    return true;
                }
            }
            return false;
        });
        if (settled[0] != null) {
            return settled[0];
        }
        Matcher whole = pattern.matcher(accum.toString().trim());
        return whole.find() ? whole.toMatchResult() : null;
    }

    /** The element's text, accumulated as {@link #firstMatch} accumulates it: {@code Element.text()}. */
    static String text(Element root) {
        StringBuilder accum = new StringBuilder();
        accumulate(root, accum, text -> false);
        return accum.toString().trim();
    }

    /**
     * {@code root.text()} where it holds fewer than {@code solid} solid characters (neither white space nor a control
     * character: none that trimming or stripping takes off); else a prefix of the text as accumulated that holds
     * {@code solid} of them, the rest not built. Either way the text stripped has {@code solid} characters or more
     * exactly when {@code root.text()} stripped has: every solid character of the prefix stays in the whole text
     * stripped, with all between them.
     */
    static String upTo(Element root, int solid) {
        StringBuilder accum = new StringBuilder();
        int[] counted = {0, 0};
        accumulate(root, accum, text -> {
            for (int at = counted[0]; at < text.length(); at++) {
                char c = text.charAt(at);
                if (c > ' ' && !Character.isWhitespace(c)) {
                    counted[1]++;
                }
            }
            counted[0] = text.length();
            return counted[1] >= solid;
        });
        return counted[1] >= solid ? accum.toString() : accum.toString().trim();
    }

    /** Walks the element, accumulating its text as Jsoup does, until {@code stop} says so after a node's start. */
    private static void accumulate(Element root, StringBuilder accum, java.util.function.Predicate<StringBuilder> stop) {
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                Accumulator.head(accum, node);
                return stop.test(accum) ? FilterResult.STOP : FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                Accumulator.tail(accum, node);
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    /** Jsoup 1.18's text accumulator ({@code Element.TextAccumulator}), step by step. */
    private static final class Accumulator {

        static void head(StringBuilder accum, Node node) {
            if (node instanceof TextNode text) {
                if (preservesWhitespace(text.parentNode()) || text instanceof CDataNode) {
                    accum.append(text.getWholeText());
                } else {
                    StringUtil.appendNormalisedWhitespace(accum, text.getWholeText(), endsInSpace(accum));
                }
            } else if (node instanceof Element element) {
                if (accum.length() > 0 && (element.isBlock() || element.nameIs("br")) && !endsInSpace(accum)) {
                    accum.append(' ');
                }
            }
        }

        static void tail(StringBuilder accum, Node node) {
            if (node instanceof Element element) {
                Node next = node.nextSibling();
                if (element.isBlock() && (next instanceof TextNode || next instanceof Element following && !following.tag().formatAsBlock())
                        && !endsInSpace(accum)) {
                    accum.append(' ');
                }
            }
        }

        private static boolean endsInSpace(StringBuilder accum) {
            return accum.length() != 0 && accum.charAt(accum.length() - 1) == ' ';
        }

        /** Whether the node or one of its five nearest ancestors keeps its white space ({@code <pre>}, {@code <textarea>}). */
        private static boolean preservesWhitespace(Node node) {
            if (node instanceof Element element) {
                int level = 0;
                do {
                    if (element.tag().preserveWhitespace()) {
                        return true;
                    }
                    element = element.parent();
                    level++;
                } while (level < 6 && element != null);
            }
            return false;
        }
    }
}
