package dev.crossfoot.check;

import dev.crossfoot.SharedData;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Failure;
import dev.crossfoot.read.Inputs;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * A document's own claims tied to its tables as the run keeps them for its company's other documents (made once for
 * both, {@link Checker#check(Document, Failure.Trace, CrossDocumentClaims, String)}) give what they give tied to
 * tables made for them alone: the same checks, the same names of the lines, and the tables kept are those
 * {@link CrossDocumentClaims#keep} keeps. On the earnings releases of the shared corpus and the Sonus fixtures,
 * checked in any order under any companies (so that values are taken from the company's tables kept before, or the
 * document's checked just before).
 */
class KeptTablesTiedProperties {

    private static List<Document> documents;

    private static synchronized List<Document> documents() throws Exception {
        if (documents == null) {
            documents = Inputs.standard().readAll(List.of(SharedData.require("corpus/earnings-releases"),
                    Path.of("fixtures/sonus-2007-late-filing"), Path.of("fixtures/sonus-2011q3"))).documents();
        }
        return documents;
    }

    @Property(tries = 25)
    @Label("claims tied to the tables as kept tie as to tables made for them alone")
    void tiedToKeptAsToTheirOwn(@ForAll("orders") List<Integer> order, @ForAll("companies") List<Integer> companies) throws Exception {
        List<Document> all = documents();
        Checker checker = new Checker(RuleBook.builtIn());
        CrossDocumentClaims keeping = CrossDocumentClaims.of(RuleBook.builtIn());
        CrossDocumentClaims keptAfter = CrossDocumentClaims.of(RuleBook.builtIn());
        int tied = 0;
        for (int d = 0; d < order.size(); d++) {
            Document document = all.get(order.get(d) % all.size());
            String entity = "company " + companies.get(d % companies.size());
            Checker.DocumentResult alone = checker.check(document);
            Checker.DocumentResult kept = checker.check(document, Failure.Trace.NONE, keeping, entity);
            String where = "document " + d + ": " + document.id();
            // A claim's check names its cells by the tables it was tied to (compared by identity): compared as reported.
            assertEquals(alone.claims().size(), kept.claims().size(), where);
            for (int c = 0; c < alone.claims().size(); c++) {
                assertEquals(alone.claims().get(c).outcome(document), kept.claims().get(c).outcome(document), where + " claim " + c);
                assertEquals(alone.claims().get(c).untied(), kept.claims().get(c).untied(), where + " claim " + c);
                assertEquals(alone.claims().get(c).status(), kept.claims().get(c).status(), where + " claim " + c);
            }
            assertEquals(alone.claimLines().size(), kept.claimLines().size(), where);
            for (int line = 0; line < alone.claimLines().size(); line++) {
                assertEquals(alone.claimLines().table(line), kept.claimLines().table(line), where);
                assertEquals(alone.claimLines().row(line), kept.claimLines().row(line), where);
                assertEquals(alone.claimLines().named(line), kept.claimLines().named(line), where);
            }
            CrossDocumentClaims.Tables after = keptAfter.keep(entity, alone.statements(), alone.claimLines());
            assertEquals(after.isEmpty(), kept.claimTables().isEmpty(), where);
            assertEquals(after.stated().size(), kept.claimTables().stated().size(), where);
            if (!kept.claimTables().isEmpty()) {
                assertSame(kept.claimLines(), kept.claimTables().lines(), where);
            }
            tied += (int) kept.claims().stream().filter(check -> !check.cells().isEmpty()).count();
        }
        Statistics.label("claims tied to cells").collect(tied > 0);
        Statistics.label("claims tied to cells").coverage(coverage -> coverage.check(true).percentage(percent -> percent > 10));
    }

    @Provide
    Arbitrary<List<Integer>> orders() {
        // Documents by index (taken modulo their count), repeats allowed: a company files the same tables again.
        return Arbitraries.integers().between(0, 10_000).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<List<Integer>> companies() {
        return Arbitraries.integers().between(0, 2).list().ofMinSize(1).ofMaxSize(4);
    }
}
