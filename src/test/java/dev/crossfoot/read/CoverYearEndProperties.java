package dev.crossfoot.read;

import dev.crossfoot.model.Table;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jsoup.Jsoup;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cover's year-end read only when it matters ({@code HtmlTableLayout.documentYearEnd}) lays every table out as
 * reading it as soon as it falls due does: on documents whose cover names a year-end, another or none, and whose tables
 * head their columns with bare years (completed with a year-end), full dates, years ended a month and day (which name
 * the document's year-end when the cover did not), or no date at all, in any order.
 */
class CoverYearEndProperties {

    @Property(tries = 1500)
    @Label("the tables laid out with the cover read when it matters equal those with the cover read when it falls due")
    void coverReadWhenItMattersLaysOutAsReadAtOnce(@ForAll("documents") String html) {
        assertEquals(laidOut(html, false), laidOut(html, true), html);
    }

    @Property(tries = 1500)
    @Label("the tables laid out with the year-end above read where it matters equal those with it read above every table")
    void yearEndAboveReadWhereItMattersLaysOutAsReadAlways(@ForAll("documentsWithNotes") String html) {
        assertEquals(laidOut(html, false, true), laidOut(html, false, false), html);
        assertEquals(laidOut(html, true, true), laidOut(html, true, false), html);
    }

    @Example
    @Label("a year-end above a table that completes nothing keeps the cover from falling due there")
    void theYearEndAboveDecidesWhereTheCoverFallsDue() {
        String html = "<html><body><p>For the fiscal year ended June 30, 2024</p>"
                + "<p>Years ended January 31,</p>" + table("Level 1", "Total")
                + "<p>Note 1</p><p>Note 2</p><p>Note 3</p><p>Note 4</p>"
                + table("Year ended September 30, 2024", "Year ended September 30, 2023") + table("2024", "2023") + "</body></html>";
        List<Table> lazy = laidOut(html, false, false);
        assertEquals(laidOut(html, false, true), lazy);
        assertEquals(List.of("September 30, 2024", "September 30, 2023"), lazy.get(2).columns());
    }

    @Example
    @Label("a bare year after a table that completes nothing is completed with the cover's year-end, not a later header's")
    void theCoverDueEarlierStillDecides() {
        String html = "<html><body><p>For the fiscal year ended June 30, 2024</p>"
                + table("Level 1", "Level 2") + table("Year ended September 30, 2024", "Year ended September 30, 2023")
                + table("2024", "2023") + "</body></html>";
        List<Table> lazy = laidOut(html, false);
        assertEquals(laidOut(html, true), lazy);
        assertEquals(List.of("June 30, 2024", "June 30, 2023"), lazy.get(2).columns());
    }

    /** Each table of the page laid out in order by one layout, as {@code HtmlReader.read} lays them out. */
    private static List<Table> laidOut(String html, boolean coverAtOnce) {
        return laidOut(html, coverAtOnce, false);
    }

    /** The same; {@code everyYearEndAbove}: the blocks above every table read for a year-end (the plain way). */
    private static List<Table> laidOut(String html, boolean coverAtOnce, boolean everyYearEndAbove) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        List<HtmlReader.Found> found = HtmlReader.tablesWithContext(page);
        HtmlTableLayout layout = new HtmlTableLayout("doc.htm", new ArrayList<>(), HtmlReader.holdingTables(found)).inLanguage("en");
        if (coverAtOnce) {
            layout.readingCoverAtOnce();
        }
        if (everyYearEndAbove) {
            layout.readingYearEndsAbove();
        }
        List<Table> tables = new ArrayList<>();
        for (int n = 0; n < found.size(); n++) {
            HtmlTableLayout.Laid laid = layout.table(found.get(n).element(), n + 1, found.get(n).context());
            tables.add(laid == null ? null : laid.table());
        }
        return tables;
    }

    private static String table(String first, String second) {
        return "<table><tr><td></td><td>" + first + "</td><td>" + second + "</td></tr>"
                + "<tr><td>Net sales</td><td>1,234</td><td>1,100</td></tr>"
                + "<tr><td>Cost of sales</td><td>(567)</td><td>(500)</td></tr></table>";
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> cover = Arbitraries.of("", "<p>For the fiscal year ended June 30, 2024</p>",
                "<p>For the quarterly period ended March 31, 2025</p>", "<p>Fiscal years ending Dec. 31 and notes</p>",
                "<p>For the fiscal year ended December 29, 2024</p>");
        Arbitrary<String> header = Arbitraries.of("2024", "2023", "2024 (1)", "Fiscal 2024", "June 30, 2024",
                "Year ended September 30, 2024", "Years ended March 31,", "Level 1", "Total", "Three Months Ended 2025",
                "2024 2023");
        Arbitrary<String> above = Arbitraries.of("", "<p>(in millions)</p>", "<p>Years ended January 31,</p>",
                "<p>For the year ended February 28</p>");
        Arbitrary<String> aTable = Combinators.combine(above, header, header).as((text, a, b) -> text + table(a, b));
        Arbitrary<String> late = Arbitraries.of("", "<p>Our fiscal year ended October 31, 2024</p>");
        return Combinators.combine(cover, aTable.list().ofMinSize(1).ofMaxSize(5), late)
                .as((front, tables, back) -> "<html><body>" + front + String.join("", tables) + back + "</body></html>");
    }

    /**
     * As {@link #documents}, some tables with notes between them and the one before, so that the blocks above a table
     * are not always those above the tables before it.
     */
    @Provide
    Arbitrary<String> documentsWithNotes() {
        Arbitrary<String> cover = Arbitraries.of("", "<p>For the fiscal year ended June 30, 2024</p>",
                "<p>For the quarterly period ended March 31, 2025</p>");
        Arbitrary<String> header = Arbitraries.of("2024", "2023", "June 30, 2024", "Year ended September 30, 2024",
                "Years ended March 31,", "Level 1", "Total");
        Arbitrary<String> notes = Arbitraries.of("", "<p>Note 1</p><p>Note 2</p><p>Note 3</p><p>Note 4</p>");
        Arbitrary<String> above = Arbitraries.of("", "<p>(in millions)</p>", "<p>Years ended January 31,</p>",
                "<p>For the year ended February 28</p>");
        Arbitrary<String> aTable = Combinators.combine(notes, above, header, header).as((gap, text, a, b) -> gap + text + table(a, b));
        return Combinators.combine(cover, aTable.list().ofMinSize(1).ofMaxSize(6))
                .as((front, tables) -> "<html><body>" + front + String.join("", tables) + "</body></html>");
    }

    @Example
    @Label("completable says where a year-end changes a header, whichever year-end")
    void completableAsCompleteYearChanges() {
        HeaderWords words = HeaderWords.english();
        for (String header : List.of("2024", "Years ended 2024", "2024 (1)", "June 30, 2024", "Fiscal 2024", "2024 2023", "Total")) {
            for (MonthDay end : List.of(MonthDay.of(6, 30), MonthDay.of(12, 31))) {
                assertEquals(ColumnHeaders.completable(header, words),
                        !ColumnHeaders.completeYear(header, end, words).equals(header), header + " / " + end);
            }
        }
    }
}
