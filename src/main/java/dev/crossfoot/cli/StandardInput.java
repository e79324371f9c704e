package dev.crossfoot.cli;

import dev.crossfoot.read.Inputs;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code crossfoot check -}: a document on standard input. Its format is {@code --stdin-format},
 * or is told from its first lines: a JSON object (one per line: JSON Lines), an HTML page, a
 * markdown pipe table, comma-separated values, otherwise plain text. The bytes go to a temporary
 * file named {@code stdin.EXT}, so that the document's id is {@code stdin}, findings point into
 * {@code stdin.EXT}, and the readers work as for any file.
 */
final class StandardInput {

    /** The document read from standard input is {@code stdin}, in findings the file {@code stdin.EXT}. */
    static final String NAME = "stdin";

    static final List<String> FORMATS = List.of("json", "jsonl", "csv", "md", "txt", "html");

    private StandardInput() {
    }

    /** Copies standard input (at most {@link Inputs#MAX_BYTES}) to {@code folder/stdin.EXT}. */
    static Path save(InputStream in, String format, Path folder) throws IOException {
        byte[] content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Inputs.MAX_BYTES + 1));
        if (content.length > Inputs.MAX_BYTES) {
            throw new IOException(NAME + ": standard input is more than the " + Inputs.MAX_BYTES / (1024 * 1024)
                    + " MB crossfoot reads");
        }
        String extension = format == null ? sniff(new String(content, 0, Math.min(content.length, 65536), StandardCharsets.UTF_8))
                : format.toLowerCase(Locale.ROOT);
        Path file = folder.resolve(NAME + "." + extension);
        Files.write(file, content);
        return file;
    }

    /** The format the text looks like, as a file extension. */
    static String sniff(String text) {
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            List<String> lines = start.lines().filter(line -> !line.isBlank()).limit(3).toList();
            boolean onePerLine = lines.size() > 1 && lines.stream().allMatch(line -> line.strip().startsWith("{") && line.strip().endsWith("}"));
            return onePerLine ? "jsonl" : "json";
        }
        if (start.startsWith("<")) {
            return "html";
        }
        List<String> lines = start.lines().filter(line -> !line.isBlank()).limit(20).toList();
        if (lines.stream().anyMatch(line -> line.strip().startsWith("|"))) {
            return "md";
        }
        if (!lines.isEmpty() && lines.stream().allMatch(line -> line.indexOf(',') >= 0 && line.indexOf('\t') < 0)
                && lines.get(0).chars().filter(c -> c == ',').count() >= 1 && !lines.get(0).contains("  ")) {
            return "csv";
        }
        return "txt";
    }
}
