package dev.crossfoot.bench;

import dev.crossfoot.model.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The held-out evaluation of issue 10, run on demand (it checks every real source, about a minute):
 * <pre>mvn -q -B -o test -Dtest=HeldOutEvaluation -Dcrossfoot.bench.heldout=true</pre>
 * Every document of every {@link CorpusSource} is checked and counted in its company's half
 * ({@link HeldOutSplit}). Prints the Markdown table that BENCHMARKS.md records (also written to
 * {@code target/heldout-evaluation.md}) and writes every error finding, with its message, to
 * {@code target/heldout-findings-tuning.txt} and {@code target/heldout-findings-evaluation.txt}.
 * Look at the evaluation half's findings only to measure, never to tune.
 */
public class HeldOutEvaluation {

    @Test
    @EnabledIfSystemProperty(named = "crossfoot.bench.heldout", matches = "true")
    void measure() throws IOException {
        System.out.println(evaluate(Path.of("target")));
    }

    public static void main(String[] args) throws IOException {
        System.out.println(evaluate(Path.of(args.length > 0 ? args[0] : "target")));
    }

    /** Runs every source, writes the findings of each half under {@code out} and returns the Markdown figures. */
    static String evaluate(Path out) throws IOException {
        long started = System.nanoTime();
        CorpusRunner runner = new CorpusRunner();
        ReviewedFindings reviewed = new ReviewedFindings();
        StringBuilder table = new StringBuilder(HeldOutTally.header());
        StringBuilder notes = new StringBuilder();
        Map<HeldOutSplit.Half, List<String>> findings = new EnumMap<>(HeldOutSplit.Half.class);
        Map<HeldOutSplit.Half, HeldOutTally> filings = new EnumMap<>(HeldOutSplit.Half.class);
        for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
            findings.put(half, new ArrayList<>());
        }
        for (CorpusSource source : CorpusSource.all()) {
            CorpusRunner.SourceRun run = runner.run(source);
            if (!run.read()) {
                notes.append("- ").append(source.name()).append(" (`").append(source.path()).append("`): ")
                        .append(run.problem()).append('\n');
                continue;
            }
            Map<HeldOutSplit.Half, HeldOutTally> tallies = new EnumMap<>(HeldOutSplit.Half.class);
            for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
                tallies.put(half, new HeldOutTally(source, half));
            }
            for (DocumentResult document : run.documents()) {
                tallies.get(document.half()).add(document, reviewed);
                for (Finding error : document.errors()) {
                    findings.get(document.half()).add(String.join("\t", source.name(), document.half().label(),
                            document.name(), error.table(), error.rule(), reviewed.isReal(document, error) ? "reviewed real" : "",
                            error.message().replaceAll("\\s+", " ")));
                }
            }
            tallies.values().forEach(tally -> table.append(tally.markdownRow()));
        }
        Files.createDirectories(out);
        for (var half : findings.entrySet()) {
            Files.writeString(out.resolve("heldout-findings-" + half.getKey().label() + ".txt"),
                    "# source\thalf\tdocument\ttable\trule\treview\tmessage\n" + String.join("\n", half.getValue()) + "\n");
        }
        String text = "Held-out split: seed " + HeldOutSplit.SEED + " (SHA-256 of seed:company key; keys in "
                + CompanyKey.LIST + ")\n\n" + table + (notes.isEmpty() ? "" : "\nNot measured:\n" + notes)
                + String.format("%nran in %.1f s%n", (System.nanoTime() - started) / 1e9);
        Files.writeString(out.resolve("heldout-evaluation.md"), text);
        return text;
    }
}
