package dev.crossfoot.read;

import dev.crossfoot.SharedData;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The corpus quarters (and the 2025 daily zip) read whole: one document per filing of sub.txt, and every
 * statement report of pre.txt accounted for — a table of its document or a skipped entry with a reason —
 * counted against a plain scan of the zip's own pre.txt. Reading only (checking a quarter takes a minute:
 * BENCHMARKS.md); the counts go to {@code target/fsds-corpus.txt}.
 */
class FsdsCorpusTest {

    @ParameterizedTest
    @ValueSource(strings = {"zip/2009q3.zip", "zip/2010q2.zip", "dailyzip/2025q3/20250701.zip"})
    void everyStatementReportIsATableOrSkippedWithItsReason(String quarter) throws Exception {
        Path zip = SharedData.require("corpus/secfsds/tests/_testdata/" + quarter);
        Tally tally = new Tally();
        Inputs.standard().stream(List.of(zip), tally);

        Set<String> reports = new TreeSet<>();
        int filings = 0;
        try (ZipFile files = new ZipFile(zip.toFile())) {
            filings = lines(files, "sub.txt").size() - 1;
            List<String> pre = lines(files, "pre.txt");
            List<String> header = List.of(pre.get(0).split("\t"));
            for (String line : pre.subList(1, pre.size())) {
                String[] fields = line.split("\t", -1);
                reports.add(fields[header.indexOf("adsh")] + " R" + fields[header.indexOf("report")]);
            }
        }
        Set<String> accounted = new TreeSet<>();
        tally.statementTables.forEach(accounted::add);
        for (Skipped skipped : tally.skipped) {
            assertTrue(!skipped.reason().isBlank(), () -> "no reason for " + skipped);
            // A part of a report skipped ("R4 [members]", "R4 [other periods]") does not account for the report.
            if (!skipped.table().contains("[")) {
                accounted.add(skipped.document() + " " + skipped.table());
            }
        }
        assertEquals(reports, accounted, "every report of pre.txt is a table or skipped");
        assertEquals(filings, tally.documents, "one document per filing of sub.txt");
        assertTrue(tally.problems.stream().noneMatch(InputProblem::wholeDocument), () -> "unreadable: " + tally.problems);

        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/fsds-corpus.txt"), String.format("%s: %d documents, %d tables (%d statements, %d "
                        + "kept apart), %d values, %d reports skipped, %d input problems%n", quarter, tally.documents, tally.tables,
                        tally.statementTables.size(), tally.tables - tally.statementTables.size(), tally.values, tally.skipped.size(),
                        tally.problems.size()), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    private static List<String> lines(ZipFile files, String name) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(files.getInputStream(files.getEntry(name)), StandardCharsets.UTF_8))) {
            return in.lines().map(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line)
                    .filter(line -> !line.isBlank()).toList();
        }
    }

    /** Counts what a data set gave, keeping no document. */
    private static final class Tally implements DocumentSink {
        final List<String> statementTables = new ArrayList<>();
        final List<Skipped> skipped = new ArrayList<>();
        final List<InputProblem> problems = new ArrayList<>();
        int documents;
        int tables;
        long values;

        @Override
        public void document(Document document) {
            documents++;
            for (Table table : document.tables()) {
                tables++;
                if (!table.id().contains("[")) {
                    statementTables.add(document.id() + " " + table.id());
                }
                for (Row row : table.rows()) {
                    values += row.cells().stream().filter(cell -> !cell.text().isBlank()).count();
                }
            }
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }

        @Override
        public void skipped(Skipped table) {
            skipped.add(table);
        }
    }
}
