package dev.crossfoot.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A temporary file for the part of a streamed report that must come after another part still
 * being written (a JSON report's claims after its findings, a JUnit report's suites after the
 * counts that open it): written as the run goes, read back once at the end, then deleted. The
 * report's memory stays flat; its size goes to disk.
 */
final class Spill implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final BufferedWriter out;
    private int entries;

    Spill(String name) throws IOException {
        file = Files.createTempFile("crossfoot-" + name, ".spill");
        file.toFile().deleteOnExit();
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    }

    /** One JSON value on a line of its own. */
    void add(JsonNode node) throws IOException {
        out.write(JSON.writeValueAsString(node));
        out.write('\n');
        entries++;
    }

    /** Text kept as it is, to be copied out whole. */
    Writer text() {
        return out;
    }

    int entries() {
        return entries;
    }

    /** Each JSON value added, in order, one at a time. */
    void forEachNode(NodeConsumer consumer) throws IOException {
        out.flush();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                consumer.accept(JSON.readTree(line));
            }
        }
    }

    /** The text written, copied to {@code target}. */
    void copyTo(Writer target) throws IOException {
        out.flush();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            in.transferTo(target);
        }
    }

    interface NodeConsumer {
        void accept(JsonNode node) throws IOException;
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    static void closeAll(Spill... spills) throws IOException {
        IOException first = null;
        for (Spill spill : spills) {
            try {
                if (spill != null) {
                    spill.close();
                }
            } catch (IOException | UncheckedIOException failure) {
                first = first == null ? failure instanceof IOException io ? io : new IOException(failure) : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
