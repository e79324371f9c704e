package dev.crossfoot.read;

import dev.crossfoot.model.Location;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One pass over {@code num.txt}, putting each value that stands on a statement of its filing into that
 * filing's list. The file is not sorted by filing, so a filing's values are only complete at its end:
 * the lists are held until then, and each is handed over (and dropped) as its document is built. Values
 * of concepts no statement presents (those of the notes) are counted, not kept.
 */
final class FsdsValues {

    /** Compiled once: {@code String.matches} compiled both for every statement value of a quarter. */
    private static final Pattern DATE = Pattern.compile("\\d{8}");
    private static final Pattern QUARTERS = Pattern.compile("\\d{1,3}");

    private final Map<String, List<FsdsValue>> byFiling = new HashMap<>();
    private int kept;
    private int notPresented;

    boolean read(FsdsFiles files, FsdsIndex index, DocumentSink problems) {
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
                        byFiling.computeIfAbsent(intern(shared, filing), key -> new ArrayList<>()).add(read);
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

    /** A filing's values, handed over once: the list is dropped from this index. */
    List<FsdsValue> take(String adsh) {
        List<FsdsValue> values = byFiling.remove(adsh);
        return values == null ? List.of() : values;
    }

    int kept() {
        return kept;
    }

    int notPresented() {
        return notPresented;
    }
}
