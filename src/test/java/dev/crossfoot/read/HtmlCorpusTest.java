package dev.crossfoot.read;

import dev.crossfoot.check.Checker;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.NumberParser;
import dev.crossfoot.understand.Units;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every 10-K and 10-Q of the corpus, read once: its primary statements must be found with periods,
 * and the numbers read must agree with the inline XBRL facts tagged in the same cells.
 */
class HtmlCorpusTest {

    private static final NumberParser NUMBERS = new NumberParser();
    private static final List<Filing> FILINGS = new ArrayList<>();

    /** One filing as read, understood, and its XBRL answer key compared. */
    record Filing(String name, List<StatementTable> statements, java.util.Set<String> concepts, int facts, int located,
                  int valuesAgree, int signsAgree, int moneyFacts, int scalesAgree, List<String> disagreements) { }

    @BeforeAll
    static void readCorpus() throws IOException {
        List<Path> files = CorpusFilings.all();
        Inputs inputs = Inputs.standard();
        Checker checker = new Checker(RuleBook.builtIn());
        for (Path file : files) {
            ReadResult read = inputs.readFile(file, file.toString(), false);
            Document document = read.documents().get(0);
            List<StatementTable> statements = checker.check(document).statements();
            FILINGS.add(compare(file, document, statements));
        }
    }

    private static Filing compare(Path file, Document document, List<StatementTable> statements) throws IOException {
        Map<String, Cell> cells = new HashMap<>();
        Map<String, Table> tableOf = new HashMap<>();
        for (Table table : document.tables()) {
            for (Row row : table.rows()) {
                for (Cell cell : row.cells()) {
                    cells.put(cell.location().fragment(), cell);
                    tableOf.put(cell.location().fragment(), table);
                }
            }
        }
        String html = CorpusFilings.html(file);
        List<HtmlReader.Found> tables = HtmlReader.tablesWithContext(Jsoup.parse(html));
        int facts = 0;
        int located = 0;
        int agree = 0;
        int signs = 0;
        java.util.Set<String> concepts = new java.util.HashSet<>();
        int money = 0;
        int scales = 0;
        List<String> disagreements = new ArrayList<>();
        for (int n = 0; n < tables.size(); n++) {
            Element table = tables.get(n).element();
            List<List<HtmlGrid.Slot>> grid;
            try {
                grid = HtmlGrid.of(table, 2000);
            } catch (HtmlGrid.TooWide wide) {
                continue;
            }
            for (List<HtmlGrid.Slot> row : grid) {
                for (HtmlGrid.Slot slot : row) {
                    for (Element fact : slot.element().select("ix|nonFraction")) {
                        if (fact.text().isBlank() || !fact.text().matches("[\\d,.]+")) {
                            continue;
                        }
                        facts++;
                        concepts.add(fact.attr("name"));
                        String where = "table-" + (n + 1) + "/row-" + slot.row() + "/col-" + (slot.last() + 1);
                        Cell cell = cells.get(where);
                        if (cell == null) {
                            continue;
                        }
                        located++;
                        BigDecimal expected = new BigDecimal(fact.text().replace(",", ""));
                        boolean negative = "-".equals(fact.attr("sign"));
                        if (NUMBERS.parse(cell.text()) instanceof CellValue.Number number && number.value().abs().compareTo(expected) == 0) {
                            agree++;
                            if ((number.value().signum() < 0) == negative) {
                                signs++;
                            }
                        } else if (disagreements.size() < 5) {
                            disagreements.add(where + ": read '" + cell.text() + "', tagged " + (negative ? "-" : "") + expected);
                        }
                        String unitRef = fact.attr("unitRef").toLowerCase(java.util.Locale.ROOT);
                        if (unitRef.equals("usd") && !fact.attr("scale").isEmpty()) {
                            money++;
                            BigDecimal scale = BigDecimal.TEN.pow(Integer.parseInt(fact.attr("scale").strip()));
                            if (Units.parse(tableOf.get(where).unit()).moneyScale().compareTo(scale) == 0) {
                                scales++;
                            }
                        }
                    }
                }
            }
        }
        return new Filing(CorpusFilings.name(file), statements, concepts, facts, located, agree, signs, money, scales,
                disagreements);
    }

