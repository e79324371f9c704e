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

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The face statements of every 10-K and 10-Q, found by their inline XBRL tags rather than by our own
 * recognition: the balance sheet is the table tagging Assets and LiabilitiesAndStockholdersEquity, the
 * income statement the one tagging earnings per share and income tax, the cash-flow statement the one
 * tagging cash from operating activities (the one with most facts, where several do). Each must be recognised as its
 * kind, have a dated period on every column, and, the filings being consistent, carry no error finding.
 */
class FaceStatementsTest {

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
                List<String> errors, AnswerKey key) { }

    /** The face's XBRL facts: how many, how many land in a cell read, agree in value, and sit in a column of their period's end. */
    record AnswerKey(int facts, int located, int values, int periods, List<String> disagreements) { }

    private static final List<Face> FACES = new ArrayList<>();

    @BeforeAll
    static void findFaces() throws Exception {
        List<Path> files = CorpusFilings.all();
        Crossfoot crossfoot = Crossfoot.standard();
        for (Path file : files) {
            org.jsoup.nodes.Document html = Jsoup.parse(CorpusFilings.html(file));
            List<HtmlReader.Found> tables = HtmlReader.tablesWithContext(html);
            Map<String, java.time.LocalDate> contextEnds = contextEnds(html);
            List<Map.Entry<StatementKind, Integer>> faces = facesByTags(tables);
            CheckRun run = crossfoot.check(List.of(file));
            for (var face : faces) {
                String id = "table-" + (face.getValue() + 1);
                // A table continued from the one before it is read as part of that one: found by its cells' locations.
                StatementTable statement = run.statements().stream().filter(s -> s.id().equals(id) || holdsCellsOf(s, id))
                        .findFirst().orElse(null);
                String readAs = statement == null ? id : statement.id();
                List<String> errors = run.findings().stream()
                        .filter(f -> f.severity() == Severity.ERROR && readAs.equals(f.table()))
                        .map(f -> "[" + f.rule() + "] " + f.message().replace('\n', ' ')).toList();
                boolean dated = statement != null && statement.periods().stream()
                        .limit(statement.table().columns().size()).allMatch(p -> p != null && p.end() != null);
                AnswerKey key = answerKey(tables.get(face.getValue()).element(), id, statement, contextEnds);
                FACES.add(new Face(CorpusFilings.name(file), face.getKey(), id,
                        statement == null ? null : statement.kind(), dated, errors, key));
            }
        }
    }

    private static boolean holdsCellsOf(StatementTable statement, String id) {
        return statement.table().rows().stream().flatMap(row -> row.cells().stream())
                .anyMatch(cell -> cell.location() != null && cell.location().fragment() != null
                        && cell.location().fragment().startsWith(id + "/"));
    }

    /** The end date of each XBRL context: its instant, or the end of its duration. */
    private static Map<String, java.time.LocalDate> contextEnds(org.jsoup.nodes.Document html) {
        Map<String, java.time.LocalDate> ends = new java.util.HashMap<>();
        for (Element context : html.select("xbrli|context")) {
            Element end = context.selectFirst("xbrli|instant, xbrli|enddate");
            if (end != null) {
                ends.put(context.attr("id"), java.time.LocalDate.parse(end.text().strip()));
            }
        }
        return ends;
    }

    private static final dev.crossfoot.understand.NumberParser NUMBERS = new dev.crossfoot.understand.NumberParser();

    private static AnswerKey answerKey(Element table, String id, StatementTable statement, Map<String, java.time.LocalDate> contextEnds)
            throws HtmlGrid.TooWide {
        Map<String, int[]> cells = new java.util.HashMap<>();
        if (statement != null) {
            for (int r = 0; r < statement.table().rows().size(); r++) {
                var row = statement.table().rows().get(r);
                for (int c = 0; c < row.cells().size(); c++) {
                    cells.put(row.cells().get(c).location().fragment(), new int[] {r, c});
                }
            }
        }
        int facts = 0;
        int located = 0;
        int values = 0;
        int periods = 0;
        List<String> disagreements = new ArrayList<>();
        for (List<HtmlGrid.Slot> row : HtmlGrid.of(table, 2000)) {
            for (HtmlGrid.Slot slot : row) {
                for (Element fact : slot.element().select("ix|nonFraction")) {
                    if (!fact.text().matches("[\\d,.]+")) {
                        continue;
                    }
                    facts++;
                    int[] at = cells.get(id + "/row-" + slot.row() + "/col-" + (slot.last() + 1));
                    if (at == null) {
                        if (!inALabel(statement, fact)) {
                            disagreements.add(fact.attr("name") + " " + fact.text() + " not in a cell read");
                        } else {
                            facts--;
                        }
                        continue;
                    }
                    located++;
                    String text = statement.table().rows().get(at[0]).cells().get(at[1]).text();
                    if (NUMBERS.parse(text) instanceof dev.crossfoot.model.CellValue.Number number
                            && number.value().abs().compareTo(new java.math.BigDecimal(fact.text().replace(",", ""))) == 0) {
                        values++;
                    } else {
                        disagreements.add(fact.attr("name") + ": read '" + text + "', tagged " + fact.text());
                    }
                    var period = statement.period(at[1]);
                    java.time.LocalDate tagged = contextEnds.get(fact.attr("contextRef"));
                    if (period != null && period.end() != null && (period.end().equals(tagged) || startsOn(period, tagged))) {
                        periods++;
                    } else {
                        disagreements.add(fact.attr("name") + " in column '" + statement.table().column(at[1]) + "' read as "
                                + period + ", tagged for " + tagged);
                    }
                }
            }
        }
        return new AnswerKey(facts, located, values, periods, disagreements);
    }

    private static List<Map.Entry<StatementKind, Integer>> facesByTags(List<HtmlReader.Found> tables) {
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
        List<Map.Entry<StatementKind, Integer>> faces = new ArrayList<>();
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
            chosen.forEach(n -> faces.add(Map.entry(kind, n)));
        }
        return faces;
    }

    /**
     * "Common stock, $0.01 par value; 4,000,000,000 shares authorized", "Shares issued: 2024 - 2,279,164,313":
     * a fact inside a row's words is no amount of a column.
     */
    private static boolean inALabel(StatementTable statement, Element fact) {
        return statement != null && statement.table().rows().stream().anyMatch(row -> row.label().contains(fact.text())
                || row.cells().stream().anyMatch(cell -> cell.text().contains(fact.text())
                        && !(NUMBERS.parse(cell.text()) instanceof dev.crossfoot.model.CellValue.Number)));
    }

    /** A beginning balance in a flow column is tagged at the instant the column's period starts (a 52/53-week year: within a week). */
    private static boolean startsOn(dev.crossfoot.model.Period period, java.time.LocalDate tagged) {
        return tagged != null && !period.instant() && period.months() > 0
                && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(period.end().minusMonths(period.months()), tagged)) <= 7;
    }

    @Test
    void faceStatementsAreRecognisedDatedAgreeWithTheirXbrlFactsAndCarryNoFalseErrors() throws IOException {
        List<String> problems = new ArrayList<>();
        StringBuilder report = new StringBuilder();
        for (Face face : FACES) {
            AnswerKey key = face.key();
            report.append(String.format("%-45s %-14s %-9s %-14s dated=%-5s errors=%d facts=%d located=%d values=%d periods=%d%n",
                    face.filing(), face.expected(), face.table(), face.recognised(), face.dated(), face.errors().size(),
                    key.facts(), key.located(), key.values(), key.periods()));
            key.disagreements().stream().limit(5).forEach(d -> report.append("    xbrl: ").append(d).append('\n'));
            face.errors().forEach(e -> report.append("    ").append(e).append('\n'));
            if (face.recognised() != face.expected()) {
                problems.add(face.filing() + " " + face.table() + ": read as " + face.recognised() + ", tagged as " + face.expected());
            }
            if (!face.dated()) {
                problems.add(face.filing() + " " + face.table() + " (" + face.expected() + "): a column without a dated period");
            }
            face.errors().forEach(e -> problems.add(face.filing() + " " + face.table() + ": " + e));
            key.disagreements().forEach(d -> problems.add(face.filing() + " " + face.table() + ": " + d));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/face-statements.txt"), report);
        assertEquals(List.of(), problems, report.toString());
    }
}
