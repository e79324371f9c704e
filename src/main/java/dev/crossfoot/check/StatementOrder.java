package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.ConceptDictionary.PresentationOrder;

import java.util.List;
import java.util.Optional;

/**
 * Whether a table lists its lines in its statement's order. A balance sheet shows "Total current
 * assets" above "Total assets" and both above "Total liabilities and equity", whoever the filer;
 * a table that shows them the other way round had its lines put in some other order (a data set
 * whose presentation order was lost, an extraction that sorted or shuffled rows). Where lines
 * stand then says nothing about what they add up to, so what is read from it (sections and their
 * totals, the lines shown between the rows an identity names) is not evaluated; identities of
 * named rows alone still are. The orders are data, declared in {@code rules/*.concepts}.
 */
final class StatementOrder {

    private final List<PresentationOrder> orders;

    StatementOrder(List<PresentationOrder> orders) {
        this.orders = List.copyOf(orders);
    }

    /**
     * Why the table's lines are not in its statement's order, or empty when nothing shows it: a
     * concept every row of which stands below every row of a concept its statement presents after it.
     */
    Optional<String> brokenIn(StatementTable table) {
        for (PresentationOrder order : orders) {
            if (order.kind() != table.kind()) {
                continue;
            }
            List<String> concepts = order.concepts();
            for (int i = 0; i < concepts.size(); i++) {
                StatementRow first = DocumentTables.rowOf(table, concepts.get(i));
                if (first == null) {
                    continue;
                }
                for (int j = i + 1; j < concepts.size(); j++) {
                    StatementRow last = lastRow(table, concepts.get(j));
                    if (last != null && last.index() < first.index()) {
                        return Optional.of("its lines are not in its statement's order ('" + last.label() + "' stands above '"
                                + first.label() + "', which a " + table.kind().label() + " statement presents first), so where a line"
                                + " stands does not say what it adds to");
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static StatementRow lastRow(StatementTable table, String concept) {
        List<StatementRow> rows = table.rows();
        for (int r = rows.size() - 1; r >= 0; r--) {
            if (concept.equals(rows.get(r).concept())) {
                return rows.get(r);
            }
        }
        return null;
    }
}