    /**
     * A filing whose tables tag us-gaap:Assets holds a balance sheet (the IBM and Wells Fargo 10-Ks
     * file their statements in an exhibit, and tag none), and so on for the other statements.
     */
    @Test
    void everyFilingHasThePrimaryStatementsItsXbrlTagsAndTheirColumnsHavePeriods() throws IOException {
        Map<StatementKind, List<String>> keys = Map.of(
                StatementKind.BALANCE_SHEET, List.of("us-gaap:Assets", "us-gaap:LiabilitiesAndStockholdersEquity"),
                StatementKind.INCOME, List.of("us-gaap:EarningsPerShareBasic", "us-gaap:EarningsPerShareDiluted"),
                StatementKind.CASH_FLOW, List.of("us-gaap:NetCashProvidedByUsedInOperatingActivities"));
        List<String> missing = new ArrayList<>();
        int statements = 0;
        int dated = 0;
        for (Filing filing : FILINGS) {
            for (var entry : keys.entrySet()) {
                if (entry.getValue().stream().noneMatch(filing.concepts()::contains)) {
                    continue;
                }
                List<StatementTable> found = filing.statements().stream().filter(s -> s.kind() == entry.getKey()).toList();
                if (found.isEmpty()) {
                    missing.add(filing.name() + ": " + entry.getKey().label());
                }
                for (StatementTable table : found) {
                    statements++;
                    if (table.periods().stream().limit(table.table().columns().size()).allMatch(p -> p != null && p.end() != null)) {
                        dated++;
                    }
                }
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/statement-periods.txt"), String.format(
                "primary statement tables: %d, every column with a dated period: %d (%.1f%%); missing: %s%n",
                statements, dated, 100.0 * dated / statements, missing));
        assertTrue(FILINGS.size() >= 30, "corpus of " + FILINGS.size());
        assertEquals(List.of(), missing);
        assertTrue(dated * 100L >= statements * 79L, dated + " of " + statements + " primary statement tables have dated periods");
    }

    @Test
    void numbersReadAgreeWithTheInlineXbrlFacts() throws IOException {
        int facts = FILINGS.stream().mapToInt(Filing::facts).sum();
        int located = FILINGS.stream().mapToInt(Filing::located).sum();
        int agree = FILINGS.stream().mapToInt(Filing::valuesAgree).sum();
        int signs = FILINGS.stream().mapToInt(Filing::signsAgree).sum();
        int money = FILINGS.stream().mapToInt(Filing::moneyFacts).sum();
        int scales = FILINGS.stream().mapToInt(Filing::scalesAgree).sum();
        StringBuilder report = new StringBuilder();
        report.append(String.format("XBRL facts in tables: %d; located in a cell read: %d (%.2f%%); value agrees: %d (%.2f%% of located);"
                        + " displayed sign equals the fact's sign: %d (%.2f%%, presentation may negate a fact);"
                        + " monetary facts whose table unit gives the tagged scale: %d of %d (%.2f%%)%n",
                facts, located, 100.0 * located / facts, agree, 100.0 * agree / located, signs, 100.0 * signs / agree,
                scales, money, 100.0 * scales / money));
        for (Filing filing : FILINGS) {
            report.append(String.format("%-45s facts %5d located %5d agree %5d scale %5d/%5d %s%n", filing.name(), filing.facts(),
                    filing.located(), filing.valuesAgree(), filing.scalesAgree(), filing.moneyFacts(), filing.disagreements()));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/xbrl-agreement.txt"), report);
        assertTrue(located * 100L >= facts * 96L, report.toString());
        assertTrue(agree * 1000L >= located * 995L, report.toString());
        assertTrue(scales * 100L >= money * 80L, report.toString());
    }
}
