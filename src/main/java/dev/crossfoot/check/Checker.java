package dev.crossfoot.check;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.FiscalYears;
import dev.crossfoot.understand.PeriodAlignment;
import dev.crossfoot.understand.TableAnalyzer;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks one document: understands each table, applies the structural checks and identity
 * rules (ties across its statements included), reports malformed cells, and accounts for every
 * table as checked or skipped with a reason.
 */
public final class Checker {

    private final TableAnalyzer analyzer;
    private final ConceptRules conceptRules;
    private final List<StructuralCheck> structural = new ArrayList<>();
    private final DepthCue depthCue;

    public Checker(RuleBook book) {
        this.analyzer = new TableAnalyzer(book.concepts());
        this.conceptRules = new ConceptRules(book.rules(), book.concepts());
        Rule sectionTotal = null;
        for (Rule rule : book.rules()) {
            if (rule.isStructural()) {
                structural.add(StructuralCheck.of(rule));
                sectionTotal = "section-total".equals(rule.structure()) ? rule : sectionTotal;
            }
        }
        this.depthCue = new DepthCue(sectionTotal);
    }

    /** Structural checks named in a rule file must exist; say so before any document is read. */
    public static void validate(RuleBook book) {
        new Checker(book);
    }

    public DocumentResult check(Document document) {
        List<StatementTable> statements = new ArrayList<>();
        for (int t = 0; t < document.tables().size(); t++) {
            statements.add(analyzer.analyze(document, document.tables().get(t), t));
        }
        statements = new PeriodAlignment().align(new FiscalYears().date(statements));
        statements = readDepths(document, statements);
        DocumentTables tables = new DocumentTables(statements);
        List<EvaluatedCheck> checks = new ArrayList<>();
        List<Finding> inputFindings = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (StatementTable statement : statements) {
            if (isExhibitIndex(statement.table())) {
                skipped.add(new Skipped(document.id(), statement.id(), "an exhibit index: document numbers, not amounts"));
                continue;
            }
            List<EvaluatedCheck> tableChecks = new ArrayList<>();
            for (StructuralCheck check : structural) {
                tableChecks.addAll(check.check(statement, tables));
            }
            tableChecks.addAll(conceptRules.check(statement, tables));
            inputFindings.addAll(MalformedCells.of(statement));
            checks.addAll(tableChecks);
            if (tableChecks.isEmpty()) {
                skipped.add(new Skipped(document.id(), statement.id(), skipReason(statement)));
            }
        }
        return new DocumentResult(document, statements, checks, inputFindings, skipped);
    }

    /**
     * Each table whose input gave depths, as the depths show it or as its labels and numbers alone
     * do (see {@link DepthCue}); read without them, it keeps the kind and column periods it was given.
     */
    private List<StatementTable> readDepths(Document document, List<StatementTable> statements) {
        List<StatementTable> read = new ArrayList<>();
        for (StatementTable statement : statements) {
            Table table = statement.table();
            if (table.rows().stream().noneMatch(row -> row.depth() != null)) {
                read.add(statement);
                continue;
            }
            StatementTable plain = analyzer.analyze(document, table.withoutDepths(), statement.tableIndex());
            read.add(depthCue.reading(statement, new StatementTable(document, plain.table(), plain.tableIndex(),
                    statement.kind(), statement.periods(), plain.rows())));
        }
        return read;
    }

    private static String skipReason(StatementTable statement) {
        boolean numbers = statement.rows().stream()
                .anyMatch(row -> row.values().stream().anyMatch(value -> value instanceof CellValue.Number));
        if (!numbers) {
            return "no numeric columns";
        }
        return "no rule applies: no Total rows, no GAAP/non-GAAP blocks and no known concepts (read as "
                + statement.kind().label() + ")";
    }

    private static final java.util.regex.Pattern EXHIBIT_INDEX = java.util.regex.Pattern.compile(
            "(?i)\\bexhibit (?:number|no\\.?|index)\\b|\\bincorporated by reference\\b");

    /** The exhibit index lists documents by number ("10.2(A)", "3.1"): nothing in it adds up. */
    private static boolean isExhibitIndex(Table table) {
        return EXHIBIT_INDEX.matcher(table.title()).find() || table.columns().stream().anyMatch(c -> EXHIBIT_INDEX.matcher(c).find());
    }

    /** What checking one document produced, before diagnosis and reporting. */
    public record DocumentResult(Document document, List<StatementTable> statements, List<EvaluatedCheck> checks,
                                 List<Finding> inputFindings, List<Skipped> skipped) { }
}
