package dev.crossfoot.bench;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.read.ReadResult;
import dev.crossfoot.understand.NumberParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Throughput of the stages on the Sonus release (9 tables, ~240 checks): reading the canonical
 * JSON, the whole pipeline on a document already read, and the number parser alone.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CheckBenchmark {

    private static final Path FIXTURE = Path.of("fixtures/sonus-2011q3/sonus-2011q3-release.json");

    private byte[] bytes;
    private ReadResult read;
    private Crossfoot crossfoot;
    private final NumberParser numbers = new NumberParser();

    @Setup
    public void setUp() throws IOException {
        bytes = Files.readAllBytes(FIXTURE);
        read = new JsonReader().read(FIXTURE, FIXTURE.toString(), bytes);
        crossfoot = Crossfoot.standard();
    }

    @Benchmark
    public ReadResult readCanonicalJson() {
        return new JsonReader().read(FIXTURE, FIXTURE.toString(), bytes);
    }

    @Benchmark
    public CheckRun checkDocument() {
        return crossfoot.check(List.of(FIXTURE.toString()), read);
    }

    @Benchmark
    public Object parseNumber() {
        return numbers.parse("$ (1,308,715)");
    }
}
