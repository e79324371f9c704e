package dev.crossfoot.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.crossfoot.read.TextSpan;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where each JSON Pointer of a {@code .json} input, or of one line of a {@code .jsonl} input,
 * stands in the file: a value's first character and, for a string, number or literal, its last,
 * so that a SARIF result can carry a {@code region} for input that the readers locate by pointer.
 * A container (an object or array) has its start only. The file is read again, once (a
 * {@code .jsonl} line once), when a report needs it; a file that is gone or no longer parses gives
 * no regions (the pointer still locates the cell).
 */
final class JsonPointerRegions {

    private static final JsonFactory FACTORY = new JsonFactory();

    private final Map<String, Map<String, TextSpan>> byFile = new HashMap<>();
    private final Map<String, LineIndex> lines = new HashMap<>();

    /**
     * Where {@code pointer} stands in {@code file} ({@code line} 0 for a {@code .json} file, the
     * document's line for {@code .jsonl}), or null when that cannot be told.
     */
    TextSpan of(String file, int line, String pointer) {
        if (file == null || pointer == null) {
            return null;
        }
        String lower = file.toLowerCase(Locale.ROOT);
        if (line == 0 && lower.endsWith(".json")) {
            return byFile.computeIfAbsent(file, name -> places(name, 0)).get(pointer);
        }
        if (line > 0 && lower.endsWith(".jsonl")) {
            return byFile.computeIfAbsent(file + ":" + line, key -> places(file, line)).get(pointer);
        }
        return null;
    }

    /**
     * Forgets the places of JSON Lines lines (one document each), keeping whole {@code .json}
     * files: a report written document by document asks about each line's document once, and
     * must not keep every line it asked about.
     */
    void forgetLines() {
        byFile.keySet().removeIf(key -> key.toLowerCase(Locale.ROOT).matches(".*\\.jsonl:\\d+"));
    }

    /** The places of a whole file ({@code line} 0) or of one of its lines. */
    private Map<String, TextSpan> places(String file, int line) {
        try {
            Path path = Path.of(file);
            if (!Files.isRegularFile(path)) {
                return Map.of();
            }
            if (line == 0) {
                try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                    return places(in, 1, 0);
                }
            }
            String text = lines.computeIfAbsent(file, name -> new LineIndex(path)).line(line);
            // Columns are counted within the line; the character offset of a line in a large file is not kept.
            return text == null ? Map.of() : places(new StringReader(text), line, -1);
        } catch (IOException | RuntimeException unreadable) {
            return Map.of();
        }
    }

    /**
     * Every value's place in {@code in}, whose first line is line {@code firstLine} of the file, at
     * character {@code offset} (-1 when not known: the places then have no offset).
     */
    private static Map<String, TextSpan> places(Reader in, int firstLine, long offset) {
        Map<String, TextSpan> places = new HashMap<>();
        try (JsonParser parser = FACTORY.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isStructEnd()) {
                    continue;
                }
                // A container's start token already stands in its own context: its parent's path is the container's.
                String pointer = (token.isStructStart() ? parser.getParsingContext().getParent() : parser.getParsingContext())
                        .pathAsPointer(false).toString();
                JsonLocation start = parser.currentTokenLocation();
                if (places.containsKey(pointer)) {
                    continue;
                }
                int line = firstLine - 1 + Math.max(1, start.getLineNr());
                int column = Math.max(1, start.getColumnNr());
                int at = offset < 0 ? -1 : (int) (offset + Math.max(0, start.getCharOffset()));
                if (token.isScalarValue()) {
                    parser.getText(); // reads the whole token, so that the parser stands after it
                    JsonLocation end = parser.currentLocation();
                    int length = (int) (end.getCharOffset() - start.getCharOffset());
                    places.put(pointer, new TextSpan(at, Math.max(0, length), line, column,
                            firstLine - 1 + Math.max(1, end.getLineNr()), Math.max(1, end.getColumnNr())));
                } else {
                    places.put(pointer, TextSpan.at(at, line, column));
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // What could be placed before the text stopped parsing is kept; the rest has no region.
        }
        return places;
    }

    /**
     * Where each line of a JSON Lines file starts, found in one pass, so that the line of each
     * finding is read by seeking to it, not by reading the file from its start again.
     */
    private static final class LineIndex {

        private final Path path;
        private long[] starts = new long[1024];
        private int count;

        LineIndex(Path path) {
            this.path = path;
            try (java.io.InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path))) {
                long position = 0;
                add(0);
                int b;
                while ((b = in.read()) >= 0) {
                    position++;
                    if (b == '\n') {
                        add(position);
                    }
                }
            } catch (IOException unreadable) {
                count = 0;
            }
        }

        private void add(long start) {
            if (count == starts.length) {
                starts = java.util.Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = start;
        }

        /** Line {@code n} (from 1) without its line end, or null when the file has no such line. */
        String line(int n) throws IOException {
            if (n < 1 || n > count) {
                return null;
            }
            try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(path)) {
                long from = starts[n - 1];
                long to = n < count ? starts[n] : channel.size();
                if (to - from > Integer.MAX_VALUE - 8) {
                    return null;
                }
                java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate((int) (to - from));
                while (bytes.hasRemaining() && channel.read(bytes, from + bytes.position()) > 0) {
                    // reads until the line is whole
                }
                String text = new String(bytes.array(), 0, bytes.position(), StandardCharsets.UTF_8);
                return text.replaceFirst("\r?\n$", "");
            }
        }
    }
}
