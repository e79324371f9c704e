package dev.crossfoot.read;

import dev.crossfoot.model.Location;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One pass over {@code num.txt}, putting each value that stands on a statement of its filing into that
 * filing's partition. The file is not sorted by filing, so a filing's values are only complete at its
 * end: rather than holding the quarter's values until then, each is written to one of at most
 * {@value #PARTITIONS} temporary files, the filings split into runs of neighbours in the order they are
 * checked (the order of {@link FsdsIndex#filings}). Taking the filings in that order then reads each
 * partition back once, when its first filing is taken, and deletes it: what is held is one partition's
 * values, not the quarter's. Values of concepts no statement presents (those of the notes) are counted,
 * not kept.
 */
final class FsdsValues implements AutoCloseable {

    /** How many parts a quarter's values are split into: memory holds one of them at a time. */
    static final int PARTITIONS = 16;

    /** Compiled once: {@code String.matches} compiled both for every statement value of a quarter. */
    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final Pattern QUARTERS = Pattern.compile("\\d{1,3}");

    private final Map<String, Integer> position = new HashMap<>();
    private final int partitions;
    private final List<Path> files = new ArrayList<>();
    private final List<Writer> writers = new ArrayList<>();
    private Map<String, List<FsdsValue>> byFiling = new HashMap<>();
    private int loaded = -1;
    private int kept;
    private int notPresented;

    /** {@code filings} in the order they will be taken, split into {@value #PARTITIONS} partitions at most. */
    FsdsValues(List<String> filings) throws IOException {
        this(filings, PARTITIONS);
    }

    /** As {@link #FsdsValues(List)}, with at most {@code partitions} partitions (one: the quarter's values at once). */
    FsdsValues(List<String> filings, int partitions) throws IOException {
        for (String adsh : filings) {
            position.putIfAbsent(adsh, position.size());
        }
        this.partitions = Math.max(1, Math.min(partitions, position.size()));
        for (int i = 0; i < this.partitions; i++) {
            Path file = Files.createTempFile("crossfoot-fsds-values-" + i + "-", ".tsv");
            file.toFile().deleteOnExit();
            files.add(file);
            writers.add(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        }
    }

    private int partition(String adsh) {
        // Every filing with presented values is one of the index's filings; none other is kept.
        return (int) ((long) position.getOrDefault(adsh, 0) * partitions / Math.max(1, position.size()));
    }

    boolean read(FsdsFiles files, FsdsIndex index, DocumentSink problems) throws IOException {
        try {
            return readValues(files, index, problems);
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        } finally {
            for (Writer writer : writers) {
                writer.close();
            }
        }
    }

    private boolean readValues(FsdsFiles files, FsdsIndex index, DocumentSink problems) {
        String cited = files.cite(FsdsFiles.NUM);
        return new FsdsLines(files, FsdsFiles.NUM, problems).read(
                List.of("adsh", "tag", "version", "ddate", "qtrs", "uom", "value"), header -> {
                    int adsh = header.column("adsh");
                    int tag = header.column("tag");
                    int version = header.column("version");
                    int ddate = header.column("ddate");
                    int qtrs = header.column("qtrs");
                    int uom = header.column("uom");
                    int coreg = header.column("coreg");
                    int segments = header.column("segments");
                    int value = header.column("value");
                    Map<String, String> shared = new HashMap<>();
                    return line -> {
                        String filing = line.get(adsh);
                        String concept = FsdsValue.conceptKey(line.get(tag), line.get(version));
                        if (!index.presented(filing, concept)) {
                            notPresented++;
                            return;
                        }
                        String date = line.get(ddate).strip();
                        String quarters = line.get(qtrs).strip();
                        if (!DATE.matcher(date).matches() || !QUARTERS.matcher(quarters).matches()) {
                            problems.problem(InputProblem.part(Location.ofLine(cited, line.line()), "ddate '" + date
                                    + "' must be a date yyyymmdd and qtrs '" + quarters + "' a number of quarters; the value is left out"));
                            return;
                        }
                        String text = line.get(value).strip();
                        BigDecimal number = number(text);
                        if (number == null && !text.isEmpty()) {
                            problems.problem(InputProblem.part(Location.ofLine(cited, line.line()), "value '" + text + "' of "
                                    + line.get(tag) + " (" + filing + ", ddate " + date + ", qtrs " + quarters + ") is not a number;"
                                    + " its cell shows the text as read"));
                        }
                        // The same few tags, units and members recur on every line: share one String each.
                        FsdsValue read = new FsdsValue(intern(shared, line.get(tag)), intern(shared, line.get(version)),
                                intern(shared, date), Integer.parseInt(quarters), intern(shared, line.get(uom).strip()),
                                intern(shared, line.get(coreg).strip()), intern(shared, line.get(segments).strip()),
                                number, number == null ? text : "", line.line());
                        try {
                            write(writers.get(partition(filing)), filing, read);
                        } catch (IOException failure) {
                            throw new UncheckedIOException(failure);
                        }
                        kept++;
                    };
                });
    }

    private static String intern(Map<String, String> shared, String text) {
        String known = shared.putIfAbsent(text, text);
        return known == null ? text : known;
    }

    private static BigDecimal number(String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** One value on a line of its partition: the filing, then the value's fields, tab-separated. */
    private static void write(Writer out, String filing, FsdsValue value) throws IOException {
        String[] fields = {filing, value.tag(), value.version(), value.ddate(), Integer.toString(value.qtrs()), value.uom(),
            value.coreg(), value.segments(), value.value() == null ? "" : value.value().toString(), value.text(),
            Integer.toString(value.sourceLine())};
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write('\t');
            }
            out.write(escape(fields[i]));
        }
        out.write('\n');
    }

    private static String escape(String field) {
        if (field.indexOf('\\') < 0 && field.indexOf('\t') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return field.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder plain = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && i + 1 < field.length()) {
                char next = field.charAt(++i);
                plain.append(next == 't' ? '\t' : next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                plain.append(c);
            }
        }
        return plain.toString();
    }

    /** The values of one partition, by filing, read back from its file, which is then deleted. */
    private Map<String, List<FsdsValue>> load(int partition) throws IOException {
        Map<String, List<FsdsValue>> values = new HashMap<>();
        Map<String, String> shared = new HashMap<>();
        Path file = files.get(partition);
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                String[] f = line.split("\t", -1);
                FsdsValue value = new FsdsValue(intern(shared, unescape(f[1])), intern(shared, unescape(f[2])),
                        intern(shared, unescape(f[3])), Integer.parseInt(f[4]), intern(shared, unescape(f[5])),
                        intern(shared, unescape(f[6])), intern(shared, unescape(f[7])),
                        f[8].isEmpty() ? null : new BigDecimal(f[8]), unescape(f[9]), Integer.parseInt(f[10]));
                values.computeIfAbsent(intern(shared, unescape(f[0])), key -> new ArrayList<>()).add(value);
            }
        }
        Files.deleteIfExists(file);
        return values;
    }

    /**
     * A filing's values, handed over once. Taken in the order of the filings given, each partition is
     * read once: the one before it is dropped when the next is read.
     */
    List<FsdsValue> take(String adsh) throws IOException {
        int partition = partition(adsh);
        if (partition != loaded) {
            byFiling = Map.of();
            byFiling = load(partition);
            loaded = partition;
        }
        List<FsdsValue> values = byFiling.remove(adsh);
        return values == null ? List.of() : values;
    }

    /** Deletes the partitions not read back (a run that stopped early). */
    @Override
    public void close() throws IOException {
        for (Writer writer : writers) {
            writer.close();
        }
        for (Path file : files) {
            Files.deleteIfExists(file);
        }
    }

    int kept() {
        return kept;
    }

    int notPresented() {
        return notPresented;
    }
}
