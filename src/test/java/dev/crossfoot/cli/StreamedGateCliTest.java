package dev.crossfoot.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run whose reports stream decides the gate as the run kept whole does: the same baseline
 * written, the same findings accepted by it, the same verdicts under {@code --max-findings}. An
 * {@code html} report keeps the run whole, so asking for one beside the json report gives the
 * whole run's decision to compare with.
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
        Cli.run("check", corpus, "-q", "--report", "json=" + folder.resolve("w.json"), "--report", "html=" + folder.resolve("w.html"),
                "--write-baseline", whole.toString());
        Cli.run("check", corpus, "-q", "--report", "json=" + folder.resolve("s.json"), "--write-baseline", streamed.toString());
        List<String> entries = sorted(JSON.readTree(whole.toFile()).get("findings"));
        assertTrue(entries.size() >= 4, "the corpus has findings to accept: " + entries.size());
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
            Cli whole = Cli.run("check", corpus, "-q", "--baseline", baseline.toString(), "--max-findings", maxFindings,
                    "--report", "json=" + wholeJson, "--report", "html=" + folder.resolve("whole.html"));
            Cli streamed = Cli.run("check", corpus, "-q", "--baseline", baseline.toString(), "--max-findings", maxFindings,
                    "--report", "json=" + streamedJson);
            assertEquals(whole.exit(), streamed.exit(), "the same exit code with --max-findings " + maxFindings + ": " + streamed.err());
            JsonNode all = JSON.readTree(wholeJson.toFile());
            JsonNode one = JSON.readTree(streamedJson.toFile());
            assertEquals(2, all.get("gate").get("accepted").asInt(), "the baseline's findings are accepted: " + all.get("gate"));
            assertEquals(all.get("gate"), one.get("gate"), "the same decision with --max-findings " + maxFindings);
            assertEquals(sorted(all.get("findings")), sorted(one.get("findings")), "the same verdicts with --max-findings " + maxFindings);
        }
    }

    private static List<String> sorted(JsonNode array) {
        List<String> entries = new ArrayList<>();
        array.forEach(entry -> entries.add(entry.toString()));
        entries.sort(null);
        return entries;
    }
}
