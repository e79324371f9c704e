package dev.crossfoot.check;

import dev.crossfoot.SharedData;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import dev.crossfoot.read.Inputs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/** The documents the tests of "same checks with and without a shortcut" run over. */
public final class CheckedFixtures {

    private CheckedFixtures() {
    }

    /** The fixture cases, both Sonus filings (the release's depth variants in its folder), the FSDS fixtures and the earnings releases. */
    public static List<Document> documents() throws Exception {
        List<Path> inputs = new ArrayList<>();
        try (Stream<Path> cases = Files.list(Path.of("fixtures/cases"))) {
            cases.filter(Files::isDirectory).sorted().forEach(folder -> inputs.add(folder.resolve("input.json")));
        }
        inputs.add(Path.of("fixtures/sonus-2011q3"));
        inputs.add(Path.of("fixtures/sonus-2007-late-filing"));
        inputs.add(Path.of("fixtures/fsds"));
        inputs.add(SharedData.require("corpus/earnings-releases"));
        return Inputs.standard().readAll(inputs).documents();
    }

    /** The document with one digit of one numeric cell changed in each table. */
    public static Document withDigitChanged(Document document, Random random) {
        List<Table> tables = new ArrayList<>();
        for (Table table : document.tables()) {
            List<int[]> numeric = new ArrayList<>();
            for (int r = 0; r < table.rows().size(); r++) {
                List<Cell> cells = table.rows().get(r).cells();
                for (int c = 0; c < cells.size(); c++) {
                    if (cells.get(c).text().chars().anyMatch(Character::isDigit)) {
                        numeric.add(new int[] {r, c});
                    }
                }
            }
            if (numeric.isEmpty()) {
                tables.add(table);
                continue;
            }
            int[] at = numeric.get(random.nextInt(numeric.size()));
            List<Row> rows = new ArrayList<>(table.rows());
            Row row = rows.get(at[0]);
            List<Cell> cells = new ArrayList<>(row.cells());
            Cell cell = cells.get(at[1]);
            char[] text = cell.text().toCharArray();
            List<Integer> digits = new ArrayList<>();
            for (int i = 0; i < text.length; i++) {
                if (Character.isDigit(text[i])) {
                    digits.add(i);
                }
            }
            int i = digits.get(random.nextInt(digits.size()));
            text[i] = (char) ('0' + (text[i] - '0' + 1 + random.nextInt(9)) % 10);
            cells.set(at[1], new Cell(new String(text), cell.location(), cell.damage(), cell.notGiven()));
            rows.set(at[0], new Row(row.label(), row.depth(), row.concept(), cells, row.location(), row.totalOf(), row.measure()));
            tables.add(new Table(table.id(), table.title(), table.unit(), table.statement(), table.columns(), rows, table.location()));
        }
        return new Document(document.id(), document.entity(), document.form(), document.source(), document.file(), tables,
                document.paragraphs());
    }
}
