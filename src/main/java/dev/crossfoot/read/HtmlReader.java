package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Table;

import dev.crossfoot.understand.DocumentLanguage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeFilter;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads every {@code <table>} of an HTML filing ({@code .htm}, {@code .html}, also inline XBRL,
 * whose {@code ix:nonFraction} facts are ordinary text in the cells). A table's title is the
 * nearest heading-like text block above it (EDGAR tables rarely carry one inside); its unit
 * caption comes from its own header rows or the text just above. The cells are laid out by
 * {@link HtmlTableLayout}; a table a page break cut in two is joined again by {@link ContinuedTables}.
 * Tables with no digit anywhere and fewer than two rows or columns are
 * page layout, not tables, and are left out; every other table is kept, and the checks list those
 * without numbers as skipped. Input that is not HTML at all (binary data), larger than
 * {@link #MAX_CHARS} characters, or a table wider than {@link HtmlTableLayout#MAX_WIDTH} columns,
 * is reported, never a crash.
 */
public final class HtmlReader implements DocumentReader {

    /** Larger documents are refused: a DOM of them would take gigabytes. */
    public static final int MAX_CHARS = 40 * 1024 * 1024;
    /**
     * Tables inside tables inside tables: a filing nests two or three deep for layout. Each
     * nested table is laid out with the text of all it holds, so the cost grows with the square
     * of the depth (20,000 levels took 12 s, 100,000 over a minute).
     */
    public static final int MAX_TABLE_NESTING = 64;

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "td", "th",
            "center", "body", "pre", "caption", "title");

    @Override
    public boolean accepts(String fileName) {
        return fileName.endsWith(".htm") || fileName.endsWith(".html") || fileName.endsWith(".xhtml");
    }

    @Override
    public ReadResult read(Path file, String name, byte[] content) {
        String text = Decoding.text(content);
        if (Decoding.looksBinary(text)) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0), "binary data, not an HTML document"));
        }
        if (text.length() > MAX_CHARS) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0), "HTML document of "
                    + text.length() / (1024 * 1024) + " MB, more than the " + MAX_CHARS / (1024 * 1024)
                    + " MB the HTML reader takes"));
        }
        int[] tags = tableTags(text);
        int nesting = tags[0];
        if (nesting > MAX_TABLE_NESTING) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0), "tables nested " + nesting
                    + " deep, more than the " + MAX_TABLE_NESTING + " the HTML reader follows"));
        }
        org.jsoup.nodes.Document html = Jsoup.parse(text);
        HtmlParagraphs prose = new HtmlParagraphs();
        List<Found> found = tablesWithContext(html, prose, false, tags[1]);
        List<InputProblem> problems = new ArrayList<>();
        List<ContinuedTables.Part> parts = new ArrayList<>();
        HtmlTableLayout layout = new HtmlTableLayout(name, problems, holdingTables(found)).inLanguage(languageOf(html, found));
        for (int n = 0; n < found.size(); n++) {
            Found table = found.get(n);
            HtmlTableLayout.Laid read = layout.table(table.element(), n + 1, table.context());
            parts.add(new ContinuedTables.Part(read == null ? null : read.table(), read != null && read.ownHeaders(),
                    ContinuedTables.partText(table.element(), read != null), table.between(), table.pageBreak()));
        }
        List<Table> tables = ContinuedTables.join(parts);
        String entity = "";
        return new ReadResult(List.of(new Document(JsonReader.idFrom(file), entity, formOf(html), name, name, tables,
                prose.paragraphs(name))), problems);
    }

    /**
     * The document's language, decided once ({@link DocumentLanguage}): the {@code <html lang>} (or
     * {@code xml:lang}) it declares, else the language whose cues its tables' row labels give.
     */
    static String languageOf(org.jsoup.nodes.Document html, List<Found> found) {
        Element root = html.selectFirst("html");
        String declared = root == null ? "" : root.hasAttr("lang") ? root.attr("lang") : root.attr("xml:lang");
        List<String> labels = new ArrayList<>();
        if (declared.isBlank()) {
            for (Found table : found) {
                for (Element row : table.element().select("tr")) {
                    for (Element cell : row.children()) {
                        String text = cell.text().strip();
                        if (!text.isEmpty()) {
                            labels.add(text);
                            break;
                        }
                    }
                    if (labels.size() >= DocumentLanguage.MOST_LABELS) {
                        break;
                    }
                }
                if (labels.size() >= DocumentLanguage.MOST_LABELS) {
                    break;
                }
            }
        }
        return DocumentLanguage.of(declared, labels, dev.crossfoot.understand.Lexicon.current());
    }

    /**
     * Every table of the page (the walk found them all, nested ones too) and every element that holds one: each
     * table's ancestors, walked up until one already seen, so each element is added once.
     */
    static java.util.Set<Element> holdingTables(List<Found> found) {
        java.util.Set<Element> holding = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Found table : found) {
            for (Element element = table.element(); element != null && holding.add(element); ) {
                element = element.parent();
            }
        }
        return holding;
    }

    /** How deep {@code <table>} tags nest, counted from the tags in one pass before any parsing. */
    static int tableNesting(String text) {
        return tableTags(text)[0];
    }

    /**
     * How deep {@code <table>} tags nest ({@link #tableNesting}), and how many open a table, in one pass of the text.
     * The second is at least the number of tables the parse makes: each comes from a start tag the parser reads as
     * {@code table} (its name ends where one of these does, at white space, '/', '>' or '<', and lower-cases to "table" only
     * from the letters counted here); what the count takes for one besides (in a comment, a script, a {@code <textarea>},
     * a name going on past "table" with a mark) only makes it larger.
     */
    static int[] tableTags(String text) {
        int depth = 0;
        int deepest = 0;
        int opened = 0;
        for (int at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
            boolean closing = at + 1 < text.length() && text.charAt(at + 1) == '/';
            int nameStart = closing ? at + 2 : at + 1;
            // Only 't' and 'T' are 't' ignoring case (as regionMatches compares): most tags are passed over on their first
            // letter, without a region compared for each of a filing's hundreds of thousands of tags.
            if (nameStart >= text.length() || (text.charAt(nameStart) | 0x20) != 't' || !text.regionMatches(true, nameStart, "table", 0, 5)) {
                continue;
            }
            int after = nameStart + 5;
            if (after < text.length() && Character.isLetterOrDigit(text.charAt(after))) {
                continue;
            }
            depth = closing ? Math.max(0, depth - 1) : depth + 1;
            deepest = Math.max(deepest, depth);
            opened += closing ? 0 : 1;
        }
        return new int[] {deepest, opened};
    }

    private static final java.util.regex.Pattern FORM = java.util.regex.Pattern.compile(
            "\\bFORM\\s+(10-K|10-Q|20-F|40-F|8-K|6-K)(?:/A)?\\b");

    /**
     * The SEC form the document is ("10-K", "10-Q", …): inline XBRL tags it as dei:DocumentType;
     * otherwise the cover's "FORM 10-K" near the start of the text. Empty when neither says; it
     * tells understanding whether a column headed "2024" is a fiscal year of an annual report.
     */
    static String formOf(org.jsoup.nodes.Document html) {
        Element tagged = html.selectFirst("ix|nonNumeric[name=dei:DocumentType]");
        if (tagged != null && !tagged.text().isBlank()) {
            return tagged.text().strip();
        }
        if (html.body() == null) {
            return "";
        }
        String text = html.body().text();
        java.util.regex.Matcher form = FORM.matcher(text.substring(0, Math.min(text.length(), 5000)));
        return form.find() ? form.group(1) : "";
    }

    /**
     * A table and the text blocks just above it, nearest last; {@code between} holds the blocks since
     * the previous top-level table ended, and {@code pageBreak} says whether a page break
     * ({@code page-break-before/after} or {@code break-before/after: page}) stands there too.
     */
    record Found(Element element, List<String> context, List<String> between, boolean pageBreak) { }

    /** Walks the document once, in order, remembering the last few blocks of visible text outside tables. */
    static List<Found> tablesWithContext(org.jsoup.nodes.Document html) {
        return tablesWithContext(html, new HtmlParagraphs());
    }

    /** The same walk, which also hands {@code prose} the text outside the tables: the page is walked once for both. */
    static List<Found> tablesWithContext(org.jsoup.nodes.Document html, HtmlParagraphs prose) {
        return tablesWithContext(html, prose, false);
    }

    /**
     * The same; {@code plain}: every node inside the tables visited too, as before the walk passed over them (for the
     * tests that compare the two).
     * <p>Nothing inside a table changes what the walk gathers: its text is no prose and no block above a table, what it
     * hides hides only text inside the table, and its page breaks are not the page's. So the walk does not go into a
     * table: the tables inside it (a filing nests some for layout) are listed at its start, in document order, with the
     * context it has, which is what the walk found for each of them at its own start. Most of a filing's elements and
     * text are inside its tables, and each element's style was looked up and read for whether it hides.
     */
    static List<Found> tablesWithContext(org.jsoup.nodes.Document html, HtmlParagraphs prose, boolean plain) {
        return tablesWithContext(html, prose, plain, -1);
    }

    /**
     * The same, {@code tableTags} the start tags of tables the page's text holds ({@link #tableTags}; -1 where not
     * counted). The parse makes no more tables than that: where the walk has found as many outside every table, no
     * table holds another, and none is looked for inside them; otherwise (or uncounted) each table's elements are
     * walked for the tables inside it. A filing's tables hold most of its nodes, and hardly ever another table.
     */
    static List<Found> tablesWithContext(org.jsoup.nodes.Document html, HtmlParagraphs prose, boolean plain, int tableTags) {
        List<Found> outside = walk(html, prose, plain, tableTags < 0);
        if (plain || tableTags < 0 || outside.size() >= tableTags) {
            return outside;
        }
        // The tables inside each table, in document order, right after it, each with its context.
        List<Found> found = new ArrayList<>(tableTags);
        for (Found table : outside) {
            found.add(table);
            for (Element inside : tablesInside(table.element())) {
                found.add(new Found(inside, table.context(), table.between(), table.pageBreak()));
            }
        }
        return found;
    }

    /** The walk; {@code listInside}: the tables inside each table listed at its start (else only the tables outside all). */
    private static List<Found> walk(org.jsoup.nodes.Document html, HtmlParagraphs prose, boolean plain, boolean listInside) {
        List<Found> found = new ArrayList<>();
        List<String> recent = new ArrayList<>();
        // Whether each recent block is all the text of a link within the document: a page's running
        // "Table of Contents" back-link, navigation, no heading nor caption of what follows.
        List<Boolean> recentNavigation = new ArrayList<>();
        List<String> between = new ArrayList<>();
        boolean[] pageBreak = new boolean[1];
        Element[] lastBlock = new Element[1];
        int[] tableDepth = new int[1];
        int[] hidden = new int[1];
        // Whether each open element (by its depth) is hidden, as its start found: its end asks again, its style unchanged.
        java.util.BitSet hiddenAt = new java.util.BitSet();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Element element) {
                    // The style looked up once for both questions (each look-up compares every attribute's name ignoring case).
                    String style = element.attr("style");
                    boolean hides = isHidden(element, style);
                    hiddenAt.set(depth, hides);
                    if (hides) {
                        hidden[0]++;
                    }
                    if (tableDepth[0] == 0 && isPageBreak(style)) {
                        pageBreak[0] = true;
                    }
                    if (element.normalName().equals("table")) {
                        Found table = new Found(element, withoutNavigation(recent, recentNavigation), List.copyOf(between), pageBreak[0]);
                        found.add(table);
                        tableDepth[0]++;
                        prose.tableEdge();
                        if (!plain) {
                            // The tables inside it, in document order, each with its context.
                            for (Element inside : listInside ? tablesInside(element) : List.<Element>of()) {
                                found.add(new Found(inside, table.context(), table.between(), table.pageBreak()));
                            }
                            return FilterResult.SKIP_CHILDREN;
                        }
                    }
                } else if (node instanceof TextNode textNode && tableDepth[0] == 0 && hidden[0] == 0) {
                    String text = textNode.text().replace('\u00a0', ' ').strip();
                    if (text.isEmpty()) {
                        return FilterResult.CONTINUE;
                    }
                    Element block = blockOf(textNode);
                    prose.text(text, block, textNode);
                    boolean navigation = inDocumentLink(textNode, block);
                    if (block == lastBlock[0] && !recent.isEmpty()) {
                        String joined = recent.get(recent.size() - 1) + " " + text;
                        recent.set(recent.size() - 1, joined.length() > 600 ? joined.substring(0, 600) : joined);
                        if (!navigation) {
                            recentNavigation.set(recent.size() - 1, false);
                        }
                        if (!between.isEmpty()) {
                            between.set(between.size() - 1, recent.get(recent.size() - 1));
                        }
                    } else {
                        recent.add(text.length() > 600 ? text.substring(0, 600) : text);
                        recentNavigation.add(navigation);
                        between.add(recent.get(recent.size() - 1));
                        lastBlock[0] = block;
                        if (recent.size() > 8) {
                            recent.remove(0);
                            recentNavigation.remove(0);
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element element) {
                    if (hiddenAt.get(depth)) {
                        hidden[0]--;
                    }
                    if (element.normalName().equals("table")) {
                        tableDepth[0]--;
                        lastBlock[0] = null;
                        prose.tableEdge();
                        if (tableDepth[0] == 0) {
                            between.clear();
                            pageBreak[0] = false;
                        }
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, html);
        return found;
    }

    /** The recent blocks that are not navigation, nearest last. */
    private static List<String> withoutNavigation(List<String> recent, List<Boolean> navigation) {
        if (!navigation.contains(true)) {
            return List.copyOf(recent);
        }
        List<String> blocks = new ArrayList<>(recent.size());
        for (int i = 0; i < recent.size(); i++) {
            if (!navigation.get(i)) {
                blocks.add(recent.get(i));
            }
        }
        return List.copyOf(blocks);
    }

    /** Whether a text node stands inside a link to a place in the same document ({@code href="#…"}), within its block. */
    static boolean inDocumentLink(Node node, Element block) {
        Node current = node.parent();
        while (current instanceof Element element && element != block) {
            if (element.normalName().equals("a") && element.attr("href").startsWith("#")) {
                return true;
            }
            current = element.parent();
        }
        return false;
    }

    /**
     * The tables inside {@code table} (not itself), in document order: what {@code getElementsByTag("table")} lists
     * after the table. Walked by the nodes' own links (first child, next sibling, parent), without the node iterator
     * and the stream Jsoup collects through, nor a list of children made for each element: a filing's tables hold most
     * of its elements, and hardly ever another table (the corpus 10-K/10-Q none).
     */
    static List<Element> tablesInside(Element table) {
        List<Element> inside = new ArrayList<>(0);
        Node node = table.childNodeSize() > 0 ? table.childNode(0) : null;
        while (node != null) {
            if (node instanceof Element element) {
                if (element.normalName().equals("table")) {
                    inside.add(element);
                }
                if (element.childNodeSize() > 0) {
                    node = element.childNode(0);
                    continue;
                }
            }
            while (node != table && node.nextSibling() == null) {
                node = node.parentNode();
            }
            node = node == table ? null : node.nextSibling();
        }
        return inside;
    }

    /** Whether the element hides what it holds: by its name, or by {@code style}, its style attribute. */
    static boolean isHidden(Element element, String style) {
        String name = element.normalName();
        if (name.equals("ix:header") || name.equals("script") || name.equals("style") || name.equals("head")) {
            return true;
        }
        return declares(style, "display:none");
    }

    private static boolean isPageBreak(String style) {
        // Every one of them holds "break" as declares finds it (spaces anywhere after its first letter): most styles do not.
        return declares(style, "break") && (declares(style, "page-break-before:always") || declares(style, "page-break-after:always")
                || declares(style, "break-before:page") || declares(style, "break-after:page"));
    }

    /**
     * Whether a style attribute holds {@code declaration} (lower case, no spaces), in any case and
     * with spaces anywhere: what lower-casing the style, dropping its spaces and searching it finds,
     * without building those strings for every element, twice (its start and its end).
     */
    static boolean declares(String style, String declaration) {
        char first = declaration.charAt(0);
        // Where the declaration opens with an ASCII letter only it, in either case, can start it ('k' and 'i' also have a
        // letter outside ASCII that lower-cases to them): the places to try are found by indexOf, not by trying every one.
        boolean byIndex = first >= 'a' && first <= 'z' && first != 'k' && first != 'i';
        char upper = Character.toUpperCase(first);
        for (int start = byIndex ? nextOf(style, first, upper, 0) : 0; start >= 0 && start < style.length();
                start = byIndex ? nextOf(style, first, upper, start + 1) : start + 1) {
            int at = start;
            int matched = 0;
            while (matched < declaration.length() && at < style.length()) {
                char c = style.charAt(at++);
                if (c == ' ' && matched > 0) {
                    continue;
                }
                if (!sameLowerCase(c, declaration.charAt(matched))) {
                    break;
                }
                matched++;
            }
            if (matched == declaration.length()) {
                return true;
            }
        }
        return false;
    }

    /** The first place from {@code from} of either character, or -1. */
    private static int nextOf(String text, char lower, char upper, int from) {
        int a = text.indexOf(lower, from);
        int b = text.indexOf(upper, from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    /**
     * {@code c} lower-cased as {@code String.toLowerCase(Locale.ROOT)} does is {@code lower}, an ASCII
     * character: 'İ' alone becomes two characters there ("i̇"), never a lone 'i'.
     */
    private static boolean sameLowerCase(char c, char lower) {
        if (c < 128) {
            return (c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == lower;
        }
        return c != '\u0130' && Character.toLowerCase(c) == lower;
    }

    static Element blockOf(Node node) {
        Node current = node.parent();
        while (current instanceof Element element) {
            if (BLOCKS.contains(element.normalName())) {
                return element;
            }
            current = element.parent();
        }
        return null;
    }
}
