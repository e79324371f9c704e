package dev.crossfoot.check;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The statements a tie searches, kept per table and kind ({@code DocumentTables.searched}): a tie found with them kept is
 * the one found with the search's order worked out afresh — the same statement, row and column, or none — and so are the
 * statements ranked alike with it, for every table of every checked fixture as the tie's origin, every kind its document
 * shows, every concept of that kind, every period of the origin's columns (and their starts and ends) and the origin's
 * labels. Tables and kinds asked in turn: a search kept for one table or kind is not another's.
 */
class TieSearchesKeptTest {

    @Test
    void aTieIsFoundAlikeWithTheSearchesKeptAndWorkedOutAfresh() throws Exception {
        Checker checker = new Checker(RuleBook.builtIn());
        long asked = 0;
        long found = 0;
        long rivals = 0;
        int orderedDifferently = 0;
        for (Document document : CheckedFixtures.documents()) {
            List<StatementTable> statements = checker.check(document).statements();
            DocumentTables kept = new DocumentTables(statements);
            DocumentTables afresh = new DocumentTables(statements, false);
            Set<StatementKind> kinds = new LinkedHashSet<>();
            statements.forEach(table -> kinds.add(table.kind()));
            for (StatementTable from : statements) {
                for (StatementKind kind : kinds) {
                    Set<String> concepts = new LinkedHashSet<>();
                    statements.stream().filter(table -> table.kind() == kind)
                            .forEach(table -> table.rows().forEach(row -> concepts.add(row.concept())));
                    concepts.remove(null);
                    concepts.add("no_such_concept");
                    List<String> labels = new ArrayList<>();
                    labels.add(null);
                    from.rows().forEach(row -> labels.add(row.label()));
                    for (String concept : concepts) {
                        for (Period period : periodsOf(from)) {
                            for (String label : labelsOf(from, concept, labels)) {
                                DocumentTables.Located fresh = afresh.find(kind, concept, period, from, label);
                                DocumentTables.Located remembered = kept.find(kind, concept, period, from, label);
                                String where = document.id() + " " + from.id() + " " + kind + " " + concept + " " + period + " " + label;
                                assertSame(fresh, remembered, where);
                                asked++;
                                if (fresh != null) {
                                    found++;
                                    List<DocumentTables.Located> freshAlike = afresh.rankedAlike(fresh, concept, period, from);
                                    List<DocumentTables.Located> keptAlike = kept.rankedAlike(remembered, concept, period, from);
                                    assertEquals(freshAlike.size(), keptAlike.size(), where);
                                    for (int i = 0; i < freshAlike.size(); i++) {
                                        assertSame(freshAlike.get(i), keptAlike.get(i), where + " rival " + i);
                                    }
                                    rivals += freshAlike.size();
                                }
                            }
                        }
                    }
                }
            }
            orderedDifferently += searchesDiffer(statements) ? 1 : 0;
        }
        assertTrue(asked > 100_000 && found > 10_000 && rivals > 0, asked + " asked, " + found + " found, " + rivals + " rivals");
        // Documents where two tables search a kind's statements in different orders: a search kept by kind alone fails them.
        assertTrue(orderedDifferently >= 10, orderedDifferently + " documents");
    }

    /** Each period of the table's columns, and the start and end of each. */
    private static Set<Period> periodsOf(StatementTable table) {
        Set<Period> periods = new LinkedHashSet<>();
        for (int c = 0; c < table.width(); c++) {
            periods.add(table.period(c));
            periods.add(DocumentTables.periodAt(table.period(c), "start"));
            periods.add(DocumentTables.periodAt(table.period(c), "end"));
        }
        periods.remove(null);
        return periods;
    }

    /** No label, and the labels of the origin's rows of the concept, or one other label of the origin. */
    private static List<String> labelsOf(StatementTable from, String concept, List<String> labels) {
        List<String> of = new ArrayList<>();
        of.add(null);
        for (StatementRow row : from.rows()) {
            if (concept.equals(row.concept())) {
                of.add(row.label());
            }
        }
        if (of.size() == 1 && labels.size() > 1) {
            of.add(labels.get(1));
        }
        return of;
    }

    private static void assertSame(DocumentTables.Located expected, DocumentTables.Located actual, String where) {
        if (expected == null || actual == null) {
            assertTrue(expected == actual, where + ": " + (expected == null ? "none" : expected.table().id() + " row " + expected.row().index())
                    + " / " + (actual == null ? "none" : actual.table().id() + " row " + actual.row().index()));
            return;
        }
        assertTrue(expected.table() == actual.table() && expected.row() == actual.row() && expected.column() == actual.column(),
                where + ": " + expected.table().id() + " row " + expected.row().index() + " column " + expected.column()
                        + " / " + actual.table().id() + " row " + actual.row().index() + " column " + actual.column());
    }

    /** Whether two primary statements of the document would search one kind's other statements in different orders. */
    private static boolean searchesDiffer(List<StatementTable> statements) {
        Set<StatementKind> primary = Set.of(StatementKind.BALANCE_SHEET, StatementKind.INCOME, StatementKind.CASH_FLOW);
        for (StatementKind kind : primary) {
            List<List<StatementTable>> orders = new ArrayList<>();
            for (StatementTable from : statements) {
                if (!primary.contains(from.kind())) {
                    continue;
                }
                List<StatementTable> order = new ArrayList<>();
                int at = statements.indexOf(from);
                for (int i = at - 1; i >= 0; i--) {
                    order.add(statements.get(i));
                }
                order.addAll(statements.subList(at + 1, statements.size()));
                order.removeIf(table -> table.kind() != kind);
                orders.add(order);
            }
            for (List<StatementTable> order : orders) {
                if (order.size() >= 2 && orders.stream().anyMatch(other -> other.size() == order.size() && !other.equals(order))) {
                    return true;
                }
            }
        }
        return false;
    }
}
