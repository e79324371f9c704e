package dev.crossfoot.check;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.StatementTable;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a run keeps of each document's tables for claims across documents ({@link CrossDocumentClaims#keep}) does not
 * depend on which table kept before its values are taken from (the company's last table of the same name, the table
 * at the same place of the document kept just before, or none): whatever the order the documents come in and whichever
 * company each is filed under, every table kept equals the table kept alone, value for value, and each value is the
 * one instance the run keeps of it.
 */
class KeptTablesProperties {

    private static List<List<StatementTable>> checked;

    /** The checked fixtures' statements, checked once for every try. */
    private static synchronized List<List<StatementTable>> checked() throws Exception {
        if (checked == null) {
            Checker checker = new Checker(RuleBook.builtIn());
            List<List<StatementTable>> statements = new ArrayList<>();
            for (Document document : CheckedFixtures.documents()) {
                List<StatementTable> tables = checker.check(document).statements();
                if (!tables.isEmpty()) {
                    statements.add(tables);
                }
            }
            checked = statements;
        }
        return checked;
    }

    @Property(tries = 40)
    @Label("documents kept in any order under any companies keep what they keep alone, each value once")
    void keptAsAlone(@ForAll("orders") List<Integer> order, @ForAll("companies") List<Integer> companies) throws Exception {
        List<List<StatementTable>> documents = checked();
        CrossDocumentClaims claims = CrossDocumentClaims.of(RuleBook.builtIn());
        // The first instance of each value the run kept: every later equal value must be that very instance.
        Map<Object, Object> first = new HashMap<>();
        int values = 0;
        for (int d = 0; d < order.size(); d++) {
            List<StatementTable> statements = documents.get(order.get(d) % documents.size());
            String entity = "company " + companies.get(d % companies.size());
            List<StatedTable> kept = claims.keep(entity, statements, ClaimLines.NONE).stated();
            List<StatedTable> alone = StatedTable.of(statements, SharedValues.NONE);
            assertEquals(alone.size(), kept.size());
            for (int t = 0; t < kept.size(); t++) {
                StatedTable a = alone.get(t);
                StatedTable k = kept.get(t);
                String where = "document " + d + " table " + k.id();
                assertEquals(a.id(), k.id(), where);
                assertEquals(a.kind(), k.kind(), where);
                assertSame(once(first, k.title()), k.title(), where);
                assertEquals(a.title(), k.title(), where);
                assertSame(once(first, k.unit()), k.unit(), where);
                assertEquals(a.unit(), k.unit(), where);
                assertSame(once(first, k.periods()), k.periods(), where);
                assertEquals(a.periods(), k.periods(), where);
                assertEquals(a.width(), k.width(), where);
                for (int c = 0; c < k.width(); c++) {
                    assertEquals(a.column(c), k.column(c), where);
                    assertSame(once(first, k.column(c)), k.column(c), where);
                }
                assertEquals(a.rows().size(), k.rows().size(), where);
                for (int r = 0; r < k.rows().size(); r++) {
                    StatedRow ar = a.rows().get(r);
                    StatedRow kr = k.rows().get(r);
                    assertEquals(ar.label(), kr.label(), where);
                    assertSame(once(first, kr.label()), kr.label(), where);
                    assertEquals(ar.sectionPath(), kr.sectionPath(), where);
                    assertSame(once(first, kr.sectionPath()), kr.sectionPath(), where);
                    assertEquals(ar.concept(), kr.concept(), where);
                    assertEquals(ar.measure(), kr.measure(), where);
                    assertEquals(ar.cells(), kr.cells(), where);
                    for (int c = 0; c < k.width(); c++) {
                        assertEquals(ar.has(c), kr.has(c), where);
                        if (!kr.has(c)) {
                            continue;
                        }
                        values++;
                        assertEquals(ar.text(c), kr.text(c), where);
                        assertSame(once(first, kr.text(c)), kr.text(c), where);
                        assertEquals(ar.location(c), kr.location(c), where);
                        if (kr.location(c) != null && kr.location(c).fragment() != null) {
                            assertSame(once(first, kr.location(c).fragment()), kr.location(c).fragment(), where);
                        }
                        assertEquals(ar.interval(c), kr.interval(c), where);
                    }
                }
            }
        }
        assertTrue(order.isEmpty() || values > 0, "nothing kept");
    }

    private static Object once(Map<Object, Object> first, Object value) {
        return value == null ? null : first.computeIfAbsent(value, v -> v);
    }

    @Provide
    Arbitrary<List<Integer>> orders() {
        // Documents by index (taken modulo the fixtures' count), repeats allowed: a company files the same tables again.
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<Integer>> companies() {
        return Arbitraries.integers().between(0, 3).list().ofMinSize(1).ofMaxSize(40);
    }
}
