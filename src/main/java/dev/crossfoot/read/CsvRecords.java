package dev.crossfoot.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records (RFC 4180: quoted fields may hold commas, quotes and line breaks).
 * A line starting with {@code #} is one comment record holding the text after the mark.
 */
final class CsvRecords {

    /** One record and the line it starts on. */
    record Record(int line, List<String> fields, boolean comment) {
        Record {
            fields = List.copyOf(fields);
        }
    }

    /** A quoted field that runs to the end of the file. */
    static final class Unterminated extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        Unterminated(int line) {
            super("unterminated quoted field from line " + line);
            this.line = line;
        }

        int line() {
            return line;
        }
    }

    private CsvRecords() {
    }

    static List<Record> parse(String text) throws Unterminated {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        int quoteLine = 0;
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (!quoted && c == '#' && fields.isEmpty() && field.length() == 0) {
                int end = i;
                while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                    end++;
                }
                records.add(new Record(line, List.of(text.substring(i + 1, end).strip()), true));
                i = end;
                if (i < text.length() && text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                line++;
                recordLine = line;
                continue;
            }
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i += 2;
                        continue;
                    }
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
                i++;
                continue;
            }
            if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                quoteLine = line;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, fields, false));
                fields = new ArrayList<>();
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new Unterminated(quoteLine);
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, fields, false));
        }
        return records;
    }
}
