package dev.crossfoot.read;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.Table;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads an SEC Financial Statement Data Set — a quarter's {@code .zip}, a daily zip, or a folder holding
 * {@code sub.txt}, {@code pre.txt}, {@code num.txt} (and {@code tag.txt}) — as one document per filing:
 * the filing's accession number as its id, company, form and fiscal period from {@code sub.txt}, and a
 * table per statement report of {@code pre.txt} (balance sheet, income, cash flows, comprehensive income,
 * equity; see {@link FsdsStatement}). Reports of other kinds (the cover page, unclassified reports) are
 * skipped with their reason. Locations point into the data set: {@code 2009q3.zip#<adsh>/R<report>/line-<line>},
 * a cell adding its column's period ({@code /20090630-q1}).
 *
 * <p>What is held: sub.txt, pre.txt and the data types of tag.txt (small: about 50,000 lines a quarter),
 * then one partition of the values that stand on a statement ({@link FsdsValues}): num.txt is not sorted
 * by filing, so no filing is complete before its end, and its values wait in temporary files, split by
 * runs of filings in the order they are handed out, each read back once. Each filing's lines and values are then
 * handed to the sink as a {@linkplain DocumentSink#part piece} of its own, its document built (on a checking
 * thread, when the run has several) and its values dropped: the derived documents are never held together.
 */
public final class FsdsReader {

    private static final Map<String, String> OTHER_REPORTS = Map.of(
            "CP", "the cover page (document and entity information), not a financial statement",
            "UN", "a report the SEC left unclassified (not a balance sheet, income, cash-flow, comprehensive-income or equity statement)",
            "SI", "a schedule of investments, not a statement that adds up by lines");

    /** Whether a folder is a data set (holds at least two of the four files) rather than a folder of text files. */
    public static boolean isDataset(Path folder) {
        return FsdsFiles.isDatasetFolder(folder);
    }

    /** The files of a data-set folder that belong to the data set (the four, and the SEC's readme), not read on their own. */
    public static boolean belongsToDataset(Path file) {
        String name = file.getFileName().toString();
        return FsdsFiles.ALL.contains(name) || name.equals("readme.htm");
    }

    /** Reads a data set in a folder. */
    public void streamFolder(Path folder, String name, DocumentSink sink) {
        try (FsdsFiles files = FsdsFiles.folder(folder, name)) {
            stream(files, sink);
        } catch (IOException cannotClose) {
            sink.problem(InputProblem.document(Location.ofLine(name, 0), "cannot read: " + cannotClose.getMessage()));
        }
    }

    /**
     * Reads a data set in a zip; a zip that holds none of the four files is a problem when named on its
     * own and passed over quietly inside a folder, like any file of no known format.
     */
    public void streamZip(Path zip, String name, boolean insideFolder, DocumentSink sink) {
        try (FsdsFiles files = FsdsFiles.zip(zip, name)) {
            if (FsdsFiles.ALL.stream().noneMatch(files::has)) {
                if (!insideFolder) {
                    sink.problem(InputProblem.document(Location.ofLine(name, 0), "a .zip is read as an SEC Financial "
                            + "Statement Data Set (sub.txt, pre.txt, num.txt, tag.txt), and this one holds none of them"));
                }
                return;
            }
            stream(files, sink);
        } catch (java.util.zip.ZipException corrupt) {
            sink.problem(InputProblem.document(Location.ofLine(name, 0), "not a readable zip file (" + corrupt.getMessage() + ")"));
        } catch (IOException failure) {
            sink.problem(InputProblem.document(Location.ofLine(name, 0), "cannot read: " + failure.getMessage()));
        }
    }

    private void stream(FsdsFiles files, DocumentSink sink) throws IOException {
        FsdsIndex index = new FsdsIndex();
        if (!index.read(files, sink)) {
            return;
        }
        List<String> filings = index.filings();
        try (FsdsValues values = new FsdsValues(filings)) {
            if (values.read(files, index, sink)) {
                handOut(files, index, values, filings, sink);
            }
        }
    }

    /** Each filing as a piece of its own, in the order of {@code filings} (which reads each partition of values once). */
    private void handOut(FsdsFiles files, FsdsIndex index, FsdsValues values, List<String> filings, DocumentSink sink)
            throws IOException {
        for (String adsh : filings) {
            // Each filing's document is built on a checking thread, from what is taken here for it alone.
            FsdsSubmission submission = index.submission(adsh);
            List<FsdsPresentation> presented = index.presentations(adsh);
            List<FsdsValue> filingValues = values.take(adsh);
            index.forget(adsh);
            sink.part(piece -> {
                try {
                    piece.document(document(adsh, submission, presented, filingValues, new FsdsStatement(files, index, piece),
                            files.name(), piece));
                } catch (RuntimeException | StackOverflowError failure) {
                    piece.problem(InputProblem.part(Location.ofFragment(files.name(), adsh), "filing " + adsh
                            + " cannot be read: " + dev.crossfoot.model.Failure.describe(failure)));
                }
            });
        }
    }

    private static Document document(String adsh, FsdsSubmission known, List<FsdsPresentation> presented, List<FsdsValue> values,
                                     FsdsStatement statements, String name, DocumentSink sink) {
        FsdsSubmission submission = known;
        if (submission == null) {
            sink.problem(InputProblem.part(Location.ofFragment(name, adsh), "filing " + adsh
                    + " has statement lines in pre.txt but no line in sub.txt: its company, form and period are unknown"));
            submission = new FsdsSubmission(adsh, "", "", "", "", "");
        }
        Map<String, List<FsdsValue>> byConcept = new HashMap<>();
        for (FsdsValue value : values) {
            byConcept.computeIfAbsent(value.concept(), key -> new ArrayList<>()).add(value);
        }
        Map<Integer, List<FsdsPresentation>> reports = new TreeMap<>();
        for (FsdsPresentation line : presented) {
            reports.computeIfAbsent(line.report(), key -> new ArrayList<>()).add(line);
        }
        List<Table> own = new ArrayList<>();
        List<Table> apart = new ArrayList<>();
        for (Map.Entry<Integer, List<FsdsPresentation>> report : reports.entrySet()) {
            List<FsdsPresentation> lines = report.getValue();
            lines.sort(java.util.Comparator.comparingInt(FsdsPresentation::line));
            String stmt = lines.get(0).stmt();
            if (!FsdsStatement.isStatement(stmt)) {
                sink.skipped(new Skipped(adsh, "R" + report.getKey(), "pre.txt stmt " + stmt + ": "
                        + OTHER_REPORTS.getOrDefault(stmt, "not one of the statements crossfoot checks (BS, IS, CF, CI, EQ)")));
                continue;
            }
            FsdsStatement.Built built = statements.build(adsh, report.getKey(), lines, byConcept);
            own.add(built.statement());
            apart.addAll(built.apart());
            built.details().forEach(sink::skipped);
        }
        // The statements first: ties between them look for the nearest statement of a kind, which must be the entity's own.
        List<Table> tables = new ArrayList<>(own);
        tables.addAll(apart);
        return new Document(adsh, submission.name(), submission.form(), submission.describe(), name, tables);
    }
}
