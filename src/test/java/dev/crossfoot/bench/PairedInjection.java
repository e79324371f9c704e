package dev.crossfoot.bench;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Two builds' injected errors compared error by error, run on demand (its name keeps it out of the
 * normal build) on two files {@code -Dcrossfoot.bench.misses-out} wrote from the same pool:
 * <pre>mvn -q -B -o test -Dtest=PairedInjection -Dcrossfoot.bench.a=A.jsonl -Dcrossfoot.bench.b=B.jsonl</pre>
 * Per run (half and path) and measure: the errors both builds get right, only A, only B, neither,
 * and McNemar's exact p-value — the two-sided binomial test of the discordant pairs (only A, only
 * B) against one half each — so that a difference of two rates reads as how many errors each
 * build gets that the other does not, and how likely so lopsided a split is by chance. Errors are
 * paired by run, document, cell and kind; a pair is compared when it is the same alteration and
 * detectable under both builds, and the rest are counted apart — among them the errors only one
 * build's identities can see (on a pool whose cells another build chose, a cell no identity of
 * this build uses gives an error it cannot detect), with how many that build catches; the errors the builds disagree on
 * for recall and blame are listed (read them only for the tuning half). Prints the report and writes it to
 * {@code target/paired-injection.md}.
 */
class PairedInjection {

    /** One measure's two-by-two table over the paired errors. */
    record Counts(int both, int onlyA, int onlyB, int neither) {
        int total() {
            return both + onlyA + onlyB + neither;
        }

        /** McNemar's exact test: two-sided, the binomial of the discordant pairs with p = 1/2; 1 when none. */
        double p() {
            int discordant = onlyA + onlyB;
            if (discordant == 0) {
                return 1.0;
            }
            double tail = new BinomialDistribution(null, discordant, 0.5).cumulativeProbability(Math.min(onlyA, onlyB));
            return Math.min(1.0, 2 * tail);
        }
    }

    /** One run's comparison: the counts per measure, and the errors that could not be paired. */
    record Comparison(Map<InjectionOutcome.Measure, Counts> counts, int onlyInA, int onlyInB, int alteredApart,
                      int[] detectableInA, int[] detectableInB, List<String> discordant, String ownA, String ownB) {
        /** Errors one build's identities can see and the other's cannot: how many, and how many the one catches. */
        int detectableInOne() {
            return detectableInA[0] + detectableInB[0];
        }
    }

