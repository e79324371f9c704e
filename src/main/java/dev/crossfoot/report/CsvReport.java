package dev.crossfoot.report;

import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Suggestion;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The findings as a spreadsheet: one row per finding with the gate's verdict on it, RFC 4180 (CRLF line ends, fields with a
 * comma, quote or line break in double quotes, quotes doubled), UTF-8 without a byte-order mark.
 *
 * <p>Row labels come from documents nobody here wrote, and a spreadsheet runs a cell that starts
 * with {@code = + - @}, tab or CR as a formula ("CSV injection"), also after leading white space or
 * after a {@code ;} or {@code ,} where it splits fields there. Such a field gets a leading
 * apostrophe, which spreadsheets show as text, and a field holding {@code ;} is quoted. The one exception is a plain decimal number such as
 * {@code -0.08} or {@code -180}: it is no formula, and reviewers sort and sum these columns, so it
 * stays a number.
 */
public final class CsvReport extends LinePerFindingReport {

    static final List<String> HEADER = List.of("rule", "severity", "document", "table", "column", "row", "location",
            "reported", "expected", "difference", "allowed", "suggestion", "cause", "message", "verdict");

    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    @Override
    public String format() {
        return "csv";
    }

    @Override
    void writeOpening(Writer out) throws IOException {
        writeRow(out, HEADER);
    }

    @Override
    void writeLine(Writer out, Finding finding, Gate gate) throws IOException {
        writeRow(out, fields(finding, gate));
    }

    private static List<String> fields(Finding finding, Gate gate) {
        Suggestion suggestion = finding.suggestion();
        List<String> fields = new ArrayList<>();
        fields.add(finding.rule());
        fields.add(finding.severity().label());
        fields.add(finding.document());
        fields.add(finding.table());
        fields.add(finding.column());
        fields.add(finding.cells().isEmpty() ? "" : finding.cells().get(0).row());
        fields.add(finding.primaryLocation().toString());
        fields.add(finding.actual());
        fields.add(finding.expected());
        fields.add(finding.difference());
        fields.add(finding.allowed());
        fields.add(suggestion == null ? "" : suggestion.value() + elsewhere(finding, suggestion));
        fields.add(suggestion == null ? "" : suggestion.cause());
        fields.add(finding.message());
        fields.add(gate.of(finding).label());
        return fields;
    }

    /**
     * Where the suggestion applies when that is not the row's cell: a tie reports the cell it
     * checked, while diagnosis may blame the other side, and the spreadsheet row must not seem to
     * say the checked cell is wrong.
     */
    private static String elsewhere(Finding finding, Suggestion suggestion) {
        if (!finding.cells().isEmpty() && finding.cells().get(0).location().equals(suggestion.cell().location())
                && finding.cells().get(0).column().equals(suggestion.cell().column())) {
            return "";
        }
        return " (for '" + suggestion.cell().row() + "' at " + suggestion.cell().location() + ")";
    }

    private static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(defused(fields.get(i) == null ? "" : fields.get(i))));
        }
        out.write("\r\n");
    }

    /**
     * A field a spreadsheet would run as a formula, made text; plain numbers stay numbers. A
     * spreadsheet skips leading white space, and one that splits on {@code ;} (or {@code ,}) sees
     * a new field after each: so a formula sign after any of them counts, anywhere in the field.
     */
    static String defused(String field) {
        if (field.isEmpty() || PLAIN_NUMBER.matcher(field).matches()) {
            return field;
        }
        boolean fieldStart = true;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ';' || c == ',') {
                fieldStart = true;
            } else if (fieldStart && (c == '\t' || c == '\r' || c == '\n' || c == '=' || c == '+' || c == '-' || c == '@')) {
                return "'" + field;
            } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                fieldStart = false;
            }
        }
        return field;
    }

    static String quoted(String field) {
        boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf(';') >= 0 || field.indexOf('"') >= 0
                || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0 || field.indexOf('\t') >= 0;
        return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
    }
}
