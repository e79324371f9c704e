package dev.crossfoot.check;

import dev.crossfoot.SharedData;
import dev.crossfoot.model.Document;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.understand.Claim;
import dev.crossfoot.understand.MeasureNames;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The names a document's own claims worked out for its lines, handed to its kept tables ({@link ClaimLines}), tie every
 * claim exactly as the names worked out again from the kept tables do: the earnings releases of the shared corpus and
 * the Sonus fixtures, each document's kept tables asked every claim of every document. Names are bound only to the
 * tables they were worked out for, by the same measure names.
 */
class ClaimLinesTest {

    private static final RuleBook BOOK = RuleBook.builtIn();

    private static ClaimTies ties() {
        for (Rule rule : BOOK.rules()) {
            if (ClaimTies.STRUCTURE.equals(rule.structure())) {
                return new ClaimTies(rule, MeasureNames.of(BOOK.claimWords()), BOOK.concepts());
            }
        }
        throw new AssertionError("the built-in rule book has no claim-ties rule");
    }

    private static List<Checker.DocumentResult> checked(List<Path> paths) throws Exception {
        Checker checker = new Checker(BOOK);
        List<Checker.DocumentResult> results = new ArrayList<>();
        for (Document document : Inputs.standard().readAll(paths).documents()) {
            results.add(checker.check(document));
        }
        return results;
    }

    @Test
    void handedNamesTieEveryClaimAsNamesWorkedOutAgain() throws Exception {
        List<Checker.DocumentResult> results = checked(List.of(SharedData.require("corpus/earnings-releases"),
                Path.of("fixtures/sonus-2007-late-filing"), Path.of("fixtures/sonus-2011q3")));
        List<Claim> claims = results.stream().flatMap(r -> r.claims().stream()).map(ClaimCheck::claim).toList();
        ClaimTies ties = ties();
        int handed = 0;
        int tied = 0;
        for (Checker.DocumentResult result : results) {
            if (result.statements().isEmpty()) {
                continue;
            }
            // Kept as a run keeps them: each repeated value shared with the other documents'.
            List<StatedTable> kept = StatedTable.of(result.statements(), new SharedValues());
            if (result.claims().isEmpty()) {
                assertFalse(result.claimLines().fits(MeasureNames.of(BOOK.claimWords()), kept), "no claims, no names");
                continue;
            }
            assertTrue(result.claimLines().fits(MeasureNames.of(BOOK.claimWords()), kept), result.document().id());
            handed++;
            ClaimTies.Index withNames = ties.index(kept, result.claimLines());
            ClaimTies.Index workedOut = ties.index(kept, ClaimLines.NONE);
            for (Claim claim : claims) {
                ClaimCheck check = workedOut.check(claim);
                assertEquals(check, withNames.check(claim), claim.measure() + " against " + result.document().id());
                tied += check.cells().isEmpty() ? 0 : 1;
            }
        }
        assertTrue(handed >= 10, "documents with claims and tables: " + handed);
        assertTrue(tied >= 50, "claims tied to cells: " + tied);
    }

    @Test
    void namesAreBoundOnlyToTheTablesAndMeasureNamesTheyWereWorkedOutFor() throws Exception {
        List<Checker.DocumentResult> results = checked(List.of(Path.of("fixtures/sonus-2011q3")));
        Checker.DocumentResult result = results.stream().filter(r -> !r.claims().isEmpty() && r.statements().size() > 1)
                .findFirst().orElseThrow();
        MeasureNames names = MeasureNames.of(BOOK.claimWords());
        List<StatedTable> kept = StatedTable.of(result.statements(), new SharedValues());
        assertTrue(result.claimLines().fits(names, kept));
        // Other measure names (equal words, another instance): worked out again.
        assertFalse(result.claimLines().fits(new MeasureNames(BOOK.claimWords()), kept));
        // A table fewer, or a table without its lines: worked out again.
        assertFalse(result.claimLines().fits(names, kept.subList(1, kept.size())));
        List<dev.crossfoot.model.StatementTable> shorter = new ArrayList<>(result.statements());
        dev.crossfoot.model.StatementTable first = shorter.get(0);
        shorter.set(0, new dev.crossfoot.model.StatementTable(first.document(), first.table(), first.tableIndex(), first.kind(),
                first.periods(), List.of()));
        assertFalse(kept.get(0).rows().isEmpty());
        assertFalse(result.claimLines().fits(names, StatedTable.of(shorter, new SharedValues())));
    }
}
