package dev.crossfoot.read;

import dev.crossfoot.bench.CorpusExpectations;
import dev.crossfoot.bench.CorpusRunner;
import dev.crossfoot.bench.CorpusSource;
import dev.crossfoot.bench.DocumentResult;
import dev.crossfoot.model.Finding;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The 10-K/10-Q corpus is (almost surely) internally consistent: an error on it is a false finding
 * of the reader or of understanding. Each filing is checked once; its error findings must be
 * exactly those committed in fixtures/corpus-expected/html-10k-10q.txt, with no fewer checks
 * evaluated than the floor written there ({@link CorpusExpectations}). Where they fall, on the
 * balance sheet, income and cash-flow statements and on the other tables, with each message, is
 * written to target/corpus-findings.txt.
 */
class HtmlCorpusFindingsTest {

    @Test
    void errorFindingsOnTheCorpusAreExactlyTheCommittedOnes() throws Exception {
        CorpusRunner.SourceRun run = new CorpusRunner().run(CorpusSource.HTML_10K_10Q);
        assumeTrue(run.read(), () -> "the 10-K/10-Q corpus: " + run.problem());
        writeListing(run.documents(), Path.of("target/corpus-findings.txt"));
        CorpusExpectations.verify(CorpusSource.HTML_10K_10Q.name(), run.documents());
    }

    /** The findings with their messages, face statements ("primary") apart from the other tables. */
    static void writeListing(List<DocumentResult> documents, Path target) throws java.io.IOException {
        Map<String, Integer> primary = new TreeMap<>();
        Map<String, Integer> other = new TreeMap<>();
        List<String> lines = new ArrayList<>();
        for (DocumentResult document : documents) {
            for (Finding finding : document.errors()) {
                boolean face = document.onFaceStatement(finding);
                (face ? primary : other).merge(finding.rule(), 1, Integer::sum);
                lines.add((face ? "primary " : "other   ") + document.name() + " " + finding.table() + " [" + finding.rule()
                        + "] " + finding.message().replace('\n', ' ') + " @ " + finding.primaryLocation());
            }
        }
        String summary = "errors on balance sheet, income and cash-flow tables: " + sum(primary) + " " + primary
                + System.lineSeparator() + "errors on other tables: " + sum(other) + " " + other;
        Files.createDirectories(target.getParent());
        Files.writeString(target, summary + System.lineSeparator() + String.join(System.lineSeparator(), lines)
                + System.lineSeparator());
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
