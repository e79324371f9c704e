package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The face statements of every 10-K and 10-Q, found by their inline XBRL tags rather than by our own
 * recognition: the balance sheet is the table tagging Assets and LiabilitiesAndStockholdersEquity, the
 * income statement the one tagging earnings per share and income tax, the cash-flow statement the one
 * tagging cash from operating activities (the one with most facts, where several do). Each must be recognised as its
 * kind, have a dated period on every column, and, the filings being consistent, carry no error finding.
 */
class FaceStatementsTest {

    private static final Path CORPUS = Path.of("/work/shared/corpus/html-10k-10q");
    /**
     * Each part of a statement is found by the tags it must carry; a balance sheet split over two tables
     * (IBM) has two parts. Assets need cash or current assets beside them, which keeps out segment notes;
     * the income statement needs a tax line too, which keeps out the EPS note.
     */
    private static final Map<StatementKind, List<Predicate<Set<String>>>> PARTS = Map.of(
            StatementKind.BALANCE_SHEET, List.of(names -> names.contains("us-gaap:Assets") && (names.contains("us-gaap:AssetsCurrent")
                            || names.contains("us-gaap:CashAndCashEquivalentsAtCarryingValue")
                            || names.contains("us-gaap:LiabilitiesAndStockholdersEquity")),
                    names -> names.contains("us-gaap:LiabilitiesAndStockholdersEquity")),
            StatementKind.INCOME, List.of(names -> names.stream().anyMatch(n -> n.startsWith("us-gaap:EarningsPerShare"))
                    && names.stream().anyMatch(n -> n.startsWith("us-gaap:IncomeTax"))),
            StatementKind.CASH_FLOW, List.of(names -> names.contains("us-gaap:NetCashProvidedByUsedInOperatingActivities")
                    || names.contains("us-gaap:NetCashProvidedByUsedInOperatingActivitiesContinuingOperations")));

    /** One face statement: where it is, what we made of it, and what we found wrong with it. */
    record Face(String filing, StatementKind expected, String table, StatementKind recognised, boolean dated,
                List<String> errors) { }

    private static final List<Face> FACES = new ArrayList<>();

    @BeforeAll
    static void findFaces() throws Exception {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
        Crossfoot crossfoot = Crossfoot.standard();
        for (Path file : files) {
            List<Map.Entry<StatementKind, String>> faces = facesByTags(file);
            CheckRun run = crossfoot.check(List.of(file));
            for (var face : faces) {
                StatementTable statement = run.statements().stream().filter(s -> s.id().equals(face.getValue()))
                        .findFirst().orElse(null);
                List<String> errors = run.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR && face.getValue().equals(f.table()))
                        .map(f -> "[" + f.rule() + "] " + f.message().replace('\n', ' ')).toList();
                boolean dated = statement != null && statement.periods().stream()
                        .limit(statement.table().columns().size()).allMatch(p -> p != null && p.end() != null);
                FACES.add(new Face(CORPUS.relativize(file).toString(), face.getKey(), face.getValue(),
                        statement == null ? null : statement.kind(), dated, errors));
            }
        }
    }

    private static List<Map.Entry<StatementKind, String>> facesByTags(Path file) throws IOException {
        String html = Decoding.text(new GZIPInputStream(Files.newInputStream(file)).readAllBytes());
        List<HtmlReader.Found> tables = HtmlReader.tablesWithContext(Jsoup.parse(html));
        List<Set<String>> names = new ArrayList<>();
        List<Integer> facts = new ArrayList<>();
        for (HtmlReader.Found table : tables) {
            Set<String> tagged = new HashSet<>();
            int count = 0;
            for (Element fact : table.element().select("ix|nonFraction")) {
                tagged.add(fact.attr("name"));
                count++;
            }
            names.add(tagged);
            facts.add(count);
        }
        List<Map.Entry<StatementKind, String>> faces = new ArrayList<>();
        for (StatementKind kind : List.of(StatementKind.BALANCE_SHEET, StatementKind.INCOME, StatementKind.CASH_FLOW)) {
            Set<Integer> chosen = new java.util.TreeSet<>();
            for (Predicate<Set<String>> part : PARTS.get(kind)) {
                int best = -1;
                for (int n = 0; n < tables.size(); n++) {
                    if (part.test(names.get(n)) && (best < 0 || facts.get(n) > facts.get(best))) {
                        best = n;
                    }
                }
                if (best >= 0) {
                    chosen.add(best);
                }
            }
            chosen.forEach(n -> faces.add(Map.entry(kind, "table-" + (n + 1))));
        }
        return faces;
    }

    @Test
    void faceStatementsAreRecognisedDatedAndFreeOfFalseErrors() throws IOException {
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Face face : FACES) {
            report.append(String.format("%-45s %-14s %-9s %-14s dated=%-5s errors=%d%n", face.filing(), face.expected(),
                    face.table(), face.recognised(), face.dated(), face.errors().size()));
            face.errors().forEach(e -> report.append("    ").append(e).append('\n'));
            if (face.recognised() != face.expected()) {
                problems.add(face.filing() + " " + face.table() + ": read as " + face.recognised() + ", tagged as " + face.expected());
            }
            if (!face.dated()) {
                problems.add(face.filing() + " " + face.table() + " (" + face.expected() + "): a column without a dated period");
            }
            face.errors().forEach(e -> problems.add(face.filing() + " " + face.table() + ": " + e));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/face-statements.txt"), report);
        assertEquals(List.of(), problems, report.toString());
    }
}
