package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Form 4 ownership tables: the shares owned after each transaction equal the holding after the
 * previous transaction in the same security and ownership form, plus the amount acquired (A) or
 * less the amount disposed of (D). The first transaction of a chain has no previous holding in
 * the table, so the chain is checked from its second transaction on.
 */
final class HoldingsChain {

    private final Rule rule;

    HoldingsChain(Rule rule) {
        this.rule = rule;
    }

    List<EvaluatedCheck> check(StatementTable table) {
        int holdings = column(table, header -> header.contains("owned following") || header.contains("owned after"));
        int direction = column(table, header -> header.contains("(a) or (d)") && !header.contains("amount"));
        int amount = column(table, header -> header.contains("amount") && !header.contains("owned"));
        if (holdings < 0 || direction < 0 || amount < 0) {
            return List.of();
        }
        int form = column(table, header -> header.contains("ownership form") || header.contains("direct (d) or indirect"));
        List<EvaluatedCheck> checks = new ArrayList<>();
        Map<String, StatementRow> previous = new HashMap<>();
        for (StatementRow row : table.rows()) {
            Amount owned = row.amount(holdings);
            Amount moved = row.amount(amount);
            String way = row.cell(direction).text().strip().toUpperCase(Locale.ROOT);
            if (owned == null || moved == null || !(way.equals("A") || way.equals("D"))) {
                continue;
            }
            String key = row.normalLabel() + "|" + (form < 0 ? "" : row.cell(form).text().strip().toUpperCase(Locale.ROOT));
            StatementRow before = previous.put(key, row);
            if (before == null) {
                continue;
            }
            BoundExpr expected = new BoundExpr.Binary('+',
                    new BoundExpr.Leaf(new Term(table, before, holdings, before.amount(holdings), 1)),
                    new BoundExpr.Leaf(new Term(table, row, amount, moved, way.equals("A") ? 1 : -1)));
            checks.add(EvaluatedCheck.of(rule, table, holdings, new Term(table, row, holdings, owned, 1), expected));
        }
        return checks;
    }

    /** The first column whose header (lower case) satisfies the test, or -1. */
    private static int column(StatementTable table, Predicate<String> test) {
        for (int c = 0, width = table.width(); c < width; c++) {
            if (test.test(table.table().column(c).toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        return -1;
    }
}
