package dev.crossfoot.read;

import dev.crossfoot.SharedData;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text {@link LeadingText} accumulates is Jsoup's {@code Element.text()}, and the first match it finds reading only
 * a prefix is the first match in the whole text: on generated pages of blocks, inline elements, line breaks,
 * preformatted text and CDATA (the pattern tried after every node), and on the bodies of the shared corpus's filings.
 */
class LeadingTextProperties {

    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("\\b(?:fiscal\\s+)?years?\\s+end(?:ed|ing)\\s*:?\\s*(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+(\\d{1,2})\\b",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\d+"), Pattern.compile("a b"), Pattern.compile("\\w+\\s\\w+"), Pattern.compile("x\\s*y*"));

    @Property(tries = 3000)
    @Label("the accumulated text is Jsoup's text, and the first match read from prefixes is the whole text's")
    void textAndFirstMatchAsJsoups(@ForAll("pages") String html) {
        Element body = Jsoup.parse(html).body();
        String text = body.text();
        assertEquals(text, LeadingText.text(body), html);
        for (Pattern pattern : PATTERNS) {
            assertSameMatch(pattern.matcher(text), LeadingText.firstMatch(body, pattern, 1), html + " / " + pattern);
            assertSameMatch(pattern.matcher(text), LeadingText.firstMatch(body, pattern), html + " / " + pattern);
        }
    }

    @Property(tries = 3000)
    @Label("a text built only up to some solid characters is the whole text when it has fewer, and tells a page mark as the whole does")
    void textUpToSolidCharacters(@ForAll("pagesWithMarks") String html, @ForAll @net.jqwik.api.constraints.IntRange(min = 1, max = 12) int solid) {
        Element body = Jsoup.parse(html).body();
        String text = body.text();
        String upTo = LeadingText.upTo(body, solid);
        if (solidCharacters(text) < solid) {
            assertEquals(text, upTo, html);
        } else {
            assertTrue(solidCharacters(upTo) >= solid, html);
            assertTrue(text.startsWith(upTo.trim()), html);
        }
        // Short enough to be a page mark ({@code SHORT} characters, stripped), whatever the cut: the same answer.
        for (int longest = 0; longest <= 12; longest++) {
            String cut = LeadingText.upTo(body, longest + 1);
            assertEquals(text.strip().length() <= longest, cut.strip().length() <= longest, html + " / " + longest);
        }
        assertEquals(ContinuedTables.isPageMark(text), ContinuedTables.isPageMark(ContinuedTables.partText(body, true)), html);
    }

    /** The characters no trimming or stripping takes off. */
    private static long solidCharacters(String text) {
        return text.chars().filter(c -> c > ' ' && !Character.isWhitespace(c)).count();
    }

    @Example
    void theCorpusFilingsBodies() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(SharedData.require("corpus/html-10k-10q"))) {
            files = walk.filter(file -> file.toString().endsWith(".html.gz")).sorted().toList();
        }
        assertTrue(files.size() >= 30, "filings: " + files.size());
        int early = 0;
        for (Path file : files) {
            String html;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            Element body = Jsoup.parse(html).body();
            String text = body.text();
            assertEquals(text, LeadingText.text(body), file.toString());
            for (Pattern pattern : PATTERNS) {
                Matcher whole = pattern.matcher(text);
                MatchResult first = LeadingText.firstMatch(body, pattern);
                assertSameMatch(whole, first, file + " / " + pattern);
                early += first != null && whole.start() < LeadingText.FIRST_TRY ? 1 : 0;
            }
        }
        assertTrue(early > 0);
    }

    private static void assertSameMatch(Matcher whole, MatchResult first, String where) {
        if (!whole.find()) {
            assertEquals(null, first, where);
            return;
        }
        assertTrue(first != null, where);
        assertEquals(whole.group(), first.group(), where);
        for (int g = 1; g <= whole.groupCount(); g++) {
            assertEquals(whole.group(g), first.group(g), where);
        }
    }

    /** Pages with page marks, control characters and white space that trimming keeps but stripping takes off. */
    @Provide
    Arbitrary<String> pagesWithMarks() {
        Arbitrary<String> mark = Arbitraries.of("F-", "17", "Form 10-K", "Table of Contents", "\u0001", "\u2003", "\u00a0");
        return Arbitraries.oneOf(pages(), mark).list().ofMaxSize(6).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> pages() {
        Arbitrary<String> piece = Arbitraries.of("<p>", "</p>", "<div>", "</div>", "<span>", "</span>", "<br>", "<pre>", "</pre>",
                "<textarea>", "</textarea>", "<td>", "<table><tr><td>", "</td></tr></table>", "<b>", "</b>", "<li>", " ", "  ",
                "\n", "\t", "&nbsp;", "a", "b", "x", "y", "12", "3", "fiscal", "year", "years", "ended", "ending", "December",
                "dec.", "31", "Jan", ":", "<![CDATA[a b]]>", "<!-- c -->", "<h1>", "</h1>", "<img>", "<svg><![CDATA[x y]]></svg>");
        return piece.list().ofMaxSize(30).map(pieces -> String.join("", pieces));
    }
}
