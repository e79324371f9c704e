package dev.crossfoot.bench;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.Term;
import dev.crossfoot.diagnose.Cause;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Suggestion;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.understand.NumberParser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;

/**
 * Measures diagnosis on seeded single-cell extraction errors injected into clean fixtures. Each
 * error goes into one covered cell (one that an evaluated identity of the clean document uses);
 * an error that rounding can explain in every identity using the cell is counted as not
 * detectable. For the rest: recall — an error finding cites the altered cell; blame — the run's
 * most confident suggestion names it; repair — and its value reads as the original number.
 *
 * <p>A document of a pool written by another build ({@link CleanPool}) may give an error finding
 * under this one. Its errors are still measured, as on a clean document, and such a finding is
 * no credit: an error in a cell that an error finding of the unaltered document already cites
 * counts as missed on every measure (the checker cannot tell it from what it reported before),
 * and elsewhere the altered cell must be cited, and named by the most confident suggestion, as on
 * a clean document — a suggestion the unaltered document's error already draws is a miss.
 */
final class DiagnosisQuality {

    private static final List<Cause> KINDS = List.of(Cause.SIGN_LOST, Cause.SIGN_ADDED, Cause.DIGITS_TRANSPOSED,
            Cause.DIGIT_DROPPED, Cause.DIGIT_DOUBLED, Cause.TRUNCATED, Cause.DECIMAL_POINT_MOVED, Cause.SCALE_OFF,
            Cause.OCR_CONFUSION, Cause.CHARACTERS_REVERSED, Cause.COLUMNS_SWAPPED, Cause.ROW_SHIFTED);

    private final Crossfoot crossfoot = Crossfoot.standard();
    private final NumberParser numbers = new NumberParser();
    private final boolean verbose = Boolean.getBoolean("crossfoot.bench.verbose");
    /** Names the run in the verbose list of misses, and the folder the missed documents are written to. */
    private final String run;
    private int misses;
    /** Per document, the cells error findings of the unaltered document cite (none for a clean one). */
    private final Map<Path, java.util.Set<String>> alreadyCited = new java.util.HashMap<>();
    private final List<InjectionOutcome> outcomes = new java.util.ArrayList<>();

    DiagnosisQuality() {
        this("run");
    }

    DiagnosisQuality(String run) {
        this.run = run;
    }

    QualityTally run(List<Fixture> fixtures, int count, long seed) {
        QualityTally tally = new QualityTally();
        if (verbose) {
            System.out.println("=== misses of " + run + " ===");
        }
        for (Fixture fixture : fixtures) {
            List<Finding> errors = errors(check(fixture, fixture.bytes()));
            tally.cleanErrorFindings += errors.size();
            if (!errors.isEmpty()) {
                tally.uncleanDocuments.add(fixture.path().toString());
                java.util.Set<String> cited = new java.util.HashSet<>();
                errors.forEach(finding -> finding.cells().forEach(ref -> cited.add(ref.location().fragment())));
                alreadyCited.put(fixture.path(), cited);
            }
        }
        List<CoveredCell> cells = fixtures.stream().flatMap(fixture -> fixture.coveredCells().stream()).toList();
        // Draws that stay where they are when the checker changes: each kind walks the covered cells
        // in an order fixed by the seed, the kind and the cell's own place (its document and
        // pointer), not by its index in the list, and alters a cell with a randomness of its own. A
        // change that covers or uncovers a few cells adds or removes only their draws, so two versions
        // of the checker are measured on nearly the same errors; drawn by index, one clean table fewer
        // re-seated every draw.
        List<java.util.Iterator<CoveredCell>> queues = KINDS.stream().map(kind -> cells.stream()
                .sorted(Comparator.comparingLong((CoveredCell cell) -> draw(seed, kind, cell))
                        .thenComparing(cell -> cell.fixture().path().toString()).thenComparing(CoveredCell::pointer))
                .iterator()).toList();
        int injected = 0;
        int idle = 0;
        // Each kind equally often, in turn: a kind that fits few cells (a moved point needs decimals)
        // walks further down its order for one.
        for (int turn = 0; injected < count && idle < KINDS.size(); turn++) {
            Cause kind = KINDS.get(turn % KINDS.size());
            java.util.Iterator<CoveredCell> queue = queues.get(turn % KINDS.size());
            InjectedError error = null;
            while (error == null && queue.hasNext()) {
                CoveredCell cell = queue.next();
                error = new ExtractionErrors(new Random(draw(seed, kind, cell))).inject(cell, kind);
            }
            if (error == null) {
                idle++;
                continue;
            }
            idle = 0;
            injected++;
            measure(error, tally);
        }
        return tally;
    }

    /** Every error the runs of this instance injected, in the order they were drawn. */
    List<InjectionOutcome> outcomes() {
        return List.copyOf(outcomes);
    }

    private InjectionOutcome outcome(InjectedError error, boolean detectable, boolean caught, boolean blamed, boolean repaired,
                                     boolean causeNamed) {
        CoveredCell cell = error.cell();
        return new InjectionOutcome(run, cell.fixture().source(), cell.fixture().path().toString(), cell.pointer(),
                error.cause().label(), error.original(), error.altered(), detectable, caught, blamed, repaired, causeNamed);
    }

