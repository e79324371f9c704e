package dev.crossfoot.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Injected single-cell extraction errors on the table shapes of real filings, per half of the
 * held-out split and on both paths — with {@code depth} as given, and with every {@code depth}
 * removed — run on demand (its name keeps it out of the normal build):
 * <pre>mvn -q -B -o test -Dtest=HeldOutInjectionBenchmark -Dcrossfoot.bench.errors=1000 -Dcrossfoot.bench.seed=20261204</pre>
 * The clean inputs are every table of a real document that gives no error finding, as one-table
 * canonical JSON ({@link CleanTables}), and for the tuning half the project's clean fixtures. Prints
 * the Markdown tables that BENCHMARKS.md records and writes them to {@code target/heldout-injection.md}.
 * {@code -Dcrossfoot.bench.half=tuning} measures one half only: while designing a change, only the
 * tuning half's misses ({@code -Dcrossfoot.bench.verbose=true}) are to be read, and
 * {@code -Dcrossfoot.bench.given-only=true} leaves out the depth-removed run to iterate faster.
 */
class HeldOutInjectionBenchmark {

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("crossfoot.bench.errors", 1000);
        long seed = Long.getLong("crossfoot.bench.seed", HeldOutSplit.SEED);
        long started = System.nanoTime();
        StringBuilder out = new StringBuilder();
        CleanTables clean = new CleanTables();
        String only = System.getProperty("crossfoot.bench.half", "");
        for (Map.Entry<HeldOutSplit.Half, CleanTables.Harvest> half : clean.harvest().entrySet()) {
            if (!only.isEmpty() && !only.equals(half.getKey().label())) {
                continue;
            }
            List<Fixture> given = half.getValue().fixtures();
            long hinted = given.stream().filter(Fixture::hasDepth).count();
            List<Fixture> unhinted = given.stream().map(f -> f.hasDepth() ? f.withoutDepth() : f).filter(clean::clean).toList();
            out.append("### ").append(half.getKey().label()).append(" half\n\nclean inputs: ")
                    .append(half.getValue().describe()).append("; ").append(hinted).append(" documents carry a depth\n\n");
            out.append("#### depth as given\n\n").append(new DiagnosisQuality(half.getKey().label() + "-given").run(given, count, seed).markdown(seed,
                    given.size() + " clean documents")).append('\n');
            if (hinted == 0 || Boolean.getBoolean("crossfoot.bench.given-only")) {
                out.append("#### depth removed\n\n").append(hinted == 0 ? "the same as depth as given: no clean input of this half carries a depth"
                        : "not run (crossfoot.bench.given-only)").append("\n\n");
                continue;
            }
            out.append("#### depth removed\n\n").append(given.size() - unhinted.size())
                    .append(" documents clean with their depth give an error finding without it and are left out\n\n")
                    .append(new DiagnosisQuality(half.getKey().label() + "-unhinted").run(unhinted, count, seed).markdown(seed, unhinted.size() + " clean documents"))
                    .append('\n');
        }
        out.append(String.format("ran in %.1f s%n", (System.nanoTime() - started) / 1e9));
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "heldout-injection.md"), out);
    }
}
