package dev.crossfoot.check;

import dev.crossfoot.model.StatementTable;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A check that needs the shape of a table rather than concepts. A rule file names one with
 * {@code structure NAME}; the rule supplies its id, sentence and severity.
 */
interface StructuralCheck {

    List<EvaluatedCheck> check(StatementTable table, DocumentTables document);

    /**
     * Whether what the check reads depends on where lines stand (a section's total below its
     * lines); a check across columns (quarters adding to the year) does not.
     */
    default boolean readsLineOrder() {
        return true;
    }

    /** The structural checks a rule file may name. */
    Map<String, Function<Rule, StructuralCheck>> KNOWN = new TreeMap<>(Map.of(
            "section-total", rule -> (table, document) -> new SectionFooting(rule).check(table),
            "non-gaap-block", rule -> (table, document) -> new ReconciliationBlocks(rule).check(table),
            "holdings-chain", rule -> (table, document) -> new HoldingsChain(rule).check(table),
            "period-sum", rule -> new PeriodSums(rule)::check,
            "column-total", rule -> (table, document) -> new ColumnFooting(rule).check(table)));

    static StructuralCheck of(Rule rule) {
        Function<Rule, StructuralCheck> factory = KNOWN.get(rule.structure());
        if (factory == null) {
            throw new IllegalArgumentException(rule.file() + ":" + rule.line() + ": unknown structural check '"
                    + rule.structure() + "' (known: " + String.join(", ", KNOWN.keySet()) + ")");
        }
        StructuralCheck check = factory.apply(rule);
        boolean acrossColumns = "period-sum".equals(rule.structure()) || "column-total".equals(rule.structure());
        return new StructuralCheck() {
            @Override
            public List<EvaluatedCheck> check(StatementTable table, DocumentTables document) {
                return rule.appliesTo(table.kind()) ? check.check(table, document) : List.of();
            }

            @Override
            public boolean readsLineOrder() {
                return !acrossColumns;
            }
        };
    }
}
