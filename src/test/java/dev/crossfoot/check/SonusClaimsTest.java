package dev.crossfoot.check;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.SharedData;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The figures of the Sonus release's text (highlights, body, outlook bullets) tied to its tables:
 * every figure a table states agrees with it; the five figures of SBC product revenue and the
 * year-end cash, which no table states, are listed as not evaluated, never failed.
 */
class SonusClaimsTest {

    static final String WITH_TEXT = "fixtures/sonus-2011q3/sonus-2011q3-release-text.json";

    static List<CheckOutcome> claims(CheckRun run) {
        return run.outcomes().stream().filter(outcome -> outcome.rule().equals("TEXT.claim-ties")).toList();
    }

    @Test
    void everyFigureATableStatesIsFoundAndAgrees() throws Exception {
        CheckRun run = Crossfoot.standard().check(List.of(Path.of(WITH_TEXT)));
        List<CheckOutcome> claims = claims(run);
        assertEquals(36, claims.size(), () -> String.join("\n", claims.stream().map(CheckOutcome::detail).toList()));
        List<CheckOutcome> notEvaluated = claims.stream().filter(c -> c.status() == CheckStatus.NOT_EVALUATED).toList();
        assertEquals(30, claims.stream().filter(c -> c.status() == CheckStatus.PASSED).count());
        assertEquals(6, notEvaluated.size());
        assertEquals(5, notEvaluated.stream().filter(c -> c.detail().contains("no line of the tables states SBC product revenue")).count());
        assertEquals(1, notEvaluated.stream().filter(c -> c.detail().contains("no line of the tables states Year-end cash")).count());
        assertTrue(run.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }

    @Test
    void rangesTieToTheOutlookLowAndHigh() throws Exception {
        CheckRun run = Crossfoot.standard().check(List.of(Path.of(WITH_TEXT)));
        CheckOutcome opex = claims(run).stream().filter(c -> c.detail().startsWith("GAAP operating expenses $41.5 million to $43 million"))
                .findFirst().orElseThrow();
        assertEquals(CheckStatus.PASSED, opex.status());
        assertEquals(List.of("$ 41.5", "$ 43.0"), opex.cells().stream().skip(1).map(cell -> cell.text()).toList());
    }

    /** The seed as extracted: its garbled "(80.0)" for a loss of $0.08 per share is caught by the sentence that states it. */
    @Test
    void theSeedsGarbledEarningsPerShareContradictsItsText() throws Exception {
        Path seed = SharedData.require("seeds/001_2f75bf3f50139a4d.txt");
        CheckRun run = Crossfoot.standard().check(List.of(seed));
        List<Finding> claimErrors = run.findings().stream().filter(f -> f.rule().equals("TEXT.claim-ties")).toList();
        assertEquals(1, claimErrors.size(), () -> claimErrors.toString());
        Finding error = claimErrors.get(0);
        assertEquals(Severity.ERROR, error.severity());
        assertTrue(error.primaryLocation().toString().endsWith("001_2f75bf3f50139a4d.txt:81:416"), error.primaryLocation().toString());
        assertEquals("$ (80.0)", error.cells().get(1).text());
        assertTrue(error.message().contains("$0.08"), error.message());
    }
}
