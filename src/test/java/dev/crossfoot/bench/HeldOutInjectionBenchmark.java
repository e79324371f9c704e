package dev.crossfoot.bench;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *
 * <p>Two builds are compared on one pool ({@link CleanPool}): {@code -Dcrossfoot.bench.pool-out=DIR}
 * writes the clean pool the build harvested (of the half measured, or both), {@code -Dcrossfoot.bench.pool-in=DIR} measures on a
 * pool written before instead of harvesting (a pool document this build finds unclean is kept,
 * counted and listed), and {@code -Dcrossfoot.bench.misses-out=FILE} writes one line per injected
 * error ({@link InjectionOutcome}) for {@link PairedInjection}.
 */
class HeldOutInjectionBenchmark {

    /** The Markdown report and every injected error of a measurement. */
    record Measured(String markdown, List<InjectionOutcome> outcomes) { }

    @Test
    void measure() throws Exception {
        int count = Integer.getInteger("crossfoot.bench.errors", 1000);
        long seed = Long.getLong("crossfoot.bench.seed", HeldOutSplit.SEED);
        String poolIn = System.getProperty("crossfoot.bench.pool-in", "");
        String poolOut = System.getProperty("crossfoot.bench.pool-out", "");
        String missesOut = System.getProperty("crossfoot.bench.misses-out", "");
        long started = System.nanoTime();
        CleanTables clean = new CleanTables();
        String only = System.getProperty("crossfoot.bench.half", "");
        Map<HeldOutSplit.Half, CleanTables.Harvest> halves = poolIn.isEmpty() ? clean.harvest() : CleanPool.read(Path.of(poolIn));
        if (!poolOut.isEmpty()) {
            // Only the half measured: a pool of the evaluation half is written when it is asked for.
            Map<HeldOutSplit.Half, CleanTables.Harvest> written = new java.util.EnumMap<>(HeldOutSplit.Half.class);
            halves.forEach((half, harvest) -> {
                if (only.isEmpty() || only.equals(half.label())) {
                    written.put(half, harvest);
                }
            });
            CleanPool.write(Path.of(poolOut), written);
        }
        Measured measured = measure(clean, halves, !poolIn.isEmpty(), only,
                Boolean.getBoolean("crossfoot.bench.given-only"), count, seed);
        String out = (poolIn.isEmpty() ? "" : "clean pool read from " + poolIn + "\n\n") + measured.markdown()
                + String.format("ran in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println(out);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "heldout-injection.md"), out);
        if (!missesOut.isEmpty()) {
            InjectionOutcome.write(Path.of(missesOut), measured.outcomes());
        }
    }

    /**
     * Measures each half (or only the one named) on its clean documents. {@code pooled}: the
     * documents are a pool written before, so none is left out — one that gives an error finding
     * without its depth is measured and counted like one that gives it with its depth.
     */
    static Measured measure(CleanTables clean, Map<HeldOutSplit.Half, CleanTables.Harvest> halves, boolean pooled, String only,
                            boolean givenOnly, int count, long seed) {
        StringBuilder out = new StringBuilder();
        List<InjectionOutcome> outcomes = new ArrayList<>();
        for (Map.Entry<HeldOutSplit.Half, CleanTables.Harvest> half : halves.entrySet()) {
            if (!only.isEmpty() && !only.equals(half.getKey().label())) {
                continue;
            }
            List<Fixture> given = half.getValue().fixtures();
            long hinted = given.stream().filter(Fixture::hasDepth).count();
            out.append("### ").append(half.getKey().label()).append(" half\n\nclean inputs: ")
                    .append(half.getValue().describe()).append("; ").append(hinted).append(" documents carry a depth\n\n");
            DiagnosisQuality givenRun = new DiagnosisQuality(half.getKey().label() + "-given");
            out.append("#### depth as given\n\n").append(givenRun.run(given, count, seed).markdown(seed,
                    given.size() + (pooled ? " pool documents" : " clean documents"))).append('\n');
            outcomes.addAll(givenRun.outcomes());
            if (hinted == 0 || givenOnly) {
                out.append("#### depth removed\n\n").append(hinted == 0 ? "the same as depth as given: no clean input of this half carries a depth"
                        : "not run (crossfoot.bench.given-only)").append("\n\n");
                continue;
            }
            List<Fixture> bare = given.stream().map(f -> f.hasDepth() ? f.withoutDepth() : f).toList();
            List<Fixture> unhinted = pooled ? bare : bare.stream().filter(clean::clean).toList();
            DiagnosisQuality unhintedRun = new DiagnosisQuality(half.getKey().label() + "-unhinted");
            out.append("#### depth removed\n\n");
            if (!pooled) {
                out.append(given.size() - unhinted.size())
                        .append(" documents clean with their depth give an error finding without it and are left out\n\n");
            }
            out.append(unhintedRun.run(unhinted, count, seed).markdown(seed, unhinted.size() + (pooled ? " pool documents" : " clean documents")))
                    .append('\n');
            outcomes.addAll(unhintedRun.outcomes());
        }
        return new Measured(out.toString(), outcomes);
    }
}
