package dev.crossfoot.bench;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two builds' injected errors compared error by error ({@link PairedInjection}) on a hand-made pair
 * of files: the two-by-two counts per measure, the errors that cannot be paired counted apart, and
 * McNemar's exact p-value against the binomial worked out here from its coefficients.
 */
@DisplayName("Two builds' injected errors are compared error by error")
class PairedInjectionTest {

    @TempDir
    Path dir;

    @Test
    void countsTheFourCellsOfEachMeasureAndTheExactMcNemarP() throws IOException {
        List<InjectionOutcome> a = new ArrayList<>();
        List<InjectionOutcome> b = new ArrayList<>();
        // Recall: 20 caught by both, 7 by A only, 2 by B only, 3 by neither. Blame: A blames every
        // error it catches, B none of them.
        int cell = 0;
        for (int[] group : new int[][] {{20, 1, 1}, {7, 1, 0}, {2, 0, 1}, {3, 0, 0}}) {
            for (int i = 0; i < group[0]; i++, cell++) {
                a.add(outcome("tuning-given", cell, "7", true, group[1] == 1, group[1] == 1));
                b.add(outcome("tuning-given", cell, "7", true, group[2] == 1, false));
            }
        }
        // Not paired: one error only in A's draw, two only in B's, one altered apart, one detectable under A only.
        a.add(outcome("tuning-given", 100, "7", true, true, true));
        b.add(outcome("tuning-given", 101, "7", true, true, true));
        b.add(outcome("tuning-given", 102, "7", true, false, false));
        a.add(outcome("tuning-given", 103, "7", true, true, true));
        b.add(outcome("tuning-given", 103, "8", true, false, false));
        a.add(outcome("tuning-given", 104, "7", true, true, true));
        b.add(outcome("tuning-given", 104, "7", false, false, false));
        Path fileA = dir.resolve("a.jsonl");
        Path fileB = dir.resolve("b.jsonl");
        InjectionOutcome.write(fileA, a);
        InjectionOutcome.write(fileB, b);

        Map<String, PairedInjection.Comparison> comparisons = PairedInjection.compare(InjectionOutcome.read(fileA),
                InjectionOutcome.read(fileB));

        PairedInjection.Comparison run = comparisons.get("tuning-given");
        assertEquals(List.of("tuning-given"), List.copyOf(comparisons.keySet()));
        PairedInjection.Counts recall = run.counts().get(InjectionOutcome.Measure.RECALL);
        assertEquals(new PairedInjection.Counts(20, 7, 2, 3), recall);
        assertEquals(new PairedInjection.Counts(0, 27, 0, 5), run.counts().get(InjectionOutcome.Measure.BLAME));
        assertEquals(1, run.onlyInA());
        assertEquals(2, run.onlyInB());
        assertEquals(1, run.alteredApart());
        assertEquals(1, run.detectableInOne());
        assertEquals(1, run.detectableInA()[0]);
        assertEquals(1, run.detectableInA()[1], "A catches the one error only it can see");
        assertEquals(0, run.detectableInB()[0]);
        assertEquals(7, run.discordant().stream().filter(line -> line.startsWith("recall, only A")).count());
        assertEquals(2, run.discordant().stream().filter(line -> line.startsWith("recall, only B")).count());
        assertEquals(27, run.discordant().stream().filter(line -> line.startsWith("blame, only A")).count());
        assertEquals(36, run.discordant().size());
        assertEquals(exactTwoSided(7, 2), recall.p(), 1e-12);
        assertEquals(exactTwoSided(27, 0), run.counts().get(InjectionOutcome.Measure.BLAME).p(), 1e-12);
        assertTrue(recall.p() > 0.05 && recall.p() < 0.2, "7 against 2 is no proof: p = " + recall.p());
        String report = PairedInjection.report("a", "b", comparisons);
        assertTrue(report.contains("| recall | 84.4% | 68.8% | 20 | 7 | 2 | 3 |"), report);
        // Each file alone, over all it drew: A 35 errors, all detectable, 30 caught (27 paired, 3 not).
        assertTrue(report.contains("A alone: 35 injected, 35 detectable, recall " + String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * 30 / 35)), report);
    }

    @Test
    void anEvenSplitOfTheDiscordantPairsGivesPOne() {
        List<InjectionOutcome> a = new ArrayList<>();
        List<InjectionOutcome> b = new ArrayList<>();
        for (int cell = 0; cell < 4; cell++) {
            a.add(outcome("tuning-given", cell, "7", true, cell < 2, false));
            b.add(outcome("tuning-given", cell, "7", true, cell >= 2, false));
        }
        PairedInjection.Counts recall = PairedInjection.compare(a, b).get("tuning-given").counts().get(InjectionOutcome.Measure.RECALL);
        assertEquals(new PairedInjection.Counts(0, 2, 2, 0), recall);
        assertEquals(1.0, recall.p());
        assertEquals(1.0, PairedInjection.compare(a, a).get("tuning-given").counts().get(InjectionOutcome.Measure.RECALL).p());
    }

    /** Two-sided exact binomial test of k against n − k with p = 1/2: 2 · Σ_{i ≤ min} C(n, i) / 2ⁿ, at most 1. */
    private static double exactTwoSided(int onlyA, int onlyB) {
        int n = onlyA + onlyB;
        BigInteger sum = BigInteger.ZERO;
        BigInteger coefficient = BigInteger.ONE;
        for (int i = 0; i <= Math.min(onlyA, onlyB); i++) {
            sum = sum.add(coefficient);
            coefficient = coefficient.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        BigDecimal p = new BigDecimal(sum.shiftLeft(1)).divide(new BigDecimal(BigInteger.ONE.shiftLeft(n)), MathContext.DECIMAL64);
        return Math.min(1.0, p.doubleValue());
    }

    private static InjectionOutcome outcome(String run, int cell, String altered, boolean detectable, boolean caught, boolean blamed) {
        return new InjectionOutcome(run, "fixtures", "doc.json", "/tables/0/rows/" + cell + "/cells/0", "digit dropped", "17",
                altered, detectable, caught, blamed, blamed, blamed);
    }
}
