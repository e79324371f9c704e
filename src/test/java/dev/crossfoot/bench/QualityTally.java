package dev.crossfoot.bench;

import dev.crossfoot.diagnose.Cause;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of one benchmark run, per kind of injected error and per source of the clean tables: how
 * many were injected, how many rounding could hide, and of the rest how many were caught (recall),
 * blamed on the right cell, repaired to the original value, and given the right cause.
 */
final class QualityTally {

    /** Counts for one kind of error. */
    static final class Row {
        int injected;
        int withinRounding;
        int caught;
        int blamed;
        int repaired;
        int causeNamed;

        int detectable() {
            return injected - withinRounding;
        }
    }

    private final Map<Cause, Row> rows = new EnumMap<>(Cause.class);
    private final Map<String, Row> sources = new TreeMap<>();
    private final Row total = new Row();
    int cleanErrorFindings;
    /** The documents given as clean (a pool written by another build) that give an error finding under this one. */
    final java.util.List<String> uncleanDocuments = new java.util.ArrayList<>();

    void record(Cause cause, String source, boolean detectable, boolean caught, boolean blamed, boolean repaired,
                boolean causeNamed) {
        for (Row row : new Row[] {rows.computeIfAbsent(cause, c -> new Row()), sources.computeIfAbsent(source, s -> new Row()),
                total}) {
            row.injected++;
            if (!detectable) {
                row.withinRounding++;
                continue;
            }
            row.caught += caught ? 1 : 0;
            row.blamed += blamed ? 1 : 0;
            row.repaired += repaired ? 1 : 0;
            row.causeNamed += causeNamed ? 1 : 0;
        }
    }

    Row total() {
        return total;
    }

    static double rate(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    double recall() {
        return rate(total.caught, total.detectable());
    }

    double blame() {
        return rate(total.blamed, total.detectable());
    }

    double repair() {
        return rate(total.repaired, total.detectable());
    }

    /** The figures as the Markdown table BENCHMARKS.md shows. */
    String markdown(long seed, String fixtures) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "seed %d, %d injected errors (%d within rounding, not detectable), fixtures: %s; "
                + "error findings on the clean fixtures: %d%n%n", seed, total.injected, total.withinRounding, fixtures,
                cleanErrorFindings));
        if (!uncleanDocuments.isEmpty()) {
            out.append(String.format(Locale.ROOT, "%d pool documents give an error finding under this build (their errors are "
                    + "still measured; an error in a cell such a finding already cites counts as missed): %s%n%n",
                    uncleanDocuments.size(), String.join(", ", uncleanDocuments)));
        }
        out.append("| injected error | injected | detectable | recall | blame | repair | cause named |\n");
        out.append("|---|---:|---:|---:|---:|---:|---:|\n");
        rows.forEach((cause, row) -> out.append(line(cause.label(), row)));
        out.append(line("**all**", total));
        if (sources.size() > 1) {
            sources.forEach((source, row) -> out.append(line("*in tables from " + source + "*", row)));
        }
        return out.toString();
    }

    private static String line(String name, Row row) {
        int d = row.detectable();
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f%% | %.1f%% | %.1f%% | %.1f%% |%n", name, row.injected, d,
                100 * rate(row.caught, d), 100 * rate(row.blamed, d), 100 * rate(row.repaired, d), 100 * rate(row.causeNamed, d));
    }
}