    @Test
    void compare() throws Exception {
        String a = System.getProperty("crossfoot.bench.a", "");
        String b = System.getProperty("crossfoot.bench.b", "");
        if (a.isEmpty() || b.isEmpty()) {
            throw new IllegalArgumentException("name the two files: -Dcrossfoot.bench.a=FILE -Dcrossfoot.bench.b=FILE");
        }
        String report = report(a, b, compare(InjectionOutcome.read(Path.of(a)), InjectionOutcome.read(Path.of(b))));
        System.out.println(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "paired-injection.md"), report);
    }

    /** Per run, A's errors against B's. */
    static Map<String, Comparison> compare(List<InjectionOutcome> a, List<InjectionOutcome> b) {
        Map<String, Map<String, InjectionOutcome>> byRunA = byRun(a);
        Map<String, Map<String, InjectionOutcome>> byRunB = byRun(b);
        Map<String, Comparison> out = new LinkedHashMap<>();
        for (String run : byRunA.keySet()) {
            if (byRunB.containsKey(run)) {
                out.put(run, compareRun(byRunA.get(run), byRunB.get(run)));
            }
        }
        return out;
    }

    private static Map<String, Map<String, InjectionOutcome>> byRun(List<InjectionOutcome> outcomes) {
        Map<String, Map<String, InjectionOutcome>> out = new TreeMap<>();
        for (InjectionOutcome outcome : outcomes) {
            if (out.computeIfAbsent(outcome.run(), r -> new LinkedHashMap<>()).put(outcome.key(), outcome) != null) {
                throw new IllegalArgumentException("the same error twice in one file: " + outcome.key());
            }
        }
        return out;
    }

    private static Comparison compareRun(Map<String, InjectionOutcome> a, Map<String, InjectionOutcome> b) {
        Map<InjectionOutcome.Measure, int[]> cells = new EnumMap<>(InjectionOutcome.Measure.class);
        for (InjectionOutcome.Measure measure : InjectionOutcome.Measure.values()) {
            cells.put(measure, new int[4]);
        }
        int onlyInA = 0;
        int alteredApart = 0;
        int[] detectableInA = new int[2];
        int[] detectableInB = new int[2];
        List<String> discordant = new ArrayList<>();
        for (Map.Entry<String, InjectionOutcome> entry : a.entrySet()) {
            InjectionOutcome x = entry.getValue();
            InjectionOutcome y = b.get(entry.getKey());
            if (y == null) {
                onlyInA++;
            } else if (!x.altered().equals(y.altered()) || !x.original().equals(y.original())) {
                alteredApart++;
            } else if (x.detectable() != y.detectable()) {
                int[] one = x.detectable() ? detectableInA : detectableInB;
                one[0]++;
                one[1] += x.caught() || y.caught() ? 1 : 0;
            } else if (x.detectable()) {
                for (InjectionOutcome.Measure measure : InjectionOutcome.Measure.values()) {
                    boolean rightA = x.right(measure);
                    boolean rightB = y.right(measure);
                    cells.get(measure)[rightA ? (rightB ? 0 : 1) : (rightB ? 2 : 3)]++;
                }
                for (InjectionOutcome.Measure measure : List.of(InjectionOutcome.Measure.RECALL, InjectionOutcome.Measure.BLAME)) {
                    if (x.right(measure) != y.right(measure)) {
                        discordant.add(measure.label + ", only " + (x.right(measure) ? "A" : "B") + ": " + x.kind() + " at "
                                + x.document() + x.pointer() + ": " + x.original() + " → " + x.altered());
                    }
                }
            }
        }
        int onlyInB = (int) b.keySet().stream().filter(key -> !a.containsKey(key)).count();
        Map<InjectionOutcome.Measure, Counts> counts = new EnumMap<>(InjectionOutcome.Measure.class);
        cells.forEach((measure, c) -> counts.put(measure, new Counts(c[0], c[1], c[2], c[3])));
        return new Comparison(counts, onlyInA, onlyInB, alteredApart, detectableInA, detectableInB, discordant, own(a.values()), own(b.values()));
    }

    /** A file's own figures for a run, over every error it drew, as the benchmark reports them. */
    private static String own(java.util.Collection<InjectionOutcome> outcomes) {
        List<InjectionOutcome> detectable = outcomes.stream().filter(InjectionOutcome::detectable).toList();
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%d injected, %d detectable", outcomes.size(), detectable.size()));
        for (InjectionOutcome.Measure measure : InjectionOutcome.Measure.values()) {
            out.append(String.format(Locale.ROOT, ", %s %.1f%%", measure.label,
                    100 * QualityTally.rate((int) detectable.stream().filter(o -> o.right(measure)).count(), detectable.size())));
        }
        return out.toString();
    }

    static String report(String a, String b, Map<String, Comparison> comparisons) {
        StringBuilder out = new StringBuilder();
        out.append("A: ").append(a).append("\nB: ").append(b).append("\n\n");
        if (comparisons.isEmpty()) {
            out.append("no run in common\n");
        }
        comparisons.forEach((run, comparison) -> {
            int paired = comparison.counts().get(InjectionOutcome.Measure.RECALL).total();
            out.append("### ").append(run).append("\n\nA alone: ").append(comparison.ownA()).append("\nB alone: ")
                    .append(comparison.ownB()).append("\n\n").append(String.format(Locale.ROOT,
                    "%d errors paired (detectable under both builds); %d only in A's draw, %d only in B's, %d altered apart; "
                            + "detectable under A only %d (A catches %d), under B only %d (B catches %d)%n%n", paired,
                    comparison.onlyInA(), comparison.onlyInB(), comparison.alteredApart(), comparison.detectableInA()[0],
                    comparison.detectableInA()[1], comparison.detectableInB()[0], comparison.detectableInB()[1]));
            out.append("| measure | A | B | both right | only A | only B | neither | McNemar exact p |\n");
            out.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
            comparison.counts().forEach((measure, c) -> out.append(String.format(Locale.ROOT,
                    "| %s | %.1f%% | %.1f%% | %d | %d | %d | %d | %.3g |%n", measure.label,
                    100 * QualityTally.rate(c.both() + c.onlyA(), c.total()), 100 * QualityTally.rate(c.both() + c.onlyB(), c.total()),
                    c.both(), c.onlyA(), c.onlyB(), c.neither(), c.p())));
            out.append('\n');
            comparison.discordant().forEach(line -> out.append("- ").append(line).append('\n'));
            out.append('\n');
        });
        return out.toString();
    }
}
