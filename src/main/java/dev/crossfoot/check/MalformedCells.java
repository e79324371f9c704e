package dev.crossfoot.check;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cells of a table that should hold amounts and do not: malformed text, digits the extraction
 * cut off, a percentage standing where the column holds amounts. Each is an input finding on its
 * cell; the checks that need the cell leave it out and diagnosis solves for it.
 */
final class MalformedCells {

    private static final Pattern YEAR = Pattern.compile("^(?:19|20)\\d\\d$");

    private MalformedCells() {
    }

    /**
     * A malformed cell in a column of numbers is an extraction error; in a column of text it is
     * text, and in a column of years ("First elected: 2014 (1)") it is a year with a footnote.
     */
    static List<Finding> of(StatementTable statement) {
        List<Finding> findings = new ArrayList<>();
        Table table = statement.table();
        for (int c = 0; c < statement.width(); c++) {
            int numeric = 0;
            int other = 0;
            for (StatementRow row : statement.rows()) {
                CellValue value = row.value(c);
                // A damaged cell is a number the reader vouches for, however it reads now.
                if (value.isNumeric() || row.cell(c).damage() != null) {
                    numeric++;
                } else if (value instanceof CellValue.Malformed) {
                    other++;
                }
            }
            if (numeric <= other || yearsOnly(statement, c)) {
                continue;
            }
            for (StatementRow row : statement.rows()) {
                // A row without a label is no line item whose amount could be wrong: an exhibit
                // index, a page list, a caption row. Its text cells are text, not damaged numbers.
                if (row.label().isBlank() && row.cell(c).damage() == null) {
                    continue;
                }
                if (RatioColumns.misplacedPercentage(statement, row, c)) {
                    findings.add(finding(statement, row, c, InputRules.MALFORMED_NUMBER,
                            "A cell in a numeric column must be a readable number: a percentage where the column holds amounts, '"
                                    + row.cell(c).text().strip() + "'"));
                } else if (row.value(c) instanceof CellValue.Malformed malformed) {
                    boolean damaged = row.cell(c).damage() != null;
                    findings.add(finding(statement, row, c, damaged ? InputRules.DAMAGED_NUMBER : InputRules.MALFORMED_NUMBER,
                            (damaged ? "A number the extraction damaged cannot be trusted: '" + row.cell(c).text().strip() + "' "
                                    : "A cell in a numeric column must be a readable number: ") + malformed.problem()));
                }
            }
        }
        return findings;
    }

    private static Finding finding(StatementTable statement, StatementRow row, int column, String rule, String problem) {
        Table table = statement.table();
        CellRef cell = new CellRef(table.id(), row.label(), table.column(column), row.cell(column).text(),
                row.cell(column).location());
        return new Finding(rule, Severity.ERROR, problem + " ('" + row.label() + "', " + table.column(column) + ")",
                statement.document().id(), statement.document().file(), table.id(), table.column(column),
                List.of(cell), "", "", row.cell(column).text(), "", "", null);
    }

    private static boolean yearsOnly(StatementTable statement, int column) {
        boolean any = false;
        for (StatementRow row : statement.rows()) {
            if (row.value(column) instanceof CellValue.Number number) {
                if (!YEAR.matcher(number.value().toPlainString()).matches() || row.cell(column).text().contains(",")) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }
}
