package dev.crossfoot.report;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.RuleInfo;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Suggestion;
import dev.crossfoot.model.Table;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
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
 * The audit report: one self-contained HTML page for a reviewer. A summary, filters by severity
 * and statement, then each statement as it was read (rows indented by depth, every column) with
 * the reported cell of each finding flagged (class, colour and a tooltip) and the cells its check
 * used shaded; under the statement, each finding with the rule's sentence, the identity with its
 * numbers, expected / reported / difference / allowed rounding, the cells and any suggestion.
 *
 * <p>Every text from an input document is put into the page as a text node or an attribute value
 * through jsoup, which escapes it, never by string concatenation: a row label
 * {@code <script>…</script>} is shown, not run. As a second wall the page carries a
 * Content-Security-Policy that allows no network at all and only the one inline script and style
 * it ships, by their SHA-256 hashes. The page has no timestamp, so the same run gives the same
 * bytes.
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
    public void write(CheckRun run, Writer out) throws IOException {
        Document page = Document.createShell("");
        page.outputSettings().charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base).indentAmount(1);
        page.prependChild(new DocumentType("html", "", ""));
        page.selectFirst("html").attr("lang", "en");
        head(page.head());
        List<Finding> findings = ReportOrder.findings(run);
        Map<String, RuleInfo> rules = run.rules().stream()
                .collect(Collectors.toMap(RuleInfo::id, rule -> rule, (first, second) -> first, HashMap::new));
        Element body = page.body();
        body.appendElement("h1").text("crossfoot audit report");
        body.appendElement("p").addClass("inputs").text("Checked: " + String.join(", ", run.inputs()));
        summary(body, run);
        filters(body, run);

        Map<String, List<Finding>> byStatement = new LinkedHashMap<>();
        List<Finding> unplaced = new ArrayList<>();
        for (StatementTable statement : run.statements()) {
            byStatement.put(key(statement), new ArrayList<>());
        }
        for (Finding finding : findings) {
            List<Finding> list = byStatement.get(finding.document() + "/" + finding.table());
            (list == null ? unplaced : list).add(finding);
        }
        // A 10-K reads as a hundred tables: the statements and every table with a finding come
        // first, in document order; the cover page, notes and indexes without one are folded.
        List<StatementTable> quiet = new ArrayList<>();
        for (StatementTable statement : run.statements()) {
            List<Finding> own = byStatement.get(key(statement));
            if (statement.kind() == StatementKind.OTHER && own.isEmpty()) {
                quiet.add(statement);
            } else {
                statement(body, statement, own, rules);
            }
        }
        if (!quiet.isEmpty()) {
            Element others = body.appendElement("details").addClass("other-tables");
            others.appendElement("summary").text(quiet.size() + " other table(s) read, not statements, without findings");
            for (StatementTable statement : quiet) {
                statement(others, statement, List.of(), rules);
            }
        }
        if (!unplaced.isEmpty()) {
            // After the statements, folded: a garbled extraction can have dozens of unreadable
            // lines, and a reviewer comes for the statements first.
            Element problems = body.appendElement("section").addClass("statement").attr("data-statement", "")
                    .attr("id", "input-problems");
            problems.appendElement("h2").text("Input that could not be read");
            Element fold = problems.appendElement("details");
            fold.appendElement("summary").text(unplaced.size() + " problem(s) reading the input");
            for (Finding finding : unplaced) {
                finding(fold, finding, rules.get(finding.rule()), "");
            }
        }
        claims(body, ClaimOutcomes.of(run));
        if (!run.skipped().isEmpty()) {
            Element skipped = body.appendElement("section").addClass("skipped");
            skipped.appendElement("h2").text("Tables not checked");
            Element list = skipped.appendElement("ul");
            for (Skipped skip : run.skipped()) {
                list.appendElement("li").text(skip.document() + " / " + skip.table() + ": " + skip.reason());
            }
        }
        body.appendElement("script").appendChild(new DataNode(SCRIPT));
        page.html(out);
        out.write("\n");
        out.flush();
    }

    /** The figures stated in the text, each with its status, where it stands and the cells it was tied to. */
    private static void claims(Element body, List<CheckOutcome> claims) {
        if (claims.isEmpty()) {
            return;
        }
        Element section = body.appendElement("section").addClass("claims").attr("id", "claims");
        section.appendElement("h2").text("Figures in the text");
        Element table = section.appendElement("div").addClass("scroll").appendElement("table").addClass("figures");
        Element header = table.appendElement("thead").appendElement("tr");
        for (String title : List.of("status", "where", "claim", "table cells")) {
            header.appendElement("th").text(title);
        }
        Element rows = table.appendElement("tbody");
        for (CheckOutcome claim : claims) {
            Element row = rows.appendElement("tr").addClass("claim-" + claim.status().name().toLowerCase(java.util.Locale.ROOT));
            row.appendElement("td").text(ClaimOutcomes.status(claim));
            row.appendElement("td").text(claim.cells().get(0).location().toString());
            row.appendElement("td").text(claim.detail());
            row.appendElement("td").text(claim.cells().stream().skip(1)
                    .map(cell -> cell.table() + " / " + cell.row() + " / " + cell.column() + ": " + cell.text().strip())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
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

    private static void summary(Element body, CheckRun run) {
        CheckRun.Summary s = run.summary();
        Element section = body.appendElement("section").attr("id", "summary");
        section.appendElement("p").addClass("verdict").addClass(s.errors() > 0 ? "failing" : "passing")
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

    private static void filters(Element body, CheckRun run) {
        Element filters = body.appendElement("div").addClass("filters");
        Element severity = filters.appendElement("label").text("Severity ").appendElement("select").attr("id", "filter-severity");
        severity.appendElement("option").attr("value", "").text("all");
        for (String level : List.of("error", "warning", "info")) {
            severity.appendElement("option").attr("value", level).text(level);
        }
        Element statement = filters.appendElement("label").text("Statement ").appendElement("select").attr("id", "filter-statement");
        statement.appendElement("option").attr("value", "").text("all");
        for (StatementTable table : run.statements()) {
            statement.appendElement("option").attr("value", key(table)).text(table.document().id() + " / " + title(table.table()));
        }
        filters.appendElement("span").attr("id", "filter-count");
    }

    private static void statement(Element body, StatementTable statement, List<Finding> findings, Map<String, RuleInfo> rules) {
        Table table = statement.table();
        Element section = body.appendElement("section").addClass("statement").attr("data-statement", key(statement))
                .attr("id", "statement-" + statement.document().id() + "-" + statement.tableIndex());
        section.appendElement("h2").text(title(table));
        section.appendElement("p").addClass("meta").text(String.join(" · ", List.of(
                statement.document().id() + (statement.document().entity() == null || statement.document().entity().isBlank() ? ""
                        : " (" + statement.document().entity() + ")"),
                "table " + table.id(), statement.kind().label(), table.unit().isEmpty() ? "no unit caption" : table.unit(),
                findings.size() + " finding(s)")));
        CellMarks marks = new CellMarks(findings);
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
            finding(section, finding, rules.get(finding.rule()), key(statement));
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

    private static void finding(Element parent, Finding finding, RuleInfo rule, String statement) {
        String severity = finding.severity().label();
        Element article = parent.appendElement("article").addClass("finding").addClass(severity)
                .attr("data-severity", severity).attr("data-statement", statement).attr("data-rule", finding.rule())
                .attr("data-location", finding.primaryLocation().toString());
        Element heading = article.appendElement("h3");
        heading.appendElement("span").addClass("badge").addClass(severity).text(severity);
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
