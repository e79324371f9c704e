package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Skipped;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The hand-made Financial Statement Data Sets under {@code fixtures/fsds/<case>/data} (the 2009 layout with
 * tag.txt, the 2025 daily layout without it, data sets missing one of the files or holding lines that cannot be
 * read, equity statements, nil facts) must give exactly the findings and
 * skipped tables of {@code expected-findings.txt} — read as a folder and, zipped, as the SEC ships them.
 * Locations are written with the data set as {@code DATA}: {@code DATA/num.txt:13},
 * {@code DATA#<adsh>/R2/line-6/20090630-q0}.
 */
class FsdsFixturesTest {

    private static final Path CASES = Path.of("fixtures/fsds");

    @TempDir
    Path zips;

    @TestFactory
    Stream<DynamicTest> eachDataSetGivesItsFindings() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> folders = Files.list(CASES)) {
            for (Path folder : folders.sorted().toList()) {
                Path data = folder.resolve("data");
                tests.add(DynamicTest.dynamicTest(folder.getFileName() + " (folder)", () -> assertFindings(folder, data)));
                tests.add(DynamicTest.dynamicTest(folder.getFileName() + " (zip)", () -> assertFindings(folder, zip(data, folder))));
            }
        }
        return tests.stream();
    }

    private static void assertFindings(Path folder, Path data) throws Exception {
        String name = data.toString();
        Set<String> actual = new TreeSet<>();
        CheckRun run;
        try {
            run = Crossfoot.standard().check(List.of(data));
        } catch (Inputs.UnreadablePath unreadable) {
            actual.add("run-fails " + unreadable.getMessage().replace(name, "DATA"));
            assertEquals(expected(folder), actual);
            return;
        }
        for (Finding finding : run.findings()) {
            actual.add(finding.severity().label() + " " + finding.rule() + " " + finding.primaryLocation().toString().replace(name, "DATA"));
        }
        for (Skipped skipped : run.skipped()) {
            actual.add("skipped " + skipped.document() + " " + skipped.table());
        }
        assertEquals(expected(folder), actual, () -> "findings of " + data + ":\n" + run.findings().stream()
                .map(finding -> finding.rule() + " " + finding.message()).collect(Collectors.joining("\n")));
    }

    private static Set<String> expected(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("expected-findings.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * In a folder of inputs, a data set missing num.txt is one finding and the other data sets are still
     * checked; a folder holding the four files is one input, not four text files.
     */
    @Test
    void aDataSetMissingAFileIsOneFindingAmongTheOthers() throws Exception {
        Path inputs = Files.createDirectories(zips.resolve("inputs"));
        zip(CASES.resolve("missing-num/data"), inputs.resolve("missing-num"));
        Path unpacked = Files.createDirectories(inputs.resolve("2025-unpacked"));
        try (Stream<Path> files = Files.list(CASES.resolve("layout-2025/data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, unpacked.resolve(file.getFileName()));
            }
        }
        CheckRun run = Crossfoot.standard().check(List.of(inputs));
        List<String> findings = run.findings().stream().map(finding -> finding.rule() + " " + finding.message()).toList();
        assertEquals(List.of("INPUT.unreadable-rows " + unpacked + "/pre.txt:10: line 9 of report R4 of 0000000003-25-000003 "
                        + "('Income taxes paid', IncomeTaxesPaidNet) has no value in num.txt; its cells are not given (unknown, not zero)",
                "INPUT.unreadable-document " + inputs.resolve("missing-num.zip")
                        + ": num.txt is missing: a Financial Statement Data Set needs sub.txt, pre.txt and num.txt; nothing that needs it can be read"),
                findings);
        assertEquals(List.of("0000000003-25-000003"), run.documents().stream().map(dev.crossfoot.model.Document::id).toList());
    }

    private Path zip(Path data, Path folder) throws IOException {
        Path zip = folder.isAbsolute() ? folder.resolveSibling(folder.getFileName() + ".zip") : zips.resolve(folder.getFileName() + ".zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
             Stream<Path> files = Files.list(data)) {
            for (Path file : files.sorted().toList()) {
                entries.putNextEntry(new ZipEntry(file.getFileName().toString()));
                Files.copy(file, entries);
                entries.closeEntry();
            }
        }
        return zip;
    }
}