    /** Where a cell stands in a kind's order of draws, and the seed of its alteration. */
    private static long draw(long seed, Cause kind, CoveredCell cell) {
        long h = seed * 0x9E3779B97F4A7C15L + kind.ordinal();
        h = mix(h ^ cell.fixture().path().toString().hashCode());
        return mix(h ^ cell.pointer().hashCode());
    }

    /** SplitMix64's finaliser: every bit of the input moves every bit of the output. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private void measure(InjectedError error, QualityTally tally) {
        CoveredCell cell = error.cell();
        if (!detectable(error)) {
            tally.record(error.cause(), cell.fixture().source(), false, false, false, false, false);
            outcomes.add(outcome(error, false, false, false, false, false));
            return;
        }
        if (alreadyCited.getOrDefault(cell.fixture().path(), java.util.Set.of()).contains(cell.pointer())) {
            tally.record(error.cause(), cell.fixture().source(), true, false, false, false, false);
            outcomes.add(outcome(error, true, false, false, false, false));
            return;
        }
        CheckRun run = check(cell.fixture(), cell.fixture().withCell(cell.pointer(), error.altered()));
        boolean caught = errors(run).stream().anyMatch(finding -> finding.cells().stream()
                .anyMatch(ref -> cell.pointer().equals(ref.location().fragment())));
        Optional<Suggestion> top = run.findings().stream().map(Finding::suggestion).filter(Objects::nonNull)
                .max(Comparator.comparingDouble(Suggestion::confidence));
        boolean blamed = top.isPresent() && cell.pointer().equals(top.get().cell().location().fragment());
        boolean repaired = blamed && sameNumber(asRead(cell, top.get().value()), asRead(cell, error.original()));
        boolean causeNamed = blamed && top.get().cause().equals(error.cause().label());
        tally.record(error.cause(), cell.fixture().source(), true, caught, blamed, repaired, causeNamed);
        outcomes.add(outcome(error, true, caught, blamed, repaired, causeNamed));
        if (verbose && !(caught && repaired)) {
            System.out.println("missed " + error.cause().label() + " at " + cell.pointer() + ": " + error.original() + " → "
                    + error.altered() + "; caught " + caught + ", top suggestion " + top.map(s -> s.cell().location().fragment()
                    + " " + s.cell().text() + " → " + s.value() + " (" + s.cause() + ", " + s.confidence() + ")").orElse("none")
                    + "; " + cell.fixture().source() + " " + writeMiss(cell, error));
        }
    }

    /** The altered document under target/bench-misses/RUN/, so that a miss can be checked and read again. */
    private Path writeMiss(CoveredCell cell, InjectedError error) {
        Path file = Path.of("target", "bench-misses", run, String.format("%04d.json", ++misses));
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, cell.fixture().withCell(cell.pointer(), error.altered()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * A cell's text as the checks read it: under its table's convention, so that a German table's
     * "1,500" is the 1.5 its "1,50" was (the injected errors are written as a decimal point would
     * write them) and a repair written with a decimal comma ("1,50") is the amount it names.
     */
    private static String asRead(CoveredCell cell, String text) {
        for (EvaluatedCheck check : cell.fixture().cleanChecks()) {
            for (Term term : check.terms()) {
                if (term.key().equals(cell.key())) {
                    return dev.crossfoot.understand.NumberStyle.decimalComma(term.table().table())
                            ? dev.crossfoot.understand.NumberStyle.asDecimalPoint(text) : text;
                }
            }
        }
        return text;
    }

    /**
     * Whether some identity of the clean document using the cell fails with the altered value:
     * otherwise rounding explains the change and no checker could see it. Text that is no number
     * is always seen, and so is a change in a pool's cell that no identity of this build uses.
     */
    private boolean detectable(InjectedError error) {
        if (!(numbers.parse(asRead(error.cell(), error.altered())) instanceof CellValue.Number number)) {
            return true;
        }
        boolean used = false;
        for (EvaluatedCheck check : error.cell().fixture().cleanChecks()) {
            if (!check.evaluated()) {
                continue;
            }
            for (Term term : check.terms()) {
                if (term.key().equals(error.cell().key())) {
                    used = true;
                    Interval altered = Interval.rounded(number.value(), number.precision()).scale(term.amount().scale());
                    if (!check.holdsWith(Map.of(term.key(), altered))) {
                        return true;
                    }
                }
            }
        }
        // A pool's cell that no identity of this build evaluates: the build that wrote the pool
        // evaluated one, so the error counts, and is missed unless caught — a build that stops
        // evaluating an identity must not lose the errors of its cells from the count.
        return !used && error.cell().fixture().cellsPinned();
    }

    private boolean sameNumber(String suggested, String original) {
        CellValue a = numbers.parse(suggested);
        CellValue b = numbers.parse(original);
        return a instanceof CellValue.Number x && b instanceof CellValue.Number y && x.value().compareTo(y.value()) == 0;
    }

    private CheckRun check(Fixture fixture, byte[] bytes) {
        String name = fixture.path().toString();
        return crossfoot.check(List.of(name), new JsonReader().read(fixture.path(), name, bytes));
    }

    private static List<Finding> errors(CheckRun run) {
        return run.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).toList();
    }

    static BigDecimal percent(double rate) {
        return BigDecimal.valueOf(rate * 100).setScale(1, java.math.RoundingMode.HALF_UP);
    }
}
