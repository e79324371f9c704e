package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Reads the tables of a text file ({@code .txt}): Markdown pipe tables ({@link PipeTables}),
 * tab-separated tables of PDF-to-text extractions ({@link TabTables}, laid out by
 * {@link TabLayout}), and fixed-width tables of plain-text filings ({@link FixedWidthTables});
 * a text that marks no table in any of these ways is searched for unmarked fixed-width tables
 * ({@link PlainTextTables}).
 * Garbled lines are reported on their own lines, never guessed; labels a PDF extraction lost are
 * taken from a twin statement only where the rows align ({@link LabelTransfer}), and said so.
 * Every cell's location is {@code file:line}.
 */
public final class TextReader implements DocumentReader {

    @Override
    public boolean accepts(String fileName) {
        return fileName.endsWith(".txt") || fileName.endsWith(".text");
    }

    @Override
    public ReadResult read(Path file, String name, byte[] content) {
        String text = Decoding.text(content);
        if (Decoding.looksBinary(text)) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0), "binary data, not a text file"));
        }
        List<InputProblem> problems = new ArrayList<>();
        String[] lines = Decoding.boundedLines(text, name, problems);
        List<Table> tables = new ArrayList<>();
        PipeTables.find(lines, name, 1).forEach(found -> tables.add(found.table()));
        TabLayout layout = new TabLayout(name, problems);
        List<Table> tabTables = new ArrayList<>();
        for (TabTables.Block block : TabTables.find(lines, name, problems)) {
            tabTables.addAll(layout.tables(block, 1));
        }
        tables.addAll(LabelTransfer.apply(tabTables, name, problems));
        tables.addAll(FixedWidthTables.find(lines, name, problems));
        if (tables.isEmpty()) {
            tables.addAll(PlainTextTables.find(lines, name, problems));
        }
        tables.sort(Comparator.comparingInt(table -> table.location().line()));
        List<Table> numbered = new ArrayList<>();
        for (Table table : tables) {
            numbered.add(new Table("table-" + (numbered.size() + 1), table.title(), table.unit(), table.statement(),
                    table.columns(), table.rows(), table.location()));
        }
        problems.sort(Comparator.comparingInt(problem -> problem.location().line()));
        return new ReadResult(List.of(new Document(JsonReader.idFrom(file), "", "", name, name, numbered,
                TextParagraphs.find(lines, name, numbered))), problems);
    }
}
