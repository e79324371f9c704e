package dev.crossfoot.read;

import dev.crossfoot.model.Location;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a data set says before its values: the filings of {@code sub.txt} (in file order, the order of
 * the documents), each filing's statement lines from {@code pre.txt}, and the data type of each concept
 * from {@code tag.txt} (monetary, shares, perShare…). All of it is held: {@code num.txt} is not sorted by
 * filing, so every line of it must find its filing's statements while it streams past.
 */
final class FsdsIndex {

    private final Map<String, FsdsSubmission> submissions = new LinkedHashMap<>();
    private final Map<String, List<FsdsPresentation>> presentations = new LinkedHashMap<>();
    private final Set<String> presented = new HashSet<>();
    private final Map<String, String> dataTypes = new HashMap<>();
    private boolean hasTags;

    /** Reads sub.txt, pre.txt and (when present) tag.txt; false when a file the statements need is unreadable. */
    boolean read(FsdsFiles files, DocumentSink problems) {
        boolean sub = new FsdsLines(files, FsdsFiles.SUB, problems).read(List.of("adsh", "name", "form"), header -> {
            int adsh = header.column("adsh");
            int name = header.column("name");
            int form = header.column("form");
            int period = header.column("period");
            int fy = header.column("fy");
            int fp = header.column("fp");
            return line -> submissions.putIfAbsent(line.get(adsh), new FsdsSubmission(line.get(adsh), line.get(name).strip(),
                    line.get(form).strip(), line.get(period), line.get(fy), line.get(fp)));
        });
        boolean pre = new FsdsLines(files, FsdsFiles.PRE, problems).read(
                List.of("adsh", "report", "line", "stmt", "tag", "version", "plabel", "negating"),
                header -> presentationLine(header, files.cite(FsdsFiles.PRE), problems));
        // The daily zips of 2025 ship without tag.txt: data types then come from the units.
        hasTags = files.has(FsdsFiles.TAG) && new FsdsLines(files, FsdsFiles.TAG, problems).read(List.of("tag", "version", "datatype"), header -> {
            int tag = header.column("tag");
            int version = header.column("version");
            int datatype = header.column("datatype");
            return line -> {
                String key = FsdsValue.conceptKey(line.get(tag), line.get(version));
                if (presented.contains(key)) {
                    dataTypes.put(key, line.get(datatype).strip());
                }
            };
        });
        if (!sub && pre) {
            // Without sub.txt the filings are still known by their accession numbers.
            presentations.keySet().forEach(adsh -> submissions.put(adsh, new FsdsSubmission(adsh, "", "", "", "", "")));
        }
        return pre;
    }

    private FsdsLines.Handler presentationLine(FsdsLines.Header header, String cited, DocumentSink problems) {
        int adsh = header.column("adsh");
        int report = header.column("report");
        int line = header.column("line");
        int stmt = header.column("stmt");
        int inpth = header.column("inpth");
        int tag = header.column("tag");
        int version = header.column("version");
        int plabel = header.column("plabel");
        int negating = header.column("negating");
        return fields -> {
            Integer reportNumber = wholeNumber(fields.get(report));
            Integer lineNumber = wholeNumber(fields.get(line));
            if (reportNumber == null || lineNumber == null) {
                problems.problem(InputProblem.part(Location.ofLine(cited, fields.line()), "report '" + fields.get(report)
                        + "' and line '" + fields.get(line) + "' must be whole numbers; the line is left out"));
                return;
            }
            FsdsPresentation presentation = new FsdsPresentation(reportNumber, lineNumber, fields.get(stmt).strip(),
                    "1".equals(fields.get(inpth).strip()), fields.get(tag), fields.get(version), fields.get(plabel).strip(),
                    "1".equals(fields.get(negating).strip()), fields.line());
            presentations.computeIfAbsent(fields.get(adsh), key -> new ArrayList<>()).add(presentation);
            presented.add(fields.get(adsh) + '\t' + presentation.concept());
        };
    }

    private static Integer wholeNumber(String text) {
        String digits = text.strip();
        if (digits.isEmpty() || digits.length() > 9 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    /** The filings to read: those of sub.txt in its order, then any that only pre.txt names. */
    List<String> filings() {
        List<String> all = new ArrayList<>(submissions.keySet());
        presentations.keySet().stream().filter(adsh -> !submissions.containsKey(adsh)).forEach(all::add);
        return all;
    }

    FsdsSubmission submission(String adsh) {
        return submissions.get(adsh);
    }

    List<FsdsPresentation> presentations(String adsh) {
        return presentations.getOrDefault(adsh, List.of());
    }

    /** Whether a value of num.txt stands on a statement of its filing (values of the notes alone do not). */
    boolean presented(String adsh, String concept) {
        return presented.contains(adsh + '\t' + concept);
    }

    /** tag.txt's data type of a concept, or "" when the data set has no tag.txt or does not list it. */
    String dataType(String concept) {
        return dataTypes.getOrDefault(concept, "");
    }

    boolean hasTags() {
        return hasTags;
    }

    /** Lets a filing's lines go once its document is built. */
    void forget(String adsh) {
        presentations.remove(adsh);
    }
}
