package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Table;

import java.nio.file.Path;
import java.util.List;

/**
 * Reads the pipe tables of a Markdown file ({@code .md}): each is a table, titled by the nearest
 * heading or paragraph line above it; every cell's location is {@code file:line}.
 */
public final class MarkdownReader implements DocumentReader {

    @Override
    public boolean accepts(String fileName) {
        return fileName.endsWith(".md") || fileName.endsWith(".markdown");
    }

    @Override
    public ReadResult read(Path file, String name, byte[] content) {
        String text = Decoding.text(content);
        if (Decoding.looksBinary(text)) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0), "binary data, not a Markdown text file"));
        }
        List<InputProblem> problems = new java.util.ArrayList<>();
        String[] lines = Decoding.boundedLines(text, name, problems);
        List<Table> tables = PipeTables.find(lines, name, 1).stream().map(PipeTables.Found::table).toList();
        return new ReadResult(List.of(new Document(JsonReader.idFrom(file), "", "", name, name, tables,
                TextParagraphs.find(lines, name, tables))), problems);
    }
}
