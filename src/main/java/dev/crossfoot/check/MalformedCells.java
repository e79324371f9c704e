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
    private static final Pattern REFERENCE = Pattern.compile("\\d{1,2}");
    private static final Pattern REFERENCE_LIST = Pattern.compile("\\d{1,2}(?:\\s*,\\s*\\d{1,2})+");
    /** Footnotes and levels are counted on the fingers; amounts in a column of them are not. */
    private static final int LARGEST_REFERENCE = 20;

    private MalformedCells() {
    }

    /**
     * A malformed cell in a column of numbers is an extraction error; in a column of text it is
     * text, and in a column of years ("First elected: 2014 (1)") it is a year with a footnote. In a
     * column of references (footnote marks set in cells of their own, a fair-value hierarchy level)
     * "2,3" is a list of two references, not an amount with its digits grouped wrong.
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
            if (numeric <= other || yearsOnly(statement, c) || referencesOnly(statement, c)) {
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

    /**
     * Whether every figure of the column is a small whole number written bare (a footnote mark, a
     * hierarchy level) and every unreadable one a rising list of them ("1,4"): a column of
     * references. An amount with its grouping cut ("12,3") does not rise, and a column of amounts
     * has amounts in it.
     */
    private static boolean referencesOnly(StatementTable statement, int column) {
        boolean list = false;
        for (StatementRow row : statement.rows()) {
            CellValue value = row.value(column);
            String text = row.cell(column).text().strip();
            if (value instanceof CellValue.Number) {
                if (!REFERENCE.matcher(text).matches() || !isReference(text)) {
                    return false;
                }
            } else if (value instanceof CellValue.Malformed) {
                if (!REFERENCE_LIST.matcher(text).matches() || !risingReferences(text)) {
                    return false;
                }
                list = true;
            }
        }
        return list;
    }

    private static boolean risingReferences(String text) {
        int previous = 0;
        for (String part : text.split(",")) {
            String reference = part.strip();
            if (!isReference(reference) || Integer.parseInt(reference) <= previous) {
                return false;
            }
            previous = Integer.parseInt(reference);
        }
        return true;
    }

    private static boolean isReference(String digits) {
        int n = Integer.parseInt(digits);
        return n >= 1 && n <= LARGEST_REFERENCE;
    }
}
