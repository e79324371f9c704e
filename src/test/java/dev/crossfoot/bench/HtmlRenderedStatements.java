package dev.crossfoot.bench;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.SharedData;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import dev.crossfoot.read.HtmlReader;
import dev.crossfoot.read.InputProblem;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.ReadResult;
import dev.crossfoot.understand.NumberParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The SEC data sets printed as HTML filings and read back, run on demand (a few minutes):
 * <pre>mvn -q -B -o test -Dtest=HtmlRenderedStatements -Dcrossfoot.bench.htmlrendered=true</pre>
 * Every filing of both quarters is printed as an EDGAR-style HTML document ({@link StatementHtml}, a style per
 * document from the seed), read with {@link HtmlReader}, and checked; the same filing without the data set's
 * hints ({@link UnhintedEvaluation#withoutHints}) is checked as its JSON would be. The two runs see the same
 * labels and numbers; what differs is how the HTML is read: header rows and periods, {@code $} and {@code %}
 * cells, split parentheses, dashes, unit captions, titles, tables continued over a page break.
 *
 * <p>Counted per half of {@link HeldOutSplit}: statements, checks evaluated and error findings of each run; the
 * error findings one run has and the other has not (per document and rule), by rule; and, per table (the
 * HTML's tables matched to the data set's in order), the first thing the reading gives otherwise: the number of
 * tables, of columns or of rows with amounts, a label, a value, the unit's scale, a column's period, the
 * statement's kind. A cell the data set does not give is printed blank (a filing cannot say "unknown"): its
 * effect is counted apart, by checking the JSON once more with those cells blank. The tuning half's differences
 * are listed in {@code target/htmlrendered-tuning.txt}; the evaluation half is counted, never listed. Writes
 * {@code target/htmlrendered-evaluation.md}.
 */
public class HtmlRenderedStatements {

    private static final NumberParser NUMBERS = new NumberParser();
    /** The tuning half's documents some table of which is read otherwise. */
    private static final java.util.Set<String> PAGES_TO_KEEP = new java.util.HashSet<>();

    @Test
    @EnabledIfSystemProperty(named = "crossfoot.bench.htmlrendered", matches = "true")
    void measure() throws Exception {
        System.out.println(evaluate(Path.of("target")));
    }

    static String evaluate(Path out) throws Exception {
        Crossfoot crossfoot = Crossfoot.standard();
        StringBuilder table = new StringBuilder("| source | half | statements | checks: JSON unhinted | unknown as blank | as printed | HTML "
                + "| errors: JSON unhinted | unknown as blank | as printed | HTML | printing adds, against blank (by rule) "
                + "| printing loses | HTML adds, against printed (by rule) | HTML loses, against printed (by rule) "
                + "| tables read otherwise |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|---|---|---|\n");
        StringBuilder tuning = new StringBuilder();
        Map<HeldOutSplit.Half, Tally> total = new EnumMap<>(HeldOutSplit.Half.class);
        List<Document> tuningPages = new ArrayList<>();
        PAGES_TO_KEEP.clear();
        for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
            total.put(half, new Tally());
        }
        for (CorpusSource source : UnhintedEvaluation.DATA_SETS) {
            Path zip = SharedData.path(source.path());
            if (!Files.exists(zip)) {
                table.append("| ").append(source.name()).append(" | not here | | | | | | | | | | | | | | |\n");
                continue;
            }
            ReadResult hinted = Inputs.standard().readFile(zip, zip.toString(), false);
            Map<String, HeldOutSplit.Half> halves = new HashMap<>();
            for (Document document : hinted.documents()) {
                halves.put(document.id(), HeldOutSplit.of(source.company().of(zip.getFileName().toString(), document.id(),
                        document.entity())));
            }
            List<Document> unhinted = hinted.documents().stream().map(UnhintedEvaluation::withoutHints).toList();
            List<Document> blank = unhinted.stream().map(HtmlRenderedStatements::unknownAsBlank).toList();
            List<Document> printed = hinted.documents().stream().map(StatementHtml::printed).toList();
            List<Document> html = new ArrayList<>();
            List<InputProblem> htmlProblems = new ArrayList<>();
            Map<String, StatementHtml.Style> styles = new HashMap<>();
            for (Document document : hinted.documents()) {
                if (halves.get(document.id()) == HeldOutSplit.Half.TUNING) {
                    tuningPages.add(document);
                }
                styles.put(document.id(), StatementHtml.styleOf(document.id()));
                html.add(readBack(document, htmlProblems));
            }
            CheckRun json = crossfoot.check(List.of(zip.toString()), new ReadResult(unhinted, hinted.problems(), hinted.skipped()));
            CheckRun blanked = crossfoot.check(List.of(zip.toString()), new ReadResult(blank, hinted.problems(), hinted.skipped()));
            CheckRun asPrinted = crossfoot.check(List.of(zip.toString()), new ReadResult(printed, hinted.problems(), hinted.skipped()));
            CheckRun read = crossfoot.check(List.of(zip.toString()), new ReadResult(html, htmlProblems, List.of()));
            Map<HeldOutSplit.Half, Tally> tallies = new EnumMap<>(HeldOutSplit.Half.class);
            for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
                tallies.put(half, new Tally());
            }
            for (Document document : unhinted) {
                tallies.get(halves.get(document.id())).statements += document.tables().size();
            }
            count(json, halves, tallies, 0);
            count(blanked, halves, tallies, 1);
            count(asPrinted, halves, tallies, 2);
            count(read, halves, tallies, 3);
            compareFindings(source.name(), "printing", blanked, asPrinted, halves, tallies, tuning, styles);
            compareFindings(source.name(), "HTML", asPrinted, read, halves, tallies, tuning, styles);
            compareReadings(source.name(), printed, html, asPrinted, read, halves, tallies, tuning, styles);
            for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
                Tally t = tallies.get(half);
                row(table, source.name(), half.label(), t);
                total.get(half).add(t);
            }
        }
        for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
            row(table, "both quarters", half.label(), total.get(half));
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve("htmlrendered-tuning.txt"), tuning.toString());
        // The tuning half's pages read otherwise, to read them again by hand; the evaluation half's are never written.
        Path pages = out.resolve("htmlrendered-pages");
        Files.createDirectories(pages);
        for (Document document : tuningPages) {
            if (PAGES_TO_KEEP.contains(document.id())) {
                Files.writeString(pages.resolve(document.id() + ".htm"), StatementHtml.render(document));
            }
        }
        String text = "FSDS statements printed as HTML filings and read back (styles "
                + String.join(", ", java.util.Arrays.stream(StatementHtml.Style.values()).map(Enum::name).toList())
                + " by document), against the same statements without hints as JSON; split seed " + HeldOutSplit.SEED + "\n\n"
                + table;
        Files.writeString(out.resolve("htmlrendered-evaluation.md"), text);
        return text;
    }

    private static void row(StringBuilder table, String source, String half, Tally t) {
        table.append("| ").append(source).append(" | ").append(half).append(" | ").append(t.statements).append(" | ")
                .append(t.checks[0]).append(" | ").append(t.checks[1]).append(" | ").append(t.checks[2]).append(" | ").append(t.checks[3]).append(" | ")
                .append(t.errors[0]).append(" | ").append(t.errors[1]).append(" | ").append(t.errors[2]).append(" | ").append(t.errors[3]).append(" | ")
                .append(listed(t.added.get("printing"))).append(" | ").append(listed(t.lost.get("printing"))).append(" | ")
                .append(listed(t.added.get("HTML"))).append(" | ").append(listed(t.lost.get("HTML"))).append(" | ")
                .append(t.readOtherwise.values().stream().mapToInt(Integer::intValue).sum())
                .append(t.readOtherwise.isEmpty() ? "" : " (" + listed(t.readOtherwise) + ")").append(" |\n");
    }

    private static String listed(Map<String, Integer> counts) {
        return counts == null || counts.isEmpty() ? "—" : counts.toString().replaceAll("[{}]", "");
    }

    /** The filing printed as HTML and read back by the HTML reader, under the filing's own id, company and form. */
    static Document readBack(Document document, List<InputProblem> problems) {
        return readBack(document, problems, StatementHtml.render(document));
    }

    /** The page read back as the filing's HTML. */
    static Document readBack(Document document, List<InputProblem> problems, String page) {
        String name = document.id() + ".htm";
        ReadResult read = new HtmlReader().read(Path.of(name), name, page.getBytes(StandardCharsets.UTF_8));
        problems.addAll(read.problems());
        List<Document> documents = read.documents();
        List<Table> tables = documents.isEmpty() ? List.of() : documents.get(0).tables();
        return new Document(document.id(), document.entity(), document.form(), name, name, tables,
                documents.isEmpty() ? List.of() : documents.get(0).paragraphs());
    }

    /** The document with every cell the data set does not give printed blank, as its HTML prints it. */
    static Document unknownAsBlank(Document document) {
        List<Table> tables = new ArrayList<>();
        for (Table table : document.tables()) {
            List<Row> rows = new ArrayList<>();
            for (Row row : table.rows()) {
                List<Cell> cells = row.cells().stream().map(cell -> cell.notGiven() ? new Cell("", cell.location()) : cell).toList();
                rows.add(new Row(row.label(), row.depth(), row.concept(), cells, row.location(), row.totalOf(), row.measure()));
            }
            tables.add(new Table(table.id(), table.title(), table.unit(), table.statement(), table.columns(), rows, table.location()));
        }
        return new Document(document.id(), document.entity(), document.form(), document.source(), document.file(), tables,
                document.paragraphs());
    }

    private static void count(CheckRun run, Map<String, HeldOutSplit.Half> halves, Map<HeldOutSplit.Half, Tally> tallies, int which) {
        for (CheckOutcome outcome : run.outcomes()) {
            if (outcome.status() != CheckStatus.NOT_EVALUATED) {
                tallies.get(halves.get(outcome.document())).checks[which]++;
            }
        }
        for (Finding finding : run.findings()) {
            if (finding.severity() == Severity.ERROR) {
                tallies.get(halves.get(finding.document())).errors[which]++;
            }
        }
    }

    /** Error findings per document and rule that one run ({@code html}, by {@code what}) has beyond the other, both ways. */
    private static void compareFindings(String source, String what, CheckRun json, CheckRun html, Map<String, HeldOutSplit.Half> halves,
                                        Map<HeldOutSplit.Half, Tally> tallies, StringBuilder tuning,
                                        Map<String, StatementHtml.Style> styles) {
        Map<String, List<Finding>> fromJson = byDocumentAndRule(json);
        Map<String, List<Finding>> fromHtml = byDocumentAndRule(html);
        java.util.Set<String> keys = new java.util.TreeSet<>(fromJson.keySet());
        keys.addAll(fromHtml.keySet());
        for (String key : keys) {
            List<Finding> a = fromJson.getOrDefault(key, List.of());
            List<Finding> b = fromHtml.getOrDefault(key, List.of());
            String document = key.substring(0, key.indexOf('\t'));
            String rule = key.substring(key.indexOf('\t') + 1);
            HeldOutSplit.Half half = halves.get(document);
            if (b.size() > a.size()) {
                tallies.get(half).added.computeIfAbsent(what, w -> new TreeMap<>()).merge(rule, b.size() - a.size(), Integer::sum);
                if (half == HeldOutSplit.Half.TUNING) {
                    for (Finding finding : b.subList(a.size(), b.size())) {
                        tuning.append(source).append('\t').append(what).append(" adds\t").append(styles.get(document)).append('\t').append(document)
                                .append('\t').append(finding.table()).append('\t').append(rule).append('\t')
                                .append(finding.message().replaceAll("\\s+", " ")).append('\n');
                    }
                }
            } else if (a.size() > b.size()) {
                tallies.get(half).lost.computeIfAbsent(what, w -> new TreeMap<>()).merge(rule, a.size() - b.size(), Integer::sum);
                if (half == HeldOutSplit.Half.TUNING) {
                    for (Finding finding : a.subList(b.size(), a.size())) {
                        tuning.append(source).append('\t').append(what).append(" loses\t").append(styles.get(document)).append('\t').append(document)
                                .append('\t').append(finding.table()).append('\t').append(rule).append('\t')
                                .append(finding.message().replaceAll("\\s+", " ")).append('\n');
                    }
                }
            }
        }
    }

    private static Map<String, List<Finding>> byDocumentAndRule(CheckRun run) {
        Map<String, List<Finding>> grouped = new TreeMap<>();
        for (Finding finding : run.findings()) {
            if (finding.severity() == Severity.ERROR) {
                grouped.computeIfAbsent(finding.document() + "\t" + finding.rule(), key -> new ArrayList<>()).add(finding);
            }
        }
        return grouped;
    }

    /**
     * Per table, the first thing the HTML reading gives otherwise than the data set: the tables matched in order
     * (a document whose HTML gives another number of tables counts once, as "tables").
     */
    private static void compareReadings(String source, List<Document> given, List<Document> html, CheckRun json, CheckRun read,
                                        Map<String, HeldOutSplit.Half> halves, Map<HeldOutSplit.Half, Tally> tallies,
                                        StringBuilder tuning, Map<String, StatementHtml.Style> styles) {
        Map<String, StatementTable> understoodJson = new HashMap<>();
        json.statements().forEach(s -> understoodJson.put(s.document().id() + "#" + s.tableIndex(), s));
        Map<String, StatementTable> understoodHtml = new HashMap<>();
        read.statements().forEach(s -> understoodHtml.put(s.document().id() + "#" + s.tableIndex(), s));
        for (int d = 0; d < given.size(); d++) {
            Document all = given.get(d);
            // A table with no amount is not printed (a filing has no such table): it is matched to nothing.
            Document a = new Document(all.id(), all.entity(), all.form(), all.source(), all.file(),
                    all.tables().stream().filter(StatementHtml::printable).toList(), all.paragraphs());
            List<Integer> index = new ArrayList<>();
            for (int t = 0; t < all.tables().size(); t++) {
                if (StatementHtml.printable(all.tables().get(t))) {
                    index.add(t);
                }
            }
            Document b = html.get(d);
            HeldOutSplit.Half half = halves.get(a.id());
            if (a.tables().size() != b.tables().size()) {
                note(source, half, tallies, tuning, styles.get(a.id()), a.id(), "", "tables",
                        a.tables().size() + " tables read as " + b.tables().size() + ": " + a.tables().stream().map(Table::title).toList()
                                + " read as " + b.tables().stream().map(x -> x.title() + " (" + x.rows().size() + " rows)").toList());
                continue;
            }
            for (int t = 0; t < a.tables().size(); t++) {
                String difference = difference(a.tables().get(t), b.tables().get(t),
                        understoodJson.get(a.id() + "#" + index.get(t)), understoodHtml.get(a.id() + "#" + t));
                if (difference != null) {
                    int colon = difference.indexOf(':');
                    note(source, half, tallies, tuning, styles.get(a.id()), a.id(), a.tables().get(t).id(),
                            difference.substring(0, colon), difference.substring(colon + 1).strip());
                }
            }
        }
    }

    private static void note(String source, HeldOutSplit.Half half, Map<HeldOutSplit.Half, Tally> tallies, StringBuilder tuning,
                             StatementHtml.Style style, String document, String table, String what, String detail) {
        tallies.get(half).readOtherwise.merge(what, 1, Integer::sum);
        if (half == HeldOutSplit.Half.TUNING) {
            PAGES_TO_KEEP.add(document);
            tuning.append(source).append("\tread otherwise\t").append(style).append('\t').append(document).append('\t')
                    .append(table).append('\t').append(what).append('\t').append(detail.replaceAll("\\s+", " ")).append('\n');
        }
    }

    /** "what: detail" of the first difference between the data set's table and the one read from its HTML, or null. */
    static String difference(Table given, Table html, StatementTable understoodGiven, StatementTable understoodHtml) {
        if (given.width() != html.width()) {
            return "columns: " + given.width() + " columns " + given.columns() + " read as " + html.width() + " " + html.columns();
        }
        List<Row> a = given.rows().stream().filter(Row::hasCells).filter(HtmlRenderedStatements::anyText).toList();
        List<Row> b = html.rows().stream().filter(Row::hasCells).filter(HtmlRenderedStatements::anyText).toList();
        if (a.size() != b.size()) {
            return "rows: " + a.size() + " rows with amounts read as " + b.size();
        }
        for (int r = 0; r < a.size(); r++) {
            if (!a.get(r).label().replaceAll("[\\s\u00a0]+", " ").strip().equals(b.get(r).label().replaceAll("[\\s\u00a0]+", " ").strip())) {
                return "label: '" + a.get(r).label() + "' read as '" + b.get(r).label() + "'";
            }
            for (int c = 0; c < given.width(); c++) {
                CellValue x = NUMBERS.parse(a.get(r).cell(c).text());
                CellValue y = NUMBERS.parse(b.get(r).cell(c).text());
                if (!sameValue(x, y)) {
                    return "value: '" + a.get(r).label() + "' column " + (c + 1) + " '" + a.get(r).cell(c).text() + "' read as '"
                            + b.get(r).cell(c).text() + "'";
                }
            }
        }
        if (!Objects.equals(scale(given.unit()), scale(html.unit()))) {
            return "unit: '" + given.unit() + "' read as '" + html.unit() + "'";
        }
        if (understoodGiven != null && understoodHtml != null) {
            for (int c = 0; c < given.width(); c++) {
                Period p = understoodGiven.period(c);
                Period q = understoodHtml.period(c);
                if (p != null && !p.equals(q)) {
                    return "period: column " + (c + 1) + " '" + given.column(c) + "' (" + p + ") read as '" + html.column(c) + "' ("
                            + q + ")";
                }
            }
            if (understoodGiven.kind() != understoodHtml.kind()) {
                return "kind: " + understoodGiven.kind() + " read as " + understoodHtml.kind() + " (title '" + html.title() + "')";
            }
        }
        return null;
    }

    private static boolean anyText(Row row) {
        return row.cells().stream().anyMatch(cell -> !cell.text().isBlank());
    }

    private static boolean sameValue(CellValue x, CellValue y) {
        if (x instanceof CellValue.Number m && y instanceof CellValue.Number n) {
            return m.value().compareTo(n.value()) == 0 && m.percent() == n.percent();
        }
        return x.getClass() == y.getClass();
    }

    private static String scale(String unit) {
        java.util.regex.Matcher word = java.util.regex.Pattern.compile("\\b(thousands|millions|billions)\\b").matcher(unit.toLowerCase(java.util.Locale.ROOT));
        return word.find() ? word.group(1) : "";
    }

    private static final class Tally {
        int statements;
        final int[] checks = new int[4];
        final int[] errors = new int[4];
        /** Error findings added and lost, by what adds them ("printing": as printed against blank; "HTML": read against printed) and rule. */
        final Map<String, Map<String, Integer>> added = new TreeMap<>();
        final Map<String, Map<String, Integer>> lost = new TreeMap<>();
        final Map<String, Integer> readOtherwise = new TreeMap<>();

        void add(Tally other) {
            statements += other.statements;
            for (int i = 0; i < checks.length; i++) {
                checks[i] += other.checks[i];
                errors[i] += other.errors[i];
            }
            other.added.forEach((what, counts) -> counts.forEach((k, v) -> added.computeIfAbsent(what, key -> new TreeMap<>()).merge(k, v, Integer::sum)));
            other.lost.forEach((what, counts) -> counts.forEach((k, v) -> lost.computeIfAbsent(what, key -> new TreeMap<>()).merge(k, v, Integer::sum)));
            other.readOtherwise.forEach((k, v) -> readOtherwise.merge(k, v, Integer::sum));
        }
    }
}
