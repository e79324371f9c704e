package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every reader keeps the text outside the tables as paragraphs, each located in its input. */
class ParagraphReadingTest {

    private static final String TABLE = "\"tables\": [{\"id\": \"t\", \"columns\": [\"2019\"], \"rows\": [{\"label\": \"Revenue\", \"cells\": [\"5\"]}]}]";

    private static ReadResult json(String text) {
        return new JsonReader().read(Path.of("d.json"), "d.json", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void jsonParagraphsAreStringsOrObjectsAndTextIsOnePassage() {
        Document document = json("{\"crossfoot\": 1, " + TABLE + ", \"text\": \"Revenue was $5.\", "
                + "\"paragraphs\": [\"First.\", {\"id\": \"p2\", \"text\": \"Second.\"}]}").documents().get(0);
        assertEquals(List.of("Revenue was $5.", "First.", "Second."), document.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals("d.json#/paragraphs/1", document.paragraphs().get(2).location().toString());
        assertEquals("d.json#/text", document.paragraphs().get(0).location().toString());
    }

    @Test
    void aMistypedParagraphIsAnInputErrorAtItsPointer() {
        ReadResult read = json("{\"crossfoot\": 1, " + TABLE + ", \"paragraphs\": [\"ok\", 7]}");
        assertTrue(read.documents().isEmpty());
        assertTrue(read.problems().get(0).location().toString().contains("/paragraphs/1"), read.problems().toString());
    }

    @Test
    void extractWritesTheParagraphsBack() throws Exception {
        Document document = json("{\"crossfoot\": 1, " + TABLE + ", \"paragraphs\": [\"First.\", \"Second.\"]}").documents().get(0);
        StringWriter out = new StringWriter();
        new CanonicalJsonWriter().write(List.of(document), out);
        Document again = json(out.toString()).documents().get(0);
        assertEquals(List.of("First.", "Second."), again.paragraphs().stream().map(Paragraph::text).toList());
    }

    @Test
    void aTextFilesProseIsItsLinesOutsideTablesLocatedByLineAndColumn() {
        String text = "# Results\n\nRevenue was $66.4 million, up from\n  $51.8 million.\n\n"
                + "| Item | 2011 |\n|---|---|\n| Revenue | 66,353 |\n\n- A list item with $1.0 million\n";
        Document document = new TextReader().read(Path.of("r.txt"), "r.txt", text.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertEquals(List.of("# Results", "Revenue was $66.4 million, up from $51.8 million.", "- A list item with $1.0 million"),
                document.paragraphs().stream().map(Paragraph::text).toList());
        Paragraph wrapped = document.paragraphs().get(1);
        assertEquals("r.txt:4:3", wrapped.locationOf(wrapped.text().indexOf("$51.8")).toString());
        assertEquals("r.txt:3:13", wrapped.locationOf(wrapped.text().indexOf("$66.4")).toString());
    }

    @Test
    void anHtmlFilingsProseIsItsBlocksOutsideTables() {
        String html = "<html><body><h2>Highlights</h2><p>Revenue was <b>$66.4</b> million.</p>"
                + "<table><tr><td>Revenue</td><td>66,353</td></tr><tr><td>Cost</td><td>1</td></tr></table>"
                + "<div style='display:none'>hidden $1 million</div><p>After.</p></body></html>";
        Document document = new HtmlReader().read(Path.of("f.htm"), "f.htm", html.getBytes(StandardCharsets.UTF_8)).documents().get(0);
        assertEquals(List.of("Highlights", "Revenue was $66.4 million.", "After."),
                document.paragraphs().stream().map(Paragraph::text).toList());
        assertEquals("f.htm#paragraph-2", document.paragraphs().get(1).location().toString());
    }
}
