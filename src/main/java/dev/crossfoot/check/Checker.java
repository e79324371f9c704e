package dev.crossfoot.check;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.FiscalYears;
import dev.crossfoot.understand.Lexicon;
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
    private final Lexicon lexicon;
    private final ConceptRules conceptRules;
    private final List<StructuralCheck> structural = new ArrayList<>();

    public Checker(RuleBook book) {
        this.analyzer = new TableAnalyzer(book.concepts());
        this.lexicon = book.lexicon();
        this.conceptRules = new ConceptRules(book.rules(), book.concepts());
        for (Rule rule : book.rules()) {
            if (rule.isStructural()) {
                structural.add(StructuralCheck.of(rule));
            }
        }
    }

    /** Structural checks named in a rule file must exist; say so before any document is read. */
    public static void validate(RuleBook book) {
        new Checker(book);
    }

    /** Checks a document with the book's lexicon in force: every label cue is asked of it. */
    public DocumentResult check(Document document) {
        try (Lexicon.Scope scope = Lexicon.use(lexicon)) {
            return checkWithLexicon(document);
        }
    }

    private DocumentResult checkWithLexicon(Document document) {
        List<StatementTable> statements = new ArrayList<>();
        for (int t = 0; t < document.tables().size(); t++) {
            statements.add(analyzer.analyze(document, document.tables().get(t), t));
        }
        statements = new PeriodAlignment().align(new FiscalYears().date(statements));
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

    private static String skipReason(StatementTable statement) {
        boolean numbers = statement.rows().stream()
                .anyMatch(row -> row.values().stream().anyMatch(value -> value instanceof CellValue.Number));
        if (!numbers) {
            return "no numeric columns";
        }
        return "no rule applies: no Total rows, no GAAP/non-GAAP blocks and no known concepts (read as "
                + statement.kind().label() + ")";
    }

    /** The exhibit index lists documents by number ("10.2(A)", "3.1"): nothing in it adds up. */
    private static boolean isExhibitIndex(Table table) {
        Lexicon lexicon = Lexicon.current();
        return lexicon.matches(Cue.EXHIBIT_INDEX, table.title()) || table.columns().stream().anyMatch(c -> lexicon.matches(Cue.EXHIBIT_INDEX, c));
    }

    /** What checking one document produced, before diagnosis and reporting. */
    public record DocumentResult(Document document, List<StatementTable> statements, List<EvaluatedCheck> checks,
                                 List<Finding> inputFindings, List<Skipped> skipped) { }
}
