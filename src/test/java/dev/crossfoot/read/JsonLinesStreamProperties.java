package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Skipped;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@Label("A JSON Lines dataset read from a stream")
class JsonLinesStreamProperties {

    private static final Path FILE = Path.of("data.jsonl");
    private static final String DOCUMENT = "{\"crossfoot\": 1, \"tables\": [{\"rows\": [{\"label\": \"a\", \"cells\": [\"1\"]}]}]}";

    @Property(tries = 300)
    @Label("gives the same documents and problems, on the same lines, as the whole file read at once, however the stream hands out its bytes")
    void sameAsWholeFile(@ForAll("datasets") String dataset, @ForAll @IntRange(min = 1, max = 97) int chunk) throws IOException {
        byte[] bytes = dataset.getBytes(StandardCharsets.UTF_8);
        Recorded whole = new Recorded();
        new JsonLinesReader().stream(FILE, "data.jsonl", bytes, whole);
        Recorded streamed = new Recorded();
        new JsonLinesReader().stream(FILE, "data.jsonl", new Trickle(bytes, chunk), Long.MAX_VALUE, streamed);
        assertEquals(whole.events, streamed.events);
    }

    @Example
    @Label("a line longer than the limit is that line's problem, and the lines after it are still read")
    void lineTooLong() throws IOException {
        String dataset = DOCUMENT + "\n" + " ".repeat(50) + DOCUMENT + "\n\n" + DOCUMENT;
        Recorded streamed = new Recorded();
        new JsonLinesReader().stream(FILE, "data.jsonl", new Trickle(dataset.getBytes(StandardCharsets.UTF_8), 7),
                DOCUMENT.length() + 10, streamed);
        assertEquals(List.of("document at line 1", "problem at data.jsonl:2: line is more than the 0 MB crossfoot reads",
                "document at line 4"), streamed.events);
    }

    @Provide
    Arbitrary<String> datasets() {
        Arbitrary<String> line = Arbitraries.of(DOCUMENT, "", "   ", "{\"crossfoot\": 1", "[1, 2]", " " + DOCUMENT + " ");
        Arbitrary<String> end = Arbitraries.of("", "\n", "\n\n");
        return line.list().ofMaxSize(8).flatMap(lines -> end.map(last -> String.join("\n", lines) + last));
    }

    /** What a sink was given, in order, with each document's line and each problem's place. */
    private static final class Recorded implements DocumentSink {
        private final List<String> events = new ArrayList<>();

        @Override
        public void document(Document document) {
            events.add("document at line " + document.id().substring(document.id().lastIndexOf('-') + 1));
        }

        @Override
        public void problem(InputProblem problem) {
            events.add("problem at " + problem.location().file() + ":" + problem.location().line() + ": " + problem.message());
        }

        @Override
        public void skipped(Skipped skipped) {
            events.add("skipped " + skipped);
        }
    }

    /** A stream that hands out at most {@code chunk} bytes a read, as a pipe or a slow disk may. */
    private static final class Trickle extends InputStream {
        private final ByteArrayInputStream bytes;
        private final int chunk;

        Trickle(byte[] content, int chunk) {
            this.bytes = new ByteArrayInputStream(content);
            this.chunk = chunk;
        }

        @Override
        public int read() {
            return bytes.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            return bytes.read(buffer, offset, Math.min(length, chunk));
        }
    }
}
