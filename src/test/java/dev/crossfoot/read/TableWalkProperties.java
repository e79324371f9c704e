package dev.crossfoot.read;

import dev.crossfoot.SharedData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Node;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader's walk of the page passes over what is inside a table, listing the tables inside it at its start: it
 * finds the same tables in the same order, each with the same blocks above it, blocks since the table before and page
 * break, and the same prose (its paragraphs and the text nodes they start and end on) as the walk that visits every
 * node. On generated pages of tables nested in cells (two and three deep), hidden elements inside and outside tables,
 * page breaks in and out of tables, text in blocks, inline elements and table cells, and on the corpus's filings.
 */
class TableWalkProperties {

    @Property(tries = 2000)
    void findsWhatVisitingEveryNodeFinds(@ForAll("pages") String page) {
        int nested = assertSameWalk(page, "generated page");
        Statistics.label("nested tables").collect(nested > 0);
        Statistics.label("nested tables").coverage(coverage -> coverage.check(true).percentage(percent -> percent > 8));
    }

    /**
     * The tables inside each table, walked by the nodes' links, are those {@code getElementsByTag} lists after the table,
     * the same elements in the same order; on every table of the page (nested ones too).
     */
    @Property(tries = 2000)
    void tablesInsideAreThoseTheTagListHolds(@ForAll("pages") String page) {
        int inside = 0;
        for (org.jsoup.nodes.Element table : Jsoup.parse(page).getElementsByTag("table")) {
            List<org.jsoup.nodes.Element> listed = table.getElementsByTag("table");
            List<org.jsoup.nodes.Element> walked = HtmlReader.tablesInside(table);
            assertEquals(listed.size() - 1, walked.size(), page);
            for (int t = 0; t < walked.size(); t++) {
                assertSame(listed.get(t + 1), walked.get(t), page);
            }
            inside += walked.size();
        }
        Statistics.label("tables inside a table").collect(inside > 0);
        Statistics.label("tables inside a table").coverage(coverage -> coverage.check(true).percentage(percent -> percent > 8));
    }

    @Example
    void aTableInsideACellIsListedAfterItsTableWithItsContext() {
        String page = "<p>Balance sheets</p><div style=\"page-break-before:always\"></div><table><tr><td>"
                + "<table><tr><td>Cash</td><td>5</td></tr></table><p>inside</p></td></tr></table><p>after</p>";
        assertEquals(1, assertSameWalk(page, "example"));
        List<HtmlReader.Found> found = HtmlReader.tablesWithContext(Jsoup.parse(page));
        assertEquals(List.of("Balance sheets"), found.get(1).context());
        assertTrue(found.get(1).pageBreak());
    }

    @Example
    void theCorpusFilings() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.require("corpus/html-10k-10q"))) {
            files = walk.filter(file -> file.toString().endsWith(".html.gz")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "filings: " + files.size());
        for (Path file : files) {
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                assertSameWalk(new String(in.readAllBytes(), StandardCharsets.UTF_8), file.toString());
            }
        }
    }

    /** Both walks of one parse of the page give the same; the number of tables found inside other tables. */
    private static int assertSameWalk(String page, String what) {
        Document html = Jsoup.parse(page);
        HtmlParagraphs plainProse = new HtmlParagraphs();
        HtmlParagraphs prose = new HtmlParagraphs();
        List<HtmlReader.Found> plain = HtmlReader.tablesWithContext(html, plainProse, true);
        List<HtmlReader.Found> walked = HtmlReader.tablesWithContext(html, prose, false);
        // The parse makes no more tables than the text has start tags of tables (as the count reads them).
        assertTrue(HtmlReader.tableTags(page)[1] >= html.getElementsByTag("table").size(), what);
        // Tables looked for inside tables only where the page's start tags of tables outnumber those found outside them.
        List<HtmlReader.Found> counted = HtmlReader.tablesWithContext(html, new HtmlParagraphs(), false, HtmlReader.tableTags(page)[1]);
        assertEquals(plain.size(), counted.size(), what);
        for (int t = 0; t < plain.size(); t++) {
            assertSame(plain.get(t).element(), counted.get(t).element(), what + " table " + t);
            assertEquals(plain.get(t).context(), counted.get(t).context(), what + " table " + t);
            assertEquals(plain.get(t).between(), counted.get(t).between(), what + " table " + t);
            assertEquals(plain.get(t).pageBreak(), counted.get(t).pageBreak(), what + " table " + t);
        }
        assertEquals(plain.size(), walked.size(), what);
        int nested = 0;
        for (int t = 0; t < plain.size(); t++) {
            assertSame(plain.get(t).element(), walked.get(t).element(), what + " table " + t);
            assertEquals(plain.get(t).context(), walked.get(t).context(), what + " table " + t);
            assertEquals(plain.get(t).between(), walked.get(t).between(), what + " table " + t);
            assertEquals(plain.get(t).pageBreak(), walked.get(t).pageBreak(), what + " table " + t);
            nested += plain.get(t).element().parents().stream().anyMatch(parent -> parent.normalName().equals("table")) ? 1 : 0;
        }
        assertEquals(plainProse.paragraphs("t.htm"), prose.paragraphs("t.htm"), what);
        for (int p = 1; p <= plainProse.paragraphs("t.htm").size() + 1; p++) {
            Node[] ends = plainProse.nodesOf(p);
            Node[] walkedEnds = prose.nodesOf(p);
            assertEquals(ends == null, walkedEnds == null, what);
            if (ends != null) {
                assertSame(ends[0], walkedEnds[0], what);
                assertSame(ends[1], walkedEnds[1], what);
            }
        }
        return nested;
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> piece = Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<br>", "<b>", "</b>",
                "<table><tr><td>", "</td></tr></table>", "<td>", "</td><td>", "<tr><td>", "</tr>", "<table>", "</table>",
                "<div style=\"display:none\">", "<span style=\"DISPLAY: none\">", "<div style=\"page-break-after:always\">",
                "<p style=\"break-before: page\">", "<ix:header>", "</ix:header>", "<script>x</script>", "<h2>", "</h2>", "<li>",
                "<!-- </table> -->", "<!-- <table> -->", "<script>'</table>'</script>", "<textarea></table><table></textarea>",
                "<TABLE border=1>", "</TABLE >", "<table/>",
                " ", "\n", "&nbsp;", "Cash", "Total assets", "12", "(in millions)", "Consolidated Balance Sheets", "17");
        return piece.list().ofMaxSize(40).map(pieces -> String.join("", pieces));
    }
}
