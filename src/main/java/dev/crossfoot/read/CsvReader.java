package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads tables from CSV ({@code .csv}, RFC 4180 quoting). The layout:
 *
 * <pre>
 * # title: Condensed Consolidated Balance Sheets
 * # unit: in thousands
 * # table: bs
 * label,depth,concept,"September 30, 2011","December 31, 2010"
 * Current assets:,0,,,
 * Cash and cash equivalents,1,cash,"$ 76,272","$ 62,501"
 * </pre>
 *
 * <ul>
 *   <li>Optional comment lines before a table, {@code # title: …}, {@code # unit: …} and
 *       {@code # table: id}, give its title, unit caption and id; other {@code #} lines are comments.</li>
 *   <li>The first row of a table is its header: the first column holds the row labels (its header
 *       text is free, e.g. {@code label} or {@code Category}); columns headed {@code depth} or
 *       {@code concept} (any case, anywhere) are hints for the row; every other column is a
 *       period column, its header text being the column header.</li>
 *   <li>A blank line ends a table; the next non-comment line starts another with its own header.</li>
 *   <li>A table without a {@code # title:} takes the file name as its title
 *       ({@code apple_balance_sheet.csv} → "apple balance sheet").</li>
 * </ul>
 * Every cell's location is {@code file:line}. A depth that is not a whole number, or a row with
 * more cells than the header, is an input problem on its line; the row is still read.
 */
public final class CsvReader implements DocumentReader {

    @Override
    public boolean accepts(String fileName) {
        return fileName.endsWith(".csv");
    }

    @Override
    public ReadResult read(Path file, String name, byte[] content) {
        String text = Decoding.text(content);
        if (Decoding.looksBinary(text)) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, 0), "binary data, not a CSV text file"));
        }
        List<Table> tables = new ArrayList<>();
        List<InputProblem> problems = new ArrayList<>();
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.parse(text);
        } catch (CsvRecords.Unterminated unterminated) {
            return ReadResult.failed(InputProblem.document(Location.ofLine(name, unterminated.line()),
                    "a quoted field opened on line " + unterminated.line() + " is never closed"));
        }
        String defaultTitle = JsonReader.idFrom(file).replace('_', ' ').replace('-', ' ');
        Block block = new Block();
        for (CsvRecords.Record record : records) {
            if (record.comment()) {
                if (block.header != null) {
                    block.finish(tables, name, defaultTitle);
                    block = new Block();
                }
                block.comment(record.fields().get(0));
                continue;
            }
            if (record.fields().stream().allMatch(String::isBlank)) {
                if (block.header == null) {
                    continue;
                }
                block.finish(tables, name, defaultTitle);
                block = new Block();
                continue;
            }
            if (block.header == null) {
                block.header(record);
            } else {
                block.row(record, name, problems);
            }
        }
        block.finish(tables, name, defaultTitle);
        String id = JsonReader.idFrom(file);
        return new ReadResult(List.of(new Document(id, "", "", name, name, tables)), problems);
    }

    /** One table being read: its comment settings, header and rows. */
    private static final class Block {
        private String title;
        private String unit;
        private String id;
        private CsvRecords.Record header;
        private int depthColumn = -1;
        private int conceptColumn = -1;
        private final List<Integer> periodColumns = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();

        void comment(String text) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return;
            }
            String key = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = text.substring(colon + 1).strip();
            switch (key) {
                case "title" -> title = value;
                case "unit" -> unit = value;
                case "table" -> id = value;
                default -> {
                    // Any other comment is the author's note, not a setting.
                }
            }
        }

        void header(CsvRecords.Record record) {
            header = record;
            List<String> fields = record.fields();
            for (int i = 1; i < fields.size(); i++) {
                String name = fields.get(i).strip().toLowerCase(Locale.ROOT);
                if (name.equals("depth") && depthColumn < 0) {
                    depthColumn = i;
                } else if (name.equals("concept") && conceptColumn < 0) {
                    conceptColumn = i;
                } else {
                    periodColumns.add(i);
                }
            }
        }

        void row(CsvRecords.Record record, String name, List<InputProblem> problems) {
            Location at = Location.ofLine(name, record.line());
            List<String> fields = record.fields();
            if (fields.size() > header.fields().size() && fields.subList(header.fields().size(), fields.size())
                    .stream().anyMatch(field -> !field.isBlank())) {
                problems.add(InputProblem.part(at, "the row has " + fields.size() + " fields but the header of line "
                        + header.line() + " has " + header.fields().size() + "; the extra fields are left out"));
            }
            Integer depth = null;
            String depthText = field(fields, depthColumn).strip();
            if (!depthText.isEmpty()) {
                if (depthText.matches("\\d{1,3}")) {
                    depth = Integer.parseInt(depthText);
                } else {
                    problems.add(InputProblem.part(at, "depth '" + depthText + "' is not a whole number 0 or more; depth is inferred"));
                }
            }
            String concept = field(fields, conceptColumn).strip();
            List<Cell> cells = new ArrayList<>();
            boolean any = false;
            for (int column : periodColumns) {
                String text = field(fields, column);
                any |= !text.isBlank();
                cells.add(new Cell(text, at));
            }
            rows.add(new Row(field(fields, 0).strip(), depth, concept.isEmpty() ? null : concept,
                    any ? cells : List.of(), at));
        }

        void finish(List<Table> tables, String name, String defaultTitle) {
            if (header == null) {
                return;
            }
            List<String> columns = periodColumns.stream().map(c -> header.fields().get(c).strip()).toList();
            String tableId = id != null && !id.isEmpty() ? id : "table-" + (tables.size() + 1);
            tables.add(new Table(tableId, title != null ? title : defaultTitle, unit, null, columns, rows,
                    Location.ofLine(name, header.line())));
        }

        private static String field(List<String> fields, int index) {
            return index >= 0 && index < fields.size() ? fields.get(index) : "";
        }
    }
}
