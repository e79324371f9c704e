package dev.crossfoot.read;

import dev.crossfoot.model.Location;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one tab-separated file of a Financial Statement Data Set line by line, its columns found by the
 * names in its header line: the SEC's layouts order them differently ({@code num.txt} of 2009 has
 * {@code uom} before {@code segments} and {@code coreg}; the 2025 daily files put {@code coreg} before
 * {@code uom} and {@code segments} after {@code value}), and columns a reader does not name are ignored.
 * A header without a column the reader needs makes the file unreadable; a line with fewer fields than
 * the header (cut short) is an input problem on its line and is left out. Lines end in LF or CRLF.
 */
final class FsdsLines {

    /** Receives each complete line of the file. */
    interface Handler {
        void line(Fields fields);
    }

    /** The fields of one line, looked up by the column indexes the header gave. */
    static final class Fields {
        private final String[] values;
        private final int line;

        Fields(String[] values, int line) {
            this.values = values;
            this.line = line;
        }

        String get(int column) {
            return column < 0 ? "" : values[column];
        }

        int line() {
            return line;
        }
    }

    /** Where each named column stands in this file; -1 for an optional column the file lacks. */
    static final class Header {
        private final Map<String, Integer> index;

        private Header(Map<String, Integer> index) {
            this.index = index;
        }

        int column(String name) {
            return index.getOrDefault(name, -1);
        }
    }

    private final FsdsFiles files;
    private final String file;
    private final DocumentSink problems;

    FsdsLines(FsdsFiles files, String file, DocumentSink problems) {
        this.files = files;
        this.file = file;
        this.problems = problems;
    }

    /**
     * Reads the file, handing each complete line to the handler with the header; returns false (after
     * reporting why) when the file is missing, lacks a required column or cannot be read.
     */
    boolean read(List<String> required, java.util.function.Function<Header, Handler> start) {
        String cited = files.cite(file);
        if (!files.has(file)) {
            problems.problem(InputProblem.document(Location.ofLine(files.name(), 0),
                    file + " is missing: a Financial Statement Data Set needs sub.txt, pre.txt and num.txt"
                            + "; nothing that needs it can be read"));
            return false;
        }
        try (BufferedReader in = files.open(file)) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                problems.problem(InputProblem.document(Location.ofLine(cited, 1), "the file is empty: no header line"));
                return false;
            }
            String[] names = split(stripCr(headerLine), -1);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < names.length; i++) {
                index.putIfAbsent(names[i].strip(), i);
            }
            List<String> missing = required.stream().filter(name -> !index.containsKey(name)).toList();
            if (!missing.isEmpty()) {
                problems.problem(InputProblem.document(Location.ofLine(cited, 1),
                        "the header has no column " + String.join(", ", missing) + " (it has " + String.join(", ", names) + ")"));
                return false;
            }
            Handler handler = start.apply(new Header(index));
            int lineNumber = 1;
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                line = stripCr(line);
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = split(line, names.length);
                if (fields == null) {
                    int count = line.split("\t", -1).length;
                    problems.problem(InputProblem.part(Location.ofLine(cited, lineNumber), "truncated line: "
                            + count + " of the header's " + names.length + " fields (from "
                            + names[Math.min(count, names.length - 1)] + " on missing); the line is left out"));
                    continue;
                }
                handler.line(new Fields(fields, lineNumber));
            }
            return true;
        } catch (IOException | java.io.UncheckedIOException failure) {
            problems.problem(InputProblem.document(Location.ofLine(cited, 0), "cannot read: " + failure.getMessage()));
            return false;
        }
    }

    private static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * The line's fields, or null when it has fewer than {@code width}; extra fields past the header
     * are ignored. {@code width} -1 splits the whole line (the header).
     */
    static String[] split(String line, int width) {
        List<String> fields = new ArrayList<>(Math.max(width, 8));
        int start = 0;
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) == '\t') {
                fields.add(line.substring(start, i));
                start = i + 1;
                if (width > 0 && fields.size() == width) {
                    break;
                }
            }
        }
        if (width < 0 || fields.size() < width) {
            fields.add(line.substring(start));
        }
        if (width > 0 && fields.size() < width) {
            return null;
        }
        return fields.toArray(new String[0]);
    }
}
