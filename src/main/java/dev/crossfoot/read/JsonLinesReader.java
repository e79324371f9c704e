package dev.crossfoot.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Location;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Reads a dataset: one crossfoot JSON document per line ({@code .jsonl}). A bad line is an
 * input problem for that line; the other documents are still read.
 */
public final class JsonLinesReader implements DocumentReader {

    private static final ObjectMapper JSON = CanonicalJson.mapper();

    @Override
    public boolean accepts(String fileName) {
        return fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson");
    }

    @Override
    public ReadResult read(Path file, String name, byte[] content) {
        CollectedDocuments collected = new CollectedDocuments();
        stream(file, name, content, collected);
        return collected.result();
    }

    @Override
    public boolean splitsIntoParts() {
        return true;
    }

    @Override
    public void stream(Path file, String name, byte[] content, DocumentSink sink) {
        int lineNumber = 0;
        // Each line is parsed from its slice of the bytes: a dataset is not copied into one String.
        for (int start = 0; start < content.length; ) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            lineNumber++;
            if (!blank(content, start, end)) {
                // Parsed on a checking thread: here the lines are only found.
                int from = start;
                int to = end;
                int number = lineNumber;
                sink.part(piece -> read(file, name, content, from, to, number, piece));
            }
            start = end + 1;
        }
    }

    /**
     * The dataset read from {@code in} a line at a time, each line a part of its own (a copy of its
     * bytes, parsed on a checking thread): only the lines waiting to be checked are in memory, never
     * the whole file, so a dataset of any size is read in the same memory. A line longer than
     * {@code maxLine} bytes is that line's problem, and the next lines are still read.
     */
    public void stream(Path file, String name, InputStream in, long maxLine, DocumentSink sink) throws IOException {
        // The lines are found in blocks of the file, not a byte per call: reading a byte at a time
        // through a synchronized stream into a synchronized buffer was 5 % of a dataset run's time.
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        byte[] block = new byte[1 << 16];
        int lineNumber = 0;
        boolean tooLong = false;
        int read;
        while ((read = in.read(block)) != -1) {
            int start = 0;
            while (start < read) {
                int end = start;
                while (end < read && block[end] != '\n') {
                    end++;
                }
                int room = (int) Math.min(end - start, Math.max(0, maxLine - line.size()));
                line.write(block, start, room);
                tooLong |= room < end - start;
                if (end == read) {
                    break;
                }
                lineNumber++;
                emit(file, name, line, tooLong, lineNumber, maxLine, sink);
                line.reset();
                tooLong = false;
                start = end + 1;
            }
        }
        if (line.size() > 0 || tooLong) {
            emit(file, name, line, tooLong, lineNumber + 1, maxLine, sink);
        }
    }

    /** Line {@code number}, ended: a problem when it was too long, else a part to read unless blank. */
    private static void emit(Path file, String name, java.io.ByteArrayOutputStream line, boolean tooLong, int number,
                             long maxLine, DocumentSink sink) {
        if (tooLong) {
            sink.problem(InputProblem.document(Location.ofLine(name, number),
                    "line is more than the " + maxLine / (1024 * 1024) + " MB crossfoot reads"));
            return;
        }
        byte[] bytes = line.toByteArray();
        if (!blank(bytes, 0, bytes.length)) {
            sink.part(piece -> read(file, name, bytes, 0, bytes.length, number, piece));
        }
    }

    /**
     * One line of a dataset read on its own, as line {@code lineNumber} of the file: for a caller
     * that splits a dataset's lines between machines (the Spark job) and must still point each
     * finding at its line of the file.
     */
    public void streamLine(Path file, String name, byte[] line, int lineNumber, DocumentSink sink) {
        if (!blank(line, 0, line.length)) {
            read(file, name, line, 0, line.length, lineNumber, sink);
        }
    }

    private static void read(Path file, String name, byte[] content, int start, int end, int lineNumber, DocumentSink sink) {
        try {
            JsonNode root = JSON.readTree(content, start, end - start);
            sink.document(new CanonicalJson(name, lineNumber).document(root, JsonReader.idFrom(file) + "-" + lineNumber));
        } catch (JsonProcessingException malformed) {
            int column = malformed.getLocation() == null ? 0 : malformed.getLocation().getColumnNr();
            sink.problem(InputProblem.document(Location.ofLine(name, lineNumber),
                    "malformed JSON at column " + column + ": " + JsonSyntax.describe(malformed)));
        } catch (CanonicalJson.BadField bad) {
            sink.problem(InputProblem.document(new Location(name, lineNumber, bad.pointer()),
                    "at " + (bad.pointer().isEmpty() ? "/" : bad.pointer()) + ": " + bad.getMessage()));
        } catch (java.io.IOException unreadable) {
            sink.problem(InputProblem.document(Location.ofLine(name, lineNumber), "cannot read: " + unreadable.getMessage()));
        } catch (RuntimeException | StackOverflowError failure) {
            // One line of a dataset that cannot be read is that line's problem; the next lines are still read.
            sink.problem(InputProblem.document(Location.ofLine(name, lineNumber), "cannot be read: " + Failure.describe(failure)));
        }
    }

    private static boolean blank(byte[] content, int start, int end) {
        for (int i = start; i < end; i++) {
            if (!Character.isWhitespace(content[i])) {
                return false;
            }
        }
        return true;
    }
}
