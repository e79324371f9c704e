package dev.crossfoot.check;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Finding;
import dev.crossfoot.read.Inputs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Form 12b-25 of Sonus's fiscal 2007 (no table; its revenue in the text) checked together with
 * an annual report of the same company (constructed, {@code fixtures/sonus-2007-late-filing/}).
 */
class CrossDocumentClaimsTest {

    static final Path FOLDER = Path.of("fixtures/sonus-2007-late-filing");
    static final Path NOTICE = FOLDER.resolve("sonus-2007-12b25.txt");
    static final Path ANNUAL = FOLDER.resolve("sonus-2007-annual.json");

    private static List<CheckOutcome> revenueClaims(CheckRun run) {
        return run.outcomes().stream().filter(o -> o.rule().equals("TEXT.claim-ties") && o.detail().startsWith("revenues ")).toList();
    }

    private static List<Finding> claimErrors(CheckRun run) {
        return run.findings().stream().filter(f -> f.rule().equals("TEXT.claim-ties")).toList();
    }

    @Test
    void theNoticesRevenueTiesToTheAnnualReportsTable() throws Exception {
        CheckRun run = Crossfoot.standard().check(List.of(NOTICE, ANNUAL));
        List<CheckOutcome> revenue = revenueClaims(run);
        assertEquals(2, revenue.size());
        for (CheckOutcome claim : revenue) {
            assertEquals(CheckStatus.PASSED, claim.status(), claim.detail());
            assertTrue(claim.detail().contains("tied to document 'sonus-2007-annual'"), claim.detail());
            assertEquals("Total revenue", claim.cells().get(1).row());
        }
        assertEquals("Year ended December 31, 2006", revenue.get(1).cells().get(1).column());
        assertTrue(claimErrors(run).isEmpty());
    }

    @Test
    void aloneTheNoticeStatesFiguresNoTableStates() throws Exception {
        CheckRun run = Crossfoot.standard().check(List.of(NOTICE));
        assertTrue(revenueClaims(run).stream().allMatch(c -> c.status() == CheckStatus.NOT_EVALUATED));
    }

    @Test
    void anAnnualReportThatDisagreesMakesTheNoticesSentenceAnError(@TempDir Path dir) throws Exception {
        Path changed = dir.resolve("sonus-2007-annual.json");
        Files.writeString(changed, Files.readString(ANNUAL).replace("\"320,303\"", "\"324,303\"").replace("\"231,842\"", "\"235,842\""));
        CheckRun run = Crossfoot.standard().check(List.of(NOTICE, changed));
        List<Finding> errors = claimErrors(run);
        assertEquals(1, errors.size(), errors::toString);
        assertEquals(NOTICE + ":90:178", errors.get(0).primaryLocation().toString());
        assertTrue(errors.get(0).message().contains("324,303"), errors.get(0).message());
    }

    @Test
    void anotherCompanysReportIsNotTiedTo(@TempDir Path dir) throws Exception {
        Path other = dir.resolve("other-2007-annual.json");
        Files.writeString(other, Files.readString(ANNUAL).replace("Sonus Networks, Inc.", "Acme Networks, Inc.")
                .replace("\"320,303\"", "\"324,303\"").replace("\"231,842\"", "\"235,842\""));
        CheckRun run = Crossfoot.standard().check(List.of(NOTICE, other));
        assertTrue(revenueClaims(run).stream().allMatch(c -> c.status() == CheckStatus.NOT_EVALUATED));
        assertTrue(claimErrors(run).isEmpty());
    }

    @Test
    void theTiesDoNotDependOnTheNumberOfJobs() throws Exception {
        List<Path> both = List.of(ANNUAL, NOTICE);
        CheckRun one = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 1).check(both);
        CheckRun three = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 3).check(both);
        assertEquals(one.outcomes(), three.outcomes());
        assertEquals(one.findings(), three.findings());
        assertEquals(2, revenueClaims(one).stream().filter(c -> c.status() == CheckStatus.PASSED).count());
    }

    /**
     * A filing with tables of its own that do not state the figure may speak of a part of the company: tied across
     * documents, it is neither failed nor passed — whether it agrees is said, but a tie that could pass and never fail
     * would accept any figure.
     */
    @Test
    void aDocumentWithTablesOfItsOwnIsNeitherFailedNorPassedByAnother(@TempDir Path dir) throws Exception {
        for (String revenue : List.of("$310.3 million", "$320.3 million")) {
            Path withTables = dir.resolve("sonus-2007-segment.json");
            Files.writeString(withTables, """
                    {"crossfoot": 1, "document": {"id": "sonus-2007-segment", "entity": "Sonus Networks, Inc."},
                     "paragraphs": ["Total revenue for the year ended December 31, 2007 was %s."],
                     "tables": [{"id": "headcount", "columns": ["December 31, 2007"], "rows": [{"label": "Employees", "cells": ["1,012"]}]}]}
                    """.formatted(revenue));
            CheckRun run = Crossfoot.standard().check(List.of(withTables, ANNUAL));
            CheckOutcome claim = run.outcomes().stream().filter(o -> o.rule().equals("TEXT.claim-ties")).findFirst().orElseThrow();
            assertEquals(CheckStatus.NOT_EVALUATED, claim.status(), claim.detail());
            assertTrue(claim.detail().contains("tied to document 'sonus-2007-annual'") && claim.detail().contains("may be of a part"), claim.detail());
            boolean agrees = revenue.equals("$320.3 million");
            assertTrue(claim.detail().contains(agrees ? "which the figure agrees with" : "which the figure does not agree with"), claim.detail());
            assertTrue(claimErrors(run).isEmpty());
        }
    }
}
