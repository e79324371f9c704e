package dev.crossfoot.report;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.RuleInfo;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Suggestion;
import dev.crossfoot.model.Table;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit report: one self-contained HTML page for a reviewer. A summary, an index of each
 * document's findings (those failing the gate first) linking to them, filters by severity,
 * document, statement kind and rule, then, document by document, each table with a finding as it
 * was read (rows indented by depth, every column) with
 * the reported cell of each finding flagged (class, colour and a tooltip) and the cells its check
 * used shaded; under the statement, each finding with the rule's sentence, the identity with its
 * numbers, expected / reported / difference / allowed rounding, the cells and any suggestion.
 * Tables without a finding are listed, folded, not rendered.
 *
 * <p>Every text from an input document is put into the page as a text node or an attribute value
 * through jsoup, which escapes it, never by string concatenation: a row label
 * {@code <script>…</script>} is shown, not run. As a second wall the page carries a
 * Content-Security-Policy that allows no network at all and only the one inline script and style
 * it ships, by their SHA-256 hashes. The page has no timestamp, so the same run gives the same
 * bytes.
 *
 * <p>The page is written as the run goes ({@link #streaming}): each document's markup as it
 * finishes, to temporary files, the summary that opens the page at the end. A whole run is written
 * as one part, in document-id order; a streamed run's documents come in reading order.
 */
public final class HtmlReport implements ReportWriter {

    private static final String STYLE = resource("audit-report.css");
    private static final String SCRIPT = resource("audit-report.js");
    private static final int DEEPEST_INDENT = 6;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public void write(CheckRun run, Gate gate, Writer out) throws IOException {
        // A whole run is the page's one part: indexed, numbered and marked over every document at once.
        try (StreamingReport page = streaming(out)) {
            page.start(run.inputs(), run.rules());
            page.part(run, gate);
            page.finish(run.summary(), gate);
        }
    }

    /** The same page written as the run goes: each document's sections as it finishes, the summary that opens the page last. */
    public StreamingReport streaming(Writer out) {
        return new Page(out);
    }

    /**
     * The page in the making. Each part's markup is rendered at once, in the place it will stand,
     * and spilled: its entries of the index and of the document filter, its statement sections,
     * its unreadable input, tied claims and skipped tables. What opens the page (the counts, the
     * gate, the statement kinds and rules to filter by) is counted or kept as short sets; at the end
     * the opening is written and each spilled list copied into its place. Anchors are numbered
     * across parts, in the order the findings arrive.
     */
    private static final class Page implements StreamingReport {
        private final Writer out;
        private List<String> inputs;
        private Map<String, RuleInfo> rules;
        private Spill index;
        private Spill documentOptions;
        private Spill statements;
        private Spill unreadable;
        private Spill claimRows;
        private Spill skippedItems;
        private int findingsNumbered;
        private int documentsIndexed;
        private int documentsWithout;
        private int unreadableCount;
        private int untiedClaims;
        private int tiedClaims;
        private int skippedCount;
        private final java.util.SortedSet<String> kinds = new java.util.TreeSet<>();
        private final java.util.SortedSet<String> rulesFound = new java.util.TreeSet<>();

        Page(Writer out) {
            this.out = out;
        }

        @Override
        public void start(List<String> inputs, List<RuleInfo> catalogue) throws IOException {
            this.inputs = inputs;
            rules = catalogue.stream()
                    .collect(Collectors.toMap(RuleInfo::id, rule -> rule, (first, second) -> first, HashMap::new));
            index = new Spill("html-index");
            documentOptions = new Spill("html-documents");
            statements = new Spill("html-statements");
            unreadable = new Spill("html-unreadable");
            claimRows = new Spill("html-claims");
            skippedItems = new Spill("html-skipped");
        }

        @Override
        public void part(CheckRun part, Gate gate) throws IOException {
            List<Finding> findings = ReportOrder.findings(part);
            Map<Finding, String> anchors = new java.util.IdentityHashMap<>();
            for (Finding finding : findings) {
                anchors.put(finding, "finding-" + ++findingsNumbered);
                rulesFound.add(finding.rule());
            }
            for (StatementTable statement : part.statements()) {
                kinds.add(statement.kind().label());
            }
            indexEntries(part, findings, gate, anchors);
            for (String document : part.documents().stream().map(dev.crossfoot.model.Document::id).distinct().toList()) {
                Element option = shell().body().appendElement("option").attr("value", document).text(document);
                documentOptions.text().write(option.outerHtml());
            }

            // One set of marks for the part: a tie's blamed cell may sit in another statement than its finding.
            CellMarks marks = new CellMarks(findings);
            Map<String, List<Finding>> byStatement = new LinkedHashMap<>();
            List<Finding> unplaced = new ArrayList<>();
            for (StatementTable statement : part.statements()) {
                byStatement.put(key(statement), new ArrayList<>());
            }
            for (Finding finding : findings) {
                List<Finding> list = byStatement.get(finding.document() + "/" + finding.table());
                (list == null ? unplaced : list).add(finding);
            }
            // Written one document at a time, so the markup in memory is one document's shown
            // tables, never the whole part's: a corpus of 10-Ks is a few thousand tables.
            Map<String, List<StatementTable>> byDocument = new LinkedHashMap<>();
            for (StatementTable statement : part.statements()) {
                byDocument.computeIfAbsent(statement.document().id(), id -> new ArrayList<>()).add(statement);
            }
            for (Map.Entry<String, List<StatementTable>> document : byDocument.entrySet()) {
                Element body = shell().body();
                document(body, document.getKey(), document.getValue(), byStatement, rules, gate, marks, anchors);
                flush(body, statements.text());
            }

            if (!unplaced.isEmpty()) {
                Element fold = shell().body().appendElement("section").appendElement("details");
                for (Finding finding : unplaced) {
                    finding(fold, finding, rules.get(finding.rule()), "", "", gate, anchors);
                }
                unreadable.text().write(ListItems.of(fold));
                unreadableCount += unplaced.size();
            }
            claimRows(ClaimOutcomes.of(part));
            if (!part.skipped().isEmpty()) {
                Element list = shell().body().appendElement("section").appendElement("details").appendElement("ul");
                for (Skipped skip : part.skipped()) {
                    list.appendElement("li").text(skip.document() + " / " + skip.table() + ": " + skip.reason());
                }
                skippedItems.text().write(ListItems.of(list));
                skippedCount += part.skipped().size();
            }
        }

        /**
         * The part's entries of the index: per document (an anchor of its own), the findings that
         * fail the gate first, then by severity, each a link to its finding.
         */
        private void indexEntries(CheckRun part, List<Finding> findings, Gate gate, Map<Finding, String> anchors)
                throws IOException {
            Map<String, List<Finding>> byDocument = new LinkedHashMap<>();
            for (Finding finding : findings) {
                byDocument.computeIfAbsent(finding.document() == null ? "" : finding.document(), d -> new ArrayList<>()).add(finding);
            }
            documentsWithout += (int) part.documents().stream().filter(d -> !byDocument.containsKey(d.id())).count();
            if (byDocument.isEmpty()) {
                return;
            }
            Element section = shell().body().appendElement("section");
            for (Map.Entry<String, List<Finding>> document : byDocument.entrySet()) {
                int number = ++documentsIndexed;
                Element heading = section.appendElement("h3").attr("id", "document-" + number);
                heading.appendElement("a").attr("href", "#document-" + number).text(document.getKey());
                heading.appendText(" · " + document.getValue().size() + " finding(s)");
                Element list = section.appendElement("ol").addClass("index");
                document.getValue().stream()
                        .sorted(java.util.Comparator.comparing((Finding f) -> gate.of(f) == dev.crossfoot.model.Verdict.FAILS ? 0 : 1)
                                .thenComparing(f -> -f.severity().ordinal()))
                        .forEach(finding -> {
                            Element item = list.appendElement("li").addClass(finding.severity().label());
                            String row = finding.cells().isEmpty() ? "" : finding.cells().get(0).row();
                            item.appendElement("a").attr("href", "#" + anchors.get(finding)).text(finding.severity().label() + " · "
                                    + finding.rule() + " · " + String.join(" / ", java.util.stream.Stream.of(finding.table(), row,
                                            finding.column()).filter(piece -> piece != null && !piece.isEmpty()).toList()));
                            item.appendText(" (" + gate.describe(finding) + ")");
                        });
            }
            index.text().write(ListItems.of(section));
        }

        /**
         * The figures stated in the text that were tied to a table, each with its status, where it
         * stands and the cells it was tied to. The figures that could not be tied (a 10-K states
         * thousands: years, page numbers, percentages) are counted, not listed; the JSON report lists them.
         */
        private void claimRows(List<CheckOutcome> claims) throws IOException {
            List<CheckOutcome> tied = claims.stream().filter(claim -> claim.status() != dev.crossfoot.model.CheckStatus.NOT_EVALUATED).toList();
            untiedClaims += claims.size() - tied.size();
            if (tied.isEmpty()) {
                return;
            }
            Element rows = shell().body().appendElement("section").appendElement("div").appendElement("table")
                    .appendElement("tbody");
            for (CheckOutcome claim : tied) {
                Element row = rows.appendElement("tr").addClass("claim-" + claim.status().name().toLowerCase(java.util.Locale.ROOT));
                row.appendElement("td").text(ClaimOutcomes.status(claim));
                row.appendElement("td").text(claim.cells().get(0).location().toString());
                row.appendElement("td").text(claim.detail());
                row.appendElement("td").text(claim.cells().stream().skip(1)
                        .map(cell -> cell.table() + " / " + cell.row() + " / " + cell.column() + ": " + cell.text().strip())
                        .collect(java.util.stream.Collectors.joining("; ")));
            }
            claimRows.text().write(ListItems.of(rows));
            tiedClaims += tied.size();
        }

        @Override
        public void finish(CheckRun.Summary totals, Gate gate) throws IOException {
            out.write("<!doctype html>\n<html lang=\"en\">\n");
            Element head = shell().head();
            head(head);
            out.write(head.outerHtml());
            out.write("\n<body>\n");
            Element top = shell().body();
            top.appendElement("h1").text("crossfoot audit report");
            top.appendElement("p").addClass("inputs").text("Checked: " + String.join(", ", inputs));
            summary(top, totals, gate);
            flush(top, out);
            writeIndex();
            writeFilters();
            statements.copyTo(out);
            writeTail();
            out.write("</body>\n</html>\n");
            out.flush();
        }

        private void writeIndex() throws IOException {
            Element section = shell().body().appendElement("section").attr("id", "index");
            section.appendElement("h2").text("Findings by document");
            if (findingsNumbered == 0) {
                section.appendElement("p").text("No findings.");
            } else {
                ListItems.placeholderIn(section);
            }
            if (documentsWithout > 0) {
                section.appendElement("p").addClass("meta").text(documentsWithout + " document(s) without findings");
            }
            ListItems.write(section, index, out);
        }

        /** Filters by severity, document, statement kind and rule: the documents' options are copied in from their spill. */
        private void writeFilters() throws IOException {
            Element filters = shell().body().appendElement("div").addClass("filters");
            select(filters, "Severity", "filter-severity", List.of("error", "warning", "info"));
            Element documents = select(filters, "Document", "filter-document", List.of());
            select(filters, "Statement", "filter-kind", List.copyOf(kinds));
            select(filters, "Rule", "filter-rule", List.copyOf(rulesFound));
            filters.appendElement("span").attr("id", "filter-count");
            String markup = filters.outerHtml();
            String afterAll = documents.child(0).outerHtml();
            int cut = markup.indexOf(afterAll, markup.indexOf("id=\"filter-document\"")) + afterAll.length();
            out.write(markup, 0, cut);
            documentOptions.copyTo(out);
            out.write(markup, cut, markup.length() - cut);
            out.write("\n");
        }

        private void writeTail() throws IOException {
            if (unreadableCount > 0) {
                // After the statements, folded: a garbled extraction can have dozens of unreadable
                // lines, and a reviewer comes for the statements first.
                Element problems = shell().body().appendElement("section").addClass("statement").attr("data-statement", "")
                        .attr("data-document", "").attr("data-kind", "").attr("id", "input-problems");
                problems.appendElement("h2").text("Input that could not be read");
                Element fold = problems.appendElement("details");
                fold.appendElement("summary").text(unreadableCount + " problem(s) reading the input");
                ListItems.placeholderIn(fold);
                ListItems.write(problems, unreadable, out);
            }
            if (tiedClaims + untiedClaims > 0) {
                Element section = shell().body().appendElement("section").addClass("claims").attr("id", "claims");
                section.appendElement("h2").text("Figures in the text");
                if (untiedClaims > 0) {
                    section.appendElement("p").addClass("meta").text(untiedClaims
                            + " figure(s) in the text not tied to a table cell, not listed here (the JSON report lists them)");
                }
                if (tiedClaims > 0) {
                    Element table = section.appendElement("div").addClass("scroll").appendElement("table").addClass("figures");
                    Element header = table.appendElement("thead").appendElement("tr");
                    for (String title : List.of("status", "where", "claim", "table cells")) {
                        header.appendElement("th").text(title);
                    }
                    ListItems.placeholderIn(table.appendElement("tbody"));
                }
                ListItems.write(section, claimRows, out);
            }
            if (skippedCount > 0) {
                Element skipped = shell().body().appendElement("section").addClass("skipped");
                skipped.appendElement("h2").text("Tables not checked");
                // Folded: in a 10-K most are layout tables without a number, each with its reason.
                Element fold = skipped.appendElement("details");
                fold.appendElement("summary").text(skippedCount + " table(s) not checked, each with the reason");
                ListItems.placeholderIn(fold.appendElement("ul"));
                ListItems.write(skipped, skippedItems, out);
            }
            Element script = shell().body().appendElement("script").appendChild(new DataNode(SCRIPT));
            flush(script.parent(), out);
        }

        @Override
        public void close() throws IOException {
            Spill.closeAll(index, documentOptions, statements, unreadable, claimRows, skippedItems);
        }
    }

    /**
     * One document's tables. Shown in full: every table with a finding, and every table holding a
     * cell a finding elsewhere blames or used (a tie reaches into another table). The tables that
     * passed are only listed, folded, with their size: a 10-K of two hundred tables with three
     * findings opens on those three, and the page does not grow with what passed.
     */
    private static void document(Element body, String document, List<StatementTable> statements,
                                 Map<String, List<Finding>> byStatement, Map<String, RuleInfo> rules, Gate gate,
                                 CellMarks marks, Map<Finding, String> anchors) {
        List<StatementTable> passed = new ArrayList<>();
        for (StatementTable statement : statements) {
            List<Finding> own = byStatement.get(key(statement));
            if (own.isEmpty() && !marked(statement, marks)) {
                passed.add(statement);
            } else {
                statement(body, statement, own, rules, gate, marks, anchors);
            }
        }
        if (passed.isEmpty()) {
            return;
        }
        Element fold = body.appendElement("details").addClass("passed-tables").attr("data-document", document);
        fold.appendElement("summary").text(document + ": " + passed.size() + " table(s) without findings, not shown in full");
        Element list = fold.appendElement("ul");
        for (StatementTable statement : passed) {
            Table table = statement.table();
            list.appendElement("li").attr("id", anchor(statement)).attr("data-statement", key(statement))
                    .attr("data-kind", statement.kind().label())
                    .text(title(table) + " · table " + table.id() + " · " + statement.kind().label() + " · "
                            + statement.rows().size() + " row(s) × " + statement.width() + " column(s)");
        }
    }

    /** Whether a finding in any table blames or used a cell of this one. */
    private static boolean marked(StatementTable statement, CellMarks marks) {
        Table table = statement.table();
        for (StatementRow row : statement.rows()) {
            for (int c = 0; c < statement.width() && c < row.row().cells().size(); c++) {
                if (marks.at(row.cell(c).location(), table.column(c)) != null) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A fresh shell to build one part of the page in, with the page's output settings. */
    private static Document shell() {
        Document shell = Document.createShell("");
        shell.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).indentAmount(1);
        return shell;
    }

    /** Writes a part's elements to the page and lets the part go. */
    private static void flush(Element body, Writer out) throws IOException {
        for (Element child : body.children()) {
            out.write(child.outerHtml());
            out.write("\n");
        }
        out.flush();
    }

    private static void head(Element head) {
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '" + sha256(SCRIPT)
                        + "'; base-uri 'none'; form-action 'none'");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text("crossfoot audit report");
        head.appendElement("style").appendChild(new DataNode(STYLE));
    }

    private static void summary(Element body, CheckRun.Summary s, Gate gate) {
        Element section = body.appendElement("section").attr("id", "summary");
        section.appendElement("p").addClass("verdict").addClass(gate.fails() ? "failing" : "passing").text(gate.headline());
        section.appendElement("p").addClass("totals")
                .text(s.errors() + " error(s), " + s.warnings() + " warning(s) in " + s.documents() + " document(s)");
        Element table = section.appendElement("table").addClass("counts");
        Element head = table.appendElement("tr");
        Element values = table.appendElement("tr");
        String[] names = {"documents", "tables", "checks", "passed", "failed", "not evaluated", "errors", "warnings"};
        int[] counts = {s.documents(), s.tables(), s.checks(), s.passed(), s.failed(), s.notEvaluated(), s.errors(), s.warnings()};
        for (int i = 0; i < names.length; i++) {
            head.appendElement("th").text(names[i]);
            values.appendElement("td").attr("data-count", names[i]).text(Integer.toString(counts[i]));
        }
    }

    private static Element select(Element filters, String label, String id, List<String> values) {
        Element select = filters.appendElement("label").text(label + " ").appendElement("select").attr("id", id);
        select.appendElement("option").attr("value", "").text("all");
        for (String value : values) {
            select.appendElement("option").attr("value", value).text(value);
        }
        return select;
    }

    private static void statement(Element body, StatementTable statement, List<Finding> findings, Map<String, RuleInfo> rules,
                                  Gate gate, CellMarks marks, Map<Finding, String> anchors) {
        Table table = statement.table();
        Element section = body.appendElement("section").addClass("statement").attr("data-statement", key(statement))
                .attr("data-document", statement.document().id()).attr("data-kind", statement.kind().label())
                .attr("id", anchor(statement));
        section.appendElement("h2").text(title(table));
        section.appendElement("p").addClass("meta").text(String.join(" · ", List.of(
                statement.document().id() + (statement.document().entity() == null || statement.document().entity().isBlank() ? ""
                        : " (" + statement.document().entity() + ")"),
                "table " + table.id(), statement.kind().label(), table.unit().isEmpty() ? "no unit caption" : table.unit(),
                findings.size() + " finding(s)")));
        Element figures = section.appendElement("div").addClass("scroll").appendElement("table").addClass("figures");
        Element header = figures.appendElement("thead").appendElement("tr");
        header.appendElement("th").addClass("label");
        for (int c = 0; c < statement.width(); c++) {
            header.appendElement("th").attr("scope", "col").text(table.column(c));
        }
        Element rows = figures.appendElement("tbody");
        for (StatementRow row : statement.rows()) {
            Element tr = rows.appendElement("tr").addClass("role-" + row.role().name().toLowerCase(java.util.Locale.ROOT));
            tr.appendElement("th").attr("scope", "row").addClass("label")
                    .addClass("depth-" + Math.min(DEEPEST_INDENT, Math.max(0, row.depth()))).text(row.label());
            for (int c = 0; c < statement.width(); c++) {
                Element td = tr.appendElement("td").text(row.cell(c).text());
                // A row shorter than the table lends its missing cells the row's own location,
                // which a line-based input shares with the row's neighbours: only real cells are marked.
                CellMarks.Mark mark = c < row.row().cells().size() ? marks.at(row.cell(c).location(), table.column(c)) : null;
                if (mark != null) {
                    mark(td, mark);
                }
            }
        }
        for (Finding finding : findings) {
            finding(section, finding, rules.get(finding.rule()), key(statement), statement.kind().label(), gate, anchors);
        }
    }

    private static void mark(Element td, CellMarks.Mark mark) {
        List<String> tips = new ArrayList<>();
        if (mark.flagged()) {
            td.addClass("flag").addClass(mark.worst().label());
            for (Finding finding : mark.flaggedBy) {
                tips.add(finding.rule() + ": " + (finding.expected().isEmpty()
                        ? finding.message()
                        : "expected " + finding.expected() + ", reported " + finding.actual() + ", difference "
                                + finding.difference() + " (rounding allows ±" + finding.allowed() + ")"));
            }
        } else {
            td.addClass("used");
        }
        for (Finding finding : mark.usedBy) {
            tips.add("used by " + finding.rule() + " on " + finding.cells().get(0).row());
        }
        td.attr("title", String.join("\n", tips));
    }

    private static void finding(Element parent, Finding finding, RuleInfo rule, String statement, String kind, Gate gate,
                                Map<Finding, String> anchors) {
        String severity = finding.severity().label();
        Element article = parent.appendElement("article").addClass("finding").addClass(severity).attr("id", anchors.get(finding))
                .attr("data-severity", severity).attr("data-statement", statement).attr("data-rule", finding.rule())
                .attr("data-document", finding.document() == null ? "" : finding.document()).attr("data-kind", kind)
                .attr("data-verdict", gate.of(finding).label())
                .attr("data-location", finding.primaryLocation().toString());
        Element heading = article.appendElement("h3");
        heading.appendElement("span").addClass("badge").addClass(severity).text(severity);
        heading.appendText(" ");
        heading.appendElement("span").addClass("gate").addClass(gate.of(finding).label()).text(gate.describe(finding));
        heading.appendText(" ");
        heading.appendElement("code").text(finding.rule());
        if (rule != null) {
            heading.appendText(" " + rule.sentence());
        }
        article.appendElement("p").addClass("message").text(finding.message());
        if (finding.identity() != null && !finding.identity().isEmpty()) {
            Element identity = article.appendElement("p").addClass("identity").text("Identity: ");
            identity.appendElement("code").text(finding.identity());
        }
        if (!finding.expected().isEmpty()) {
            Element numbers = article.appendElement("table").addClass("numbers");
            Element names = numbers.appendElement("tr");
            Element values = numbers.appendElement("tr");
            String[][] pairs = {{"expected", finding.expected()}, {"reported", finding.actual()},
                {"difference", finding.difference()}, {"allowed rounding", "±" + finding.allowed()}};
            for (String[] pair : pairs) {
                names.appendElement("th").text(pair[0]);
                values.appendElement("td").text(pair[1]);
            }
        }
        cells(article, finding.cells());
        Suggestion suggestion = finding.suggestion();
        if (suggestion != null) {
            Element p = article.appendElement("p").addClass("suggestion").text("Suggestion: ");
            p.appendElement("b").text(suggestion.cell().row());
            p.appendText(" should read ");
            p.appendElement("b").text(suggestion.value());
            p.appendText(" instead of " + suggestion.cell().text().strip() + " — " + suggestion.cause() + ", confidence "
                    + Math.round(suggestion.confidence() * 100) + "% (" + suggestion.cell().location() + ")");
        }
    }

    private static void cells(Element article, List<CellRef> cells) {
        if (cells.isEmpty() || cells.get(0).row().isEmpty() && cells.get(0).text().isEmpty()) {
            Element p = article.appendElement("p").addClass("where").text("At ");
            p.appendElement("code").text(cells.isEmpty() ? "" : cells.get(0).location().toString());
            return;
        }
        Element table = article.appendElement("table").addClass("cells");
        Element head = table.appendElement("tr");
        for (String name : List.of("cell", "row", "column", "text", "location")) {
            head.appendElement("th").text(name);
        }
        for (int i = 0; i < cells.size(); i++) {
            CellRef cell = cells.get(i);
            Element tr = table.appendElement("tr");
            tr.appendElement("td").text(i == 0 ? "reported" : "used");
            tr.appendElement("td").text(cell.row());
            tr.appendElement("td").text(cell.column());
            tr.appendElement("td").addClass("text").text(cell.text());
            tr.appendElement("td").appendElement("code").text(cell.location().toString());
        }
    }

    private static String anchor(StatementTable statement) {
        return "statement-" + statement.document().id() + "-" + statement.tableIndex();
    }

    private static String key(StatementTable statement) {
        return statement.document().id() + "/" + statement.id();
    }

    private static String title(Table table) {
        return table.title().isEmpty() ? table.id() : table.title();
    }

    /** The CSP source expression that allows exactly this inline text. */
    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform provides SHA-256", impossible);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + name + " beside " + HtmlReport.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
