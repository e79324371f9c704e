package dev.crossfoot.read;

import dev.crossfoot.bench.CorpusExpectations;
import dev.crossfoot.bench.CorpusRunner;
import dev.crossfoot.bench.CorpusSource;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The older filings (pre-inline-XBRL HTML, SEC "R" pages, edgartools CSVs) are published statements,
 * almost surely consistent: an error on them is a false finding of reading or understanding, or one
 * of the few inconsistencies of the filing itself (a cell printed as "." in Galaxy's equity-plan
 * table, the edgartools export of Apple's FY2021 equity statement that keeps only part of a row).
 * The error findings must be exactly those committed in fixtures/corpus-expected/older-filings.txt,
 * with no fewer checks evaluated than the floor written there; with their messages they are written
 * to target/older-filings-findings.txt.
 */
class OlderFilingsFindingsTest {

    @Test
    void errorFindingsOnTheOlderFilingsAreExactlyTheCommittedOnes() throws Exception {
        CorpusRunner.SourceRun run = new CorpusRunner().run(CorpusSource.OLDER_FILINGS);
        assumeTrue(run.read(), () -> "the older filings: " + run.problem());
        HtmlCorpusFindingsTest.writeListing(run.documents(), Path.of("target/older-filings-findings.txt"));
        CorpusExpectations.verify(CorpusSource.OLDER_FILINGS.name(), run.documents());
    }
}
