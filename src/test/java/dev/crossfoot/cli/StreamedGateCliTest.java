package dev.crossfoot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.Crossfoot;
import dev.crossfoot.SharedData;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Severity;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.report.DocumentIdentities;
import dev.crossfoot.report.JsonReport;
import dev.crossfoot.report.ReportOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run whose reports stream decides the gate as the run kept whole does: the same baseline
 * written, the same findings accepted by it, the same verdicts under {@code --max-findings}. Every
 * report of a run of files streams, so the whole run to compare with is checked through the
 * library and gated as {@code check} gates a run kept whole (standard input's way).
 */
class StreamedGateCliTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    @Test
    void aStreamedRunWritesTheBaselineTheWholeRunWrites() throws Exception {
        String corpus = SharedData.require("corpus/older-filings").toString();
        Path whole = folder.resolve("whole-baseline.json");
        Path streamed = folder.resolve("streamed-baseline.json");
        CheckRun run = wholeRun(corpus);
        Baseline.write(whole, ReportOrder.findings(run), DocumentIdentities.of(run));
        Cli.run("check", corpus, "-q", "--report", "json=" + folder.resolve("s.json"), "--write-baseline", streamed.toString());
        List<String> entries = sorted(JSON.readTree(whole.toFile()).get("findings"));
        assertTrue(entries.size() >= 3, "the corpus has findings, in two documents at least, to accept: " + entries.size());
        assertEquals(entries, sorted(JSON.readTree(streamed.toFile()).get("findings")), "the same entries, in reading order");
    }

    @Test
    void withABaselineAndMaxFindingsAStreamedRunGivesTheWholeRunsVerdicts() throws Exception {
        String corpus = SharedData.require("corpus/older-filings").toString();
        Path baseline = folder.resolve("baseline.json");
        // A baseline of one document's findings (two errors): the third error, in another document, stays new.
        Cli.run("check", SharedData.require("corpus/older-filings/edgartools-financials-csv/apple_equity.csv").toString(), "-q",
                "--write-baseline", baseline.toString());
        assertEquals(2, JSON.readTree(baseline.toFile()).get("findings").size(), "the baseline accepts the document's two findings");
        for (String maxFindings : List.of("0", "1", "1000")) {
            Path wholeJson = folder.resolve("whole-" + maxFindings + ".json");
            Path streamedJson = folder.resolve("streamed-" + maxFindings + ".json");
            CheckRun run = wholeRun(corpus);
            List<Finding> findings = ReportOrder.findings(run);
            Set<Finding> accepted = Baseline.read(baseline).accepted(findings, DocumentIdentities.of(run));
            Gate gate = Gate.decide(findings, accepted::contains, Severity.ERROR, Integer.parseInt(maxFindings), true);
            try (Writer out = Files.newBufferedWriter(wholeJson)) {
                new JsonReport().write(run, gate, out);
            }
            Cli streamed = Cli.run("check", corpus, "-q", "--baseline", baseline.toString(), "--max-findings", maxFindings,
                    "--report", "json=" + streamedJson);
            assertEquals(gate.fails() ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code(), streamed.exit(),
                    "the same exit code with --max-findings " + maxFindings + ": " + streamed.err());
            JsonNode all = JSON.readTree(wholeJson.toFile());
            JsonNode one = JSON.readTree(streamedJson.toFile());
            assertEquals(2, all.get("gate").get("accepted").asInt(), "the baseline's findings are accepted: " + all.get("gate"));
            assertEquals(all.get("gate"), one.get("gate"), "the same decision with --max-findings " + maxFindings);
            assertEquals(sorted(all.get("findings")), sorted(one.get("findings")), "the same verdicts with --max-findings " + maxFindings);
        }
    }

    /** The run kept whole, in document-id order, as {@code check} keeps one from standard input. */
    private static CheckRun wholeRun(String corpus) throws Exception {
        return new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 2).check(List.of(Path.of(corpus)));
    }

    private static List<String> sorted(JsonNode array) {
        List<String> entries = new ArrayList<>();
        array.forEach(entry -> entries.add(entry.toString()));
        entries.sort(null);
        return entries;
    }
}
