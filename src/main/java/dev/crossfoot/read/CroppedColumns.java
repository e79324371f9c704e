package dev.crossfoot.read;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Row;
import dev.crossfoot.understand.NumberParser;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds columns of a text table that the extraction cut off on the right. The signature: two or
 * more cells of the column end in a digit group shorter than three ("4,94") or in a stray mark
 * after the digits ("64'"). In such a column, a cell that still reads as a number but is an order
 * of magnitude below every other amount of its row ("10" beside "100" and "109") lost its last
 * digit too: it is marked damaged, as are the cells showing the signature. Nothing is guessed:
 * the cell keeps its text, the checks leave it out, and diagnosis may tell what it should read.
 */
final class CroppedColumns {

    private static final Pattern SHORT_GROUP = Pattern.compile("\\d,\\d{1,2}\\)?$");
    private static final Pattern TRAILING_MARK = Pattern.compile("\\d['`’´.,]$");
    private static final NumberParser NUMBERS = new NumberParser();

    private CroppedColumns() {
    }

    /** The rows with every cell of a cut-off column that cannot be trusted marked as damaged. */
    static List<Row> mark(List<Row> rows, List<String> headers) {
        List<Row> marked = new ArrayList<>(rows);
        int width = rows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        for (int c = 0; c < width; c++) {
            List<Row> signature = new ArrayList<>();
            for (Row row : rows) {
                String text = row.cell(c).text().strip();
                if (SHORT_GROUP.matcher(text).find() || TRAILING_MARK.matcher(text).find()) {
                    signature.add(row);
                }
            }
            if (signature.size() < 2) {
                continue;
            }
            String column = c < headers.size() && !headers.get(c).isBlank() ? "'" + headers.get(c) + "'" : "column " + (c + 1);
            for (int r = 0; r < marked.size(); r++) {
                Row row = marked.get(r);
                boolean cut = signature.contains(rows.get(r));
                if (!cut && !tooSmall(row, c)) {
                    continue;
                }
                String how = cut ? "lost digits: " + column + " was cut off by the extraction"
                        : "is an order of magnitude below the rest of its row, in " + column + " which the extraction cut off"
                        + " (cells such as " + examples(signature, c) + " lost trailing digits): its last digit is likely lost";
                marked.set(r, withDamage(row, c, how));
            }
        }
        return marked;
    }

    private static Row withDamage(Row row, int column, String how) {
        List<dev.crossfoot.model.Cell> cells = new ArrayList<>(row.cells());
        cells.set(column, cells.get(column).damaged(how));
        return new Row(row.label(), row.depth(), row.concept(), cells, row.location());
    }

    private static String examples(List<Row> signature, int column) {
        return String.join(", ", signature.stream().limit(3).map(row -> "'" + row.cell(column).text().strip() + "'").toList());
    }

    /** Whether the cell is a number at most a tenth of every other amount in its row. */
    private static boolean tooSmall(Row row, int column) {
        if (!(NUMBERS.parse(row.cell(column).text()) instanceof CellValue.Number own) || own.percent()) {
            return false;
        }
        BigDecimal mine = own.value().abs();
        int others = 0;
        for (int c = 0; c < row.cells().size(); c++) {
            if (c == column) {
                continue;
            }
            if (NUMBERS.parse(row.cell(c).text()) instanceof CellValue.Number other) {
                if (other.value().abs().compareTo(mine.multiply(BigDecimal.valueOf(5))) < 0) {
                    return false;
                }
                others++;
            }
        }
        return others > 0 && mine.signum() != 0;
    }
}
