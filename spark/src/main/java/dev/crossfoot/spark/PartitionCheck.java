package dev.crossfoot.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.Crossfoot;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Failure;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.JsonLinesReader;
import dev.crossfoot.report.JsonReport;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Checks one partition on an executor with the core library, exactly as the CLI checks a file:
 * the same readers, rules, checks and diagnosis, the findings rendered by the same {@code json}
 * report writer. One checking thread per task: Spark's tasks are the parallelism here.
 */
final class PartitionCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PartitionCheck() {
    }

    /** Lines of JSON Lines datasets, each read as its own line of its file. */
    static Iterator<PartResult> lines(Iterator<DatasetLine> lines) {
        JsonLinesReader reader = new JsonLinesReader();
        List<String> names = new ArrayList<>();
        CheckRun run = crossfoot().check(names, sink -> lines.forEachRemaining(line -> {
            if (names.isEmpty() || !names.get(names.size() - 1).equals(line.name())) {
                names.add(line.name());
            }
            reader.streamLine(Path.of(line.fileName()), line.name(), line.text().getBytes(StandardCharsets.UTF_8),
                    line.lineNumber(), sink);
        }));
        return List.of(result(run)).iterator();
    }

    /** Whole files, each copied from its file system to the executor's disk and read as the CLI reads it. */
    static Iterator<PartResult> files(Iterator<WorkUnit> units, SerializableConfiguration conf) {
        List<PartResult> results = new ArrayList<>();
        units.forEachRemaining(unit -> results.add(file(unit, conf.get())));
        return results.iterator();
    }

    private static PartResult file(WorkUnit unit, Configuration conf) {
        Path local = null;
        try {
            local = Files.createTempDirectory("crossfoot-");
            org.apache.hadoop.fs.Path source = new org.apache.hadoop.fs.Path(unit.hadoopPath());
            // The copy keeps the file's own name: a document without an id is named after its file.
            Path copy = local.resolve(source.getName());
            FileSystem.get(source.toUri(), conf).copyToLocalFile(false, source, new org.apache.hadoop.fs.Path(copy.toUri()), true);
            Inputs inputs = Inputs.standard();
            CheckRun run = crossfoot().check(List.of(unit.name()),
                    sink -> inputs.streamFile(copy, unit.name(), unit.insideFolder(), sink));
            return result(run);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unit.hadoopPath() + ": cannot be copied to the executor", unreadable);
        } finally {
            delete(local);
        }
    }

    private static Crossfoot crossfoot() {
        return new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 1);
    }

    private static PartResult result(CheckRun run) {
        try {
            StringWriter out = new StringWriter();
            new JsonReport().write(run, out);
            JsonNode report = JSON.readTree(out.toString());
            List<String> findings = new ArrayList<>();
            for (JsonNode finding : report.path("findings")) {
                findings.add(JSON.writeValueAsString(finding));
            }
            List<String> skipped = new ArrayList<>();
            for (JsonNode table : report.path("skipped")) {
                skipped.add(JSON.writeValueAsString(table));
            }
            return new PartResult(findings, skipped, JSON.writeValueAsString(report.path("summary")));
        } catch (IOException cannotHappen) {
            throw new UncheckedIOException("the json report of a partition could not be re-read", cannotHappen);
        }
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException leftBehind) {
            // A temporary copy left on the executor's disk is the executor's to clean; the check is done.
        }
    }
}
