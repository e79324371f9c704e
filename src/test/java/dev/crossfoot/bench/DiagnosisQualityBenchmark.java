package dev.crossfoot.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The diagnosis quality benchmark, run on demand (its name keeps it out of the normal build):
 * <pre>mvn -q -o test -Dtest=DiagnosisQualityBenchmark -Dcrossfoot.bench.errors=1000 -Dcrossfoot.bench.seed=20111103</pre>
 * It prints the Markdown table that BENCHMARKS.md records and writes it to
 * {@code target/diagnosis-quality.md}.
 */
class DiagnosisQualityBenchmark {

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("crossfoot.bench.errors", 1000);
        long seed = Long.getLong("crossfoot.bench.seed", 20111103L);
        List<Fixture> fixtures = Fixture.all(Path.of("fixtures"));
        long started = System.nanoTime();
        QualityTally tally = new DiagnosisQuality().run(fixtures, count, seed);
        String names = fixtures.stream().map(fixture -> fixture.path().toString()).collect(Collectors.joining(", "));
        String table = tally.markdown(seed, names) + String.format("%nran in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println(table);
        java.nio.file.Files.writeString(Path.of("target", "diagnosis-quality.md"), table);
    }
}
