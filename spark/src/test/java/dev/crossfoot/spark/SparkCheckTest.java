package dev.crossfoot.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.Crossfoot;
import dev.crossfoot.SharedData;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Failure;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.report.JsonReport;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode on two cores gives the findings, skipped tables and summary the CLI
 * gives on the same inputs: a JSON Lines dataset split between tasks (TAT-QA's tables), a folder of
 * filings of several formats, and SEC data sets in folders of the four files (both layouts). A
 * whole corpus quarter is compared in BENCHMARKS.md, not here: it would double the build's time.
 */
class SparkCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SparkSession spark;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("crossfoot test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2").getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void theCorpusDatasetsGiveTheSameFindingsAsTheCli() throws Exception {
        List<Path> inputs = List.of(
                SharedData.require("corpus/extracted/tatqa-tables.jsonl.gz"),
                SharedData.require("corpus/older-filings"),
                Path.of("../fixtures/fsds/layout-2009").toAbsolutePath().normalize(),
                Path.of("../fixtures/fsds/layout-2025").toAbsolutePath().normalize());
        Path output = Path.of("target/spark-check-test").toAbsolutePath();
        deleteAll(output);

        JsonNode summary = SparkCheck.run(spark, inputs.stream().map(Path::toString).toList(), output.toString());

        JsonNode cli = cliReport(inputs);
        assertEquals(SparkCheck.summed(List.of(JSON.writeValueAsString(cli.path("summary")))), summary, "summary");
        assertEquals(sorted(cli.path("findings")), sortedLines(output.resolve("findings")), "findings");
        assertEquals(sorted(cli.path("skipped")), sortedLines(output.resolve("skipped")), "skipped tables");
        assertTrue(summary.path("documents").asLong() > 500, "documents checked: " + summary.path("documents"));
        assertTrue(summary.path("errors").asLong() > 0, "a run with findings to compare: " + summary);
        assertEquals(summary, SparkCheck.summed(List.of(Files.readString(output.resolve("summary.json")))), "summary.json");
    }

    private static JsonNode cliReport(List<Path> inputs) throws Exception {
        CheckRun run = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 2).check(inputs);
        StringWriter out = new StringWriter();
        new JsonReport().write(run, out);
        return JSON.readTree(out.toString());
    }

    private static List<String> sorted(JsonNode array) throws IOException {
        List<String> lines = new ArrayList<>();
        for (JsonNode node : array) {
            lines.add(JSON.writeValueAsString(node));
        }
        lines.sort(null);
        return lines;
    }

    private static List<String> sortedLines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(folder)) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        lines.sort(null);
        return lines;
    }

    private static void deleteAll(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
