package dev.crossfoot.bench;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;

import java.util.List;
import java.util.Map;

/**
 * What checking one real document gave, with the company and half it belongs to. {@code name}
 * says which filing it is: its path inside the source, and for a file of many documents (JSON
 * Lines, a data-set quarter) also its id. {@code kinds} maps its table ids to their statement kind.
 */
public record DocumentResult(CorpusSource source, String name, String company, HeldOutSplit.Half half, int tables,
                             List<CheckOutcome> outcomes, List<Finding> findings, Map<String, StatementKind> kinds) {

    /** The balance sheet, income and cash-flow statements: where issue 10 wants no error at all. */
    public static final List<StatementKind> FACE = List.of(StatementKind.BALANCE_SHEET, StatementKind.INCOME,
            StatementKind.CASH_FLOW);

    public DocumentResult {
        outcomes = List.copyOf(outcomes);
        findings = List.copyOf(findings);
        kinds = Map.copyOf(kinds);
    }

    public List<Finding> errors() {
        return findings.stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    public long count(CheckStatus status) {
        return outcomes.stream().filter(outcome -> outcome.status() == status).count();
    }

    public boolean onFaceStatement(Finding finding) {
        // A finding may name no table of the document (a claim in its text): it is on no face statement.
        StatementKind kind = kinds.get(finding.table());
        return kind != null && FACE.contains(kind);
    }

    /** One line per error finding, as the committed corpus expectations list them: filing, table, rule, row, column. */
    public List<String> expectationLines() {
        return errors().stream().map(finding -> String.join(" | ", half.label(), name, finding.table(), finding.rule(),
                finding.cells().isEmpty() ? "" : oneLine(finding.cells().get(0).row()), oneLine(finding.column()))).toList();
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").strip();
    }
}
