package dev.crossfoot.read;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

@Label("Readers never throw on arbitrary input")
class ReaderProperties {

    private static final List<DocumentReader> READERS = List.of(new CsvReader(), new MarkdownReader(), new TextReader(), new HtmlReader());

    @Property(tries = 150)
    @Label("arbitrary bytes give documents or problems, never an exception")
    void arbitraryBytes(@ForAll byte[] content) {
        for (DocumentReader reader : READERS) {
            assertNotNull(reader.read(Path.of("in"), "in", content));
        }
    }

    @Property(tries = 300)
    @Label("table-like text gives documents or problems, never an exception")
    void tableLikeText(@ForAll("tableText") String text) {
        byte[] content = text.getBytes(StandardCharsets.UTF_8);
        for (DocumentReader reader : READERS) {
            assertNotNull(reader.read(Path.of("in"), "in", content));
        }
    }

    @Provide
    Arbitrary<String> tableText() {
        Arbitrary<String> pieces = Arbitraries.of("\t", "|", ",", "\n", " ", "  ", "$", "(", ")", "%", "—", "_", "#", "# title: x\n",
                "Total", "Revenue:", "September 30, 2011", "1,234", "(5,678)", "0.01", "<table>", "<tr>", "<td colspan=99999>",
                "</td>", "</table>", "<TABLE>", "</TABLE>", "\"", "|---|", "00,333", "66 353", "4,94", "Nine months ended");
        return pieces.list().ofMaxSize(200).map(list -> String.join("", list));
    }
}
