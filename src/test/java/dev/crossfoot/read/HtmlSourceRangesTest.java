package dev.crossfoot.read;

import dev.crossfoot.SharedData;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Paragraph;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every location the HTML reader gives points, through {@link HtmlSourceRanges}, at the characters it was read from. */
class HtmlSourceRangesTest {

    /** EDGAR's layouts: "$" and "(" in cells of their own, spans inside cells, a rowspan, a cell closed implicitly. */
    private static final String PAGE = "<html><body>\r\n<p>Revenue grew to $\n <b>66,353</b> thousand.</p>\n"
            + "<table>\n<tr><td></td><td colspan=\"3\">Three months ended September 30, 2011</td><td colspan=\"3\">2010</td></tr>\n"
            + "<tr><td>Product</td><td>$</td><td><p><span style=\"x\">41,892</span></p></td><td></td><td>$</td><td>30,110</td><td></td></tr>\n"
            + "<tr><td>Service</td><td></td><td>\n   24,461\n</td><td></td><td></td><td>(1,2&#48;4</td><td>)</td></tr>\n"
            + "<tr><td rowspan=\"1\">Total revenue</td><td></td><td>66,353<td></td><td></td><td>28,906</td><td></td></tr>\n"
            + "</table>\n<div>Second paragraph</div></body></html>";

    @Test
    void every_cell_read_points_at_its_own_text() {
        Document document = read(PAGE);
        HtmlSourceRanges ranges = HtmlSourceRanges.ofPage(PAGE);
        int cells = 0;
        for (Table table : document.tables()) {
            for (Row row : table.rows()) {
                for (Cell cell : row.cells()) {
                    if (cell.text().isBlank()) {
                        continue;
                    }
                    TextSpan span = ranges.find(cell.location().fragment());
                    assertNotNull(span, cell.location().toString());
                    assertEquals(digits(cell.text()), digits(visible(PAGE, span)), cell.location() + " read as " + cell.text());
                    cells++;
                }
            }
        }
        assertEquals(6, cells);
    }

    @Test
    void a_span_has_no_white_space_at_its_ends_and_its_lines_and_columns_agree_with_its_offset() {
        TextSpan service = HtmlSourceRanges.ofPage(PAGE).find("table-1/row-3/col-3");
        assertEquals("24,461", slice(PAGE, service));
        assertAgrees(PAGE, service);
        TextSpan product = HtmlSourceRanges.ofPage(PAGE).find("table-1/row-2/col-3");
        assertEquals("41,892", slice(PAGE, product), "the text inside <p><span>, not the tags around it");
        assertAgrees(PAGE, product);
    }

    @Test
    void rows_and_tables_are_their_elements_and_paragraphs_their_text() {
        HtmlSourceRanges ranges = HtmlSourceRanges.ofPage(PAGE);
        String row = slice(PAGE, ranges.find("table-1/row-4"));
        assertTrue(row.startsWith("<tr><td rowspan") && row.endsWith("</tr>"), row);
        String table = slice(PAGE, ranges.find("table-1"));
        assertTrue(table.startsWith("<table>") && table.endsWith("</table>"), table);
        assertEquals(document(PAGE).paragraphs().get(0).text(), visible(PAGE, ranges.find(paragraph(0))).replaceAll("\\s+", " "));
        assertEquals("Second paragraph", slice(PAGE, ranges.find(paragraph(1))));
        assertAgrees(PAGE, ranges.find(paragraph(0)));
    }

    @Test
    void a_place_the_page_does_not_have_has_no_span() {
        HtmlSourceRanges ranges = HtmlSourceRanges.ofPage(PAGE);
        assertNull(ranges.find("table-2/row-1/col-1"));
        assertNull(ranges.find("table-1/row-9"));
        assertNull(ranges.find("paragraph-7"));
        assertNull(ranges.find("/tables/0"));
        assertNotNull(ranges.find("table-1/row-2/col-7"), "an empty cell: the row it stands in");
    }

    @Test
    void every_cell_of_a_corpus_filing_points_at_its_own_text() throws Exception {
        Path filing = SharedData.require("corpus/html-10k-10q/aapl/10q/aapl-10-q-2025-08-01.html.gz");
        String html = CorpusFilings.html(filing);
        Document document = new HtmlReader().read(filing, "f.htm", html.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        HtmlSourceRanges ranges = HtmlSourceRanges.read(filing);
        int cells = 0;
        for (Table table : document.tables()) {
            for (Row row : table.rows()) {
                for (Cell cell : row.cells()) {
                    if (!cell.text().isBlank()) {
                        TextSpan span = ranges.find(cell.location().fragment());
                        assertNotNull(span, cell.location().toString());
                        // A cell the reader joined from pieces ("2.0" and "pts.") is located at its last piece.
                        String shown = squeezed(visible(html, span));
                        assertTrue(!shown.isEmpty() && squeezed(cell.text()).contains(shown),
                                cell.location() + " read as '" + cell.text() + "', points at '" + shown + "'");
                        cells++;
                    }
                }
            }
        }
        assertTrue(cells > 500, cells + " cells");
        for (Paragraph paragraph : document.paragraphs()) {
            assertFalse(slice(html, ranges.find(paragraph.location().fragment())).isBlank(), paragraph.location().toString());
        }
    }

    private static String paragraph(int index) {
        return document(PAGE).paragraphs().get(index).location().fragment();
    }

    private static Document document(String page) {
        return read(page);
    }

    private static Document read(String page) {
        return new HtmlReader().read(Path.of("t.htm"), "t.htm", page.getBytes(StandardCharsets.UTF_8)).documents().get(0);
    }

    private static String slice(String text, TextSpan span) {
        assertNotNull(span);
        return text.substring(span.offset(), span.offset() + span.length());
    }

    /** The text a browser shows for the span: tags dropped, entities resolved. */
    private static String visible(String text, TextSpan span) {
        return Jsoup.parse(slice(text, span)).text().strip();
    }

    private static String squeezed(String text) {
        return text.replaceAll("[\\s\u00a0]", "");
    }

    private static String digits(String text) {
        return text.replaceAll("[^0-9]", "");
    }

    /** The span's line and column are those of its offset, counted as a viewer counts them. */
    private static void assertAgrees(String text, TextSpan span) {
        String before = text.substring(0, span.offset());
        assertEquals(before.split("\n", -1).length, span.startLine());
        assertEquals(before.length() - before.lastIndexOf('\n'), span.startColumn());
        String through = text.substring(0, span.offset() + span.length());
        assertEquals(through.split("\n", -1).length, span.endLine());
        assertEquals(through.length() - through.lastIndexOf('\n'), span.endColumn());
    }
}
