package dev.crossfoot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.Crossfoot;
import dev.crossfoot.SharedData;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Paragraph;
import dev.crossfoot.read.JsonLinesReader;
import dev.crossfoot.read.ReadResult;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.Claim;
import dev.crossfoot.understand.ClaimFinder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * The text claims of issue 15 measured on TAT-QA, run on demand (a few minutes):
 * <pre>mvn -q -B -o test -Dtest=TextClaimsEvaluation -Dcrossfoot.bench.claims=true</pre>
 * Each of the 560 TAT-QA tables ({@code corpus/extracted/tatqa-tables.jsonl.gz}) is checked with
 * the paragraphs the dataset gives beside it: how many claims are found per paragraph, how many
 * are tied to a cell, how many error findings the consistent originals give (each is a false
 * one), and, for every claim that agrees with its table, whether changing its figure by 2 to 9
 * units of its last digit (beyond rounding) is caught, and by which mechanism an alteration that
 * is not caught escapes; and, as a plainness study, the claims not evaluated whose figure some cell
 * of their document states, grouped by why the finder did not find them plain ({@code Claim.Plainness}).
 * Prints the Markdown that BENCHMARKS.md records (also {@code target/text-claims.md}); the tuning
 * half's error findings, missed alterations, claims not evaluated and that study's claims go to
 * {@code target/text-claims-*.txt} — the evaluation half only ever in counts.
 */
public class TextClaimsEvaluation {

    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?");

    @Test
    @EnabledIfSystemProperty(named = "crossfoot.bench.claims", matches = "true")
    void measure() throws IOException {
        String figures = evaluate();
        Files.writeString(Path.of("target", "text-claims.md"), figures);
        System.out.println(figures);
    }

    /** Alterations of each claim that agrees, per seed, each its own draw, so that the share caught means something. */
    private static final int ALTERATIONS_PER_SEED = 10;

    /** Several seeds, every claim that agrees altered under each: a miss that one seed's draws avoid still shows. */
    private static final long[] SEEDS = {15L, 1_515L, 151_515L};

    private static final int ALTERATIONS_PER_CLAIM = ALTERATIONS_PER_SEED * SEEDS.length;

    /** The kind a claim's outcome names: "(lower bound, …". */
    private static final Pattern KIND = Pattern.compile("\\((value|range|lower bound|upper bound|approximation|increase|decrease), ");

    /** A scale word after a figure: its cell is then in other units, and the figure's last digit is the coarser. */
    private static final Pattern SCALED = Pattern.compile("(?i)thousand|million|billion|trillion|\\bbn\\b|\\bmn\\b");

    /** The counts of one half of the split. */
    private static final class Tally {
        int documents;
        int paragraphs;
        int found;
        int tied;
        int passed;
        int falseErrors;
        int altered;
        int caught;
        int stillAgree;
        /**
         * The honest count: every claim whose figure agrees with the cell it was tied to on the original —
         * passed, or left unevaluated while agreeing (not plain, ambiguous, a total against a line that is
         * not one) — is a trial, and each of its alterations that is not failed is a miss. A claim that
         * could pass but never fail then counts against the checker instead of leaving the sample.
         */
        int agreeing;
        int honestAltered;
        int honestCaught;
        final Map<String, Integer> honestMechanisms = new java.util.TreeMap<>();
        /**
         * The placement audit: every claim found, altered once, should be placed as before — the same cells, and
         * evaluated or not for the same reason — only its agreement may change. Counted by how it moved where not.
         */
        int audited;
        final Map<String, Integer> placementMoves = new java.util.TreeMap<>();
        /**
         * The plainness study: claims not plain whose figure some cell of the document states (within rounding, in
         * any power of a thousand; a change, as the difference or relative change of two cells of one row), by reason.
         */
        final Map<String, Integer> notPlainAgreeing = new java.util.TreeMap<>();
        /** Why an altered claim was not caught, by mechanism (aggregates only: the evaluation half is never read). */
        final Map<String, Integer> mechanisms = new java.util.TreeMap<>();

        String row(String what, java.util.function.ToIntFunction<Tally> of, Tally other) {
            return "| " + what + " | " + of.applyAsInt(this) + " | " + of.applyAsInt(other) + " |\n";
        }
    }

    static String evaluate() throws IOException {
        Path tables = SharedData.require("corpus/extracted/tatqa-tables.jsonl.gz");
        Map<String, List<String>> paragraphs = new HashMap<>();
        for (String split : List.of("tatqa_dataset_dev.json.gz", "tatqa_dataset_test_gold.json.gz")) {
            Path path = SharedData.path("corpus/extracted/" + split);
            if (Files.exists(path)) {
                readParagraphs(path, paragraphs);
            }
        }
        ReadResult read = new JsonLinesReader().read(tables, tables.toString(), gunzip(tables));
        Crossfoot crossfoot = Crossfoot.standard();
        Map<HeldOutSplit.Half, Tally> halves = new java.util.EnumMap<>(HeldOutSplit.Half.class);
        for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
            halves.put(half, new Tally());
        }
        List<String> errors = new ArrayList<>();
        Map<String, Integer> reasons = new java.util.TreeMap<>();
        List<String> samples = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        List<String> placements = new ArrayList<>();
        List<String> notPlain = new ArrayList<>();
        ClaimFinder finder = ClaimFinder.builtIn();
        for (Document table : read.documents()) {
            List<String> texts = paragraphs.get(table.id().substring(table.id().indexOf(':') + 1));
            if (texts == null || texts.isEmpty()) {
                continue;
            }
            // TAT-QA names no company: each table is its report's, so the document is the company key (as in CorpusSource).
            HeldOutSplit.Half half = HeldOutSplit.of(table.id());
            Tally tally = halves.get(half);
            Document document = withParagraphs(table, texts);
            tally.documents++;
            tally.paragraphs += texts.size();
            CheckRun run = crossfoot.check(List.of(document.file()), new ReadResult(List.of(document), List.of()));
            List<CheckOutcome> claims = claims(run);
            tally.found += claims.size();
            for (Claim found : finder.find(document)) {
                // Not plain as found, and not evaluated as checked (the latest year read for an undated text makes some plain).
                boolean unevaluated = claims.stream().anyMatch(c -> c.status() == CheckStatus.NOT_EVALUATED
                        && c.cells().get(0).location().equals(found.location()) && c.cells().get(0).text().equals(found.figureText()));
                if (unevaluated && someCellStates(document, found)) {
                    if (!found.plain()) {
                        tally.notPlainAgreeing.merge(found.plainness().words(), 1, Integer::sum);
                    }
                    if (half == HeldOutSplit.Half.TUNING) {
                        notPlain.add(found.plainness().name() + " | " + table.id() + " " + found.location() + " " + found.describe()
                                + "\n    " + found.sentence());
                    }
                }
            }
            tally.tied += (int) claims.stream().filter(c -> c.cells().size() > 1 && c.status() != CheckStatus.NOT_EVALUATED).count();
            for (Finding finding : run.findings()) {
                if (finding.rule().equals("TEXT.claim-ties")) {
                    tally.falseErrors++;
                    if (half == HeldOutSplit.Half.TUNING) {
                        errors.add(half.label() + " " + finding.primaryLocation() + " " + table.id() + ": " + finding.message());
                    }
                }
            }
            for (CheckOutcome claim : claims) {
                if (half == HeldOutSplit.Half.TUNING && claim.status() == CheckStatus.NOT_EVALUATED) {
                    String reason = claim.detail().replaceAll("^.*?\\): ", "").replaceAll("'[^']*'|\\d[\\d,.]*", "#");
                    reasons.merge(reason.length() > 90 ? reason.substring(0, 90) : reason, 1, Integer::sum);
                    samples.add(table.id() + " " + claim.detail());
                }
                String move = placementMove(crossfoot, document, claim, new Random(claim.cells().get(0).location().hashCode() * 31L));
                tally.audited++;
                if (move != null) {
                    tally.placementMoves.merge(move, 1, Integer::sum);
                    if (half == HeldOutSplit.Half.TUNING) {
                        placements.add(move + " | " + table.id() + " " + claim.detail());
                    }
                }
                boolean passed = claim.status() == CheckStatus.PASSED;
                if (!passed && !agreesUnevaluated(claim)) {
                    continue;
                }
                tally.agreeing++;
                if (passed) {
                    tally.passed++;
                }
                for (int k = 0; k < ALTERATIONS_PER_CLAIM; k++) {
                    long seed = SEEDS[k / ALTERATIONS_PER_SEED];
                    Random random = new Random(seed * 1_000_003 + claim.cells().get(0).location().hashCode() * 31L + k % ALTERATIONS_PER_SEED);
                    Altered changed = alter(document, claim, random);
                    tally.honestAltered++;
                    if (changed == null) {
                        tally.honestMechanisms.merge("its figure is not found in the paragraph to alter", 1, Integer::sum);
                        continue;
                    }
                    if (passed) {
                        tally.altered++;
                    }
                    CheckRun after = crossfoot.check(List.of(document.file()), new ReadResult(List.of(changed.document()), List.of()));
                    CheckOutcome altered = claims(after).stream().filter(c -> sameClaim(c, claim, changed.figure())).findFirst().orElse(null);
                    if (altered != null && altered.status() == CheckStatus.FAILED) {
                        tally.honestCaught++;
                        if (passed) {
                            tally.caught++;
                        }
                        continue;
                    }
                    String mechanism = mechanism(claim, altered);
                    tally.honestMechanisms.merge((passed ? "passed: " : "unevaluated though agreeing: ") + mechanism, 1, Integer::sum);
                    if (!passed) {
                        if (half == HeldOutSplit.Half.TUNING) {
                            missed.add("(honest) " + mechanism + " | " + table.id() + " " + claim.detail());
                        }
                        continue;
                    }
                    tally.mechanisms.merge(mechanism, 1, Integer::sum);
                    if (altered != null && altered.status() == CheckStatus.PASSED && !mechanism.startsWith("passes against another")) {
                        // "in excess of $390 million" altered to $395 million against 420: still true, nothing to catch.
                        tally.stillAgree++;
                    }
                    if (half == HeldOutSplit.Half.TUNING) {
                        String now = altered == null ? "(no such claim found in the altered text)" : altered.detail();
                        missed.add(mechanism + " | " + table.id() + " " + claim.detail() + "\n    altered: " + now);
                    }
                }
            }
        }
        Files.write(Path.of("target", "text-claims-errors.txt"), errors);
        Files.write(Path.of("target", "text-claims-missed.txt"), missed);
        Files.write(Path.of("target", "text-claims-placement.txt"), placements);
        notPlain.sort(null);
        // Plain claims not evaluated whose figure a cell states too (for the measures no line names): PLAIN first in the file.
        Files.write(Path.of("target", "text-claims-not-plain.txt"), notPlain);
        List<String> reasonLines = new ArrayList<>();
        reasons.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> reasonLines.add(e.getValue() + "\t" + e.getKey()));
        reasonLines.add("");
        reasonLines.addAll(samples);
        Files.write(Path.of("target", "text-claims-not-evaluated.txt"), reasonLines);
        Tally t = halves.get(HeldOutSplit.Half.TUNING);
        Tally e = halves.get(HeldOutSplit.Half.EVALUATION);
        return "| TAT-QA (dev + test gold) | tuning half | evaluation half |\n|---|---|---|\n"
                + t.row("tables with paragraphs", x -> x.documents, e)
                + t.row("paragraphs", x -> x.paragraphs, e)
                + "| claims found | " + t.found + perParagraph(t) + " | " + e.found + perParagraph(e) + " |\n"
                + "| tied to a cell (passed or failed) | " + t.tied + share(t.tied, t.found) + " | " + e.tied + share(e.tied, e.found) + " |\n"
                + t.row("passed", x -> x.passed, e)
                + t.row("error findings on the consistent originals (false)", x -> x.falseErrors, e)
                + t.row("altered claims (each passed claim, " + ALTERATIONS_PER_CLAIM + " seeded draws of 2–9 units of the coarser last digit of figure and cell)", x -> x.altered, e)
                + t.row("of which still agree with the cell's rounding (a coarser cell: nothing to catch)", x -> x.stillAgree, e)
                + "| caught | " + t.caught + share(t.caught, t.altered) + " | " + e.caught + share(e.caught, e.altered) + " |\n"
                + "| caught of those that no longer agree | " + t.caught + share(t.caught, t.altered - t.stillAgree) + " | "
                + e.caught + share(e.caught, e.altered - e.stillAgree) + " |\n"
                + mechanismRows(t, e)
                + "\n**Honest count**: every claim that agrees with the cell it is tied to on the original is a trial "
                + "(passed, or not evaluated though agreeing); an alteration not failed is a miss.\n\n"
                + "| TAT-QA (dev + test gold) | tuning half | evaluation half |\n|---|---|---|\n"
                + t.row("claims agreeing with their cell on the original (trials)", x -> x.agreeing, e)
                + t.row("of which passed", x -> x.passed, e)
                + t.row("of which not evaluated though agreeing", x -> x.agreeing - x.passed, e)
                + t.row("alterations (" + ALTERATIONS_PER_CLAIM + " per trial)", x -> x.honestAltered, e)
                + "| caught (failed) | " + t.honestCaught + share(t.honestCaught, t.honestAltered) + " | "
                + e.honestCaught + share(e.honestCaught, e.honestAltered) + " |\n"
                + rows(t.honestMechanisms, e.honestMechanisms)
                + "\n**Placement audit**: every claim found, its figure altered once as above; it should be tied to the same "
                + "cells and evaluated (or not) for the same reason, only its agreement changing.\n\n"
                + "| TAT-QA (dev + test gold) | tuning half | evaluation half |\n|---|---|---|\n"
                + t.row("claims altered", x -> x.audited, e)
                + t.row("placed otherwise once altered", x -> x.placementMoves.values().stream().mapToInt(Integer::intValue).sum(), e)
                + rows(t.placementMoves, e.placementMoves).replace("| not caught: ", "| moved: ")
                + "\n**Plainness study**: claims not plain whose figure some cell of their document states within rounding (in any "
                + "power of a thousand; a change as the difference or relative change of two cells of one row), by the reason "
                + "the finder withholds judgement; many are round figures that agree by coincidence.\n\n"
                + "| TAT-QA (dev + test gold) | tuning half | evaluation half |\n|---|---|---|\n"
                + rows(t.notPlainAgreeing, e.notPlainAgreeing).replace("| not caught: ", "| not plain: ");
    }

    /** Whether some cell of the document states the claim's figure, in any power of a thousand, or a change two cells of a row give. */
    static boolean someCellStates(Document document, Claim claim) {
        return someCellStates(document, claim, row -> true);
    }

    /** Whether some cell of the rows {@code considered} accepts states the claim's figure, as {@link #someCellStates(Document, Claim)}. */
    static boolean someCellStates(Document document, Claim claim, java.util.function.Predicate<Row> considered) {
        Interval figure = claim.figure().interval();
        for (Table table : document.tables()) {
            for (Row row : table.rows()) {
                if (!considered.test(row)) {
                    continue;
                }
                List<BigDecimal> values = new ArrayList<>();
                for (var cell : row.cells()) {
                    Matcher number = NUMBER.matcher(cell.text());
                    if (number.find()) {
                        values.add(new BigDecimal(number.group().replace(",", "")));
                    }
                }
                for (BigDecimal value : values) {
                    if (!claim.kind().change() && statesInSomeUnit(claim, figure, value)) {
                        return true;
                    }
                    for (BigDecimal other : values) {
                        if (claim.kind().change() && other.signum() != 0 && value != other && (claim.figure().unit() == dev.crossfoot.understand.Quantity.Unit.PERCENT
                                ? figure.intersects(Interval.exact(value.subtract(other).abs().divide(other.abs(), Interval.DIVISION)))
                                : statesInSomeUnit(claim, figure, value.subtract(other).abs()))) {
                            return true;
                        }
                    }
                }
            }
        }
        return false;
    }

    private static boolean statesInSomeUnit(Claim claim, Interval figure, BigDecimal value) {
        if (claim.figure().unit() == dev.crossfoot.understand.Quantity.Unit.PERCENT) {
            return figure.intersects(roughly(value).scale(new BigDecimal("0.01")));
        }
        for (int power = -3; power <= 4; power++) {
            if (figure.intersects(roughly(value).scale(BigDecimal.ONE.movePointRight(3 * power)))) {
                return true;
            }
        }
        return false;
    }

    /** A cell's value as its last digit rounds it (a ratio computed from cells, exactly). */
    private static Interval roughly(BigDecimal value) {
        return Interval.rounded(value, BigDecimal.ONE.movePointLeft(Math.max(0, value.scale())));
    }
    /**
     * How the claim's placement moved once its figure is altered, or null where it did not: the same cells, and the
     * same status but for agreement (passed becomes failed) and the same reason but for its figures.
     */
    private static String placementMove(Crossfoot crossfoot, Document document, CheckOutcome claim, Random random) {
        Altered changed = alter(document, claim, random);
        if (changed == null) {
            return null;
        }
        CheckRun after = crossfoot.check(List.of(document.file()), new ReadResult(List.of(changed.document()), List.of()));
        CheckOutcome altered = claims(after).stream().filter(c -> sameClaim(c, claim, changed.figure())).findFirst().orElse(null);
        if (altered == null) {
            return "the altered figure is not read as the same claim";
        }
        String was = placement(claim);
        String now = placement(altered);
        if (!cellsOf(altered).equals(cellsOf(claim))) {
            return "tied to other cells: " + was + " -> " + now;
        }
        return was.equals(now) ? null : was + " -> " + now;
    }

    /** A claim's placement, its agreement left out: evaluated, or the first words of why not, its figures and quotes blanked. */
    private static String placement(CheckOutcome claim) {
        if (claim.status() != CheckStatus.NOT_EVALUATED) {
            return "evaluated";
        }
        String reason = claim.detail().replaceAll("^.*?\\): ", "").replaceAll("\\((which the figure|one of which|none of which)[^)]*\\)|, (one|none) of which the figure agrees with", "");
        return "not evaluated: " + reason.replaceAll("'[^']*'|\\d[\\d,.]*", "#").replaceAll("^(\\S+(?:\\s+\\S+){0,5}).*$", "$1");
    }

    /**
     * Whether a claim left unevaluated states a figure that agrees with the cell it was tied to: its
     * reason says so ("which the figure agrees with"; "ambiguous: …, one of which the figure agrees with").
     */
    private static boolean agreesUnevaluated(CheckOutcome claim) {
        return claim.status() == CheckStatus.NOT_EVALUATED && claim.detail().contains("the figure agrees with");
    }

    /** One row per mechanism by which an altered claim was not caught, counts of both halves. */
    private static String mechanismRows(Tally t, Tally e) {
        return rows(t.mechanisms, e.mechanisms);
    }

    private static String rows(Map<String, Integer> tuning, Map<String, Integer> evaluation) {
        java.util.Set<String> all = new java.util.TreeSet<>(tuning.keySet());
        all.addAll(evaluation.keySet());
        StringBuilder rows = new StringBuilder();
        for (String mechanism : all) {
            rows.append("| not caught: ").append(mechanism).append(" | ").append(tuning.getOrDefault(mechanism, 0))
                    .append(" | ").append(evaluation.getOrDefault(mechanism, 0)).append(" |\n");
        }
        return rows.toString();
    }

    /**
     * Why an altered claim was not caught: it is not found again; it still holds (within the cell's
     * rounding, or a bound or approximation the changed figure still meets); it holds against another
     * cell than the original did; or it is not evaluated, by the first words of the reason.
     */
    static String mechanism(CheckOutcome original, CheckOutcome altered) {
        if (altered == null) {
            return "the altered figure is not read as the same claim";
        }
        if (altered.status() == CheckStatus.PASSED) {
            if (!cellsOf(altered).equals(cellsOf(original))) {
                return "passes against another cell than the original";
            }
            Matcher kind = KIND.matcher(altered.detail());
            String of = kind.find() ? kind.group(1) : "value";
            return of.equals("lower bound") || of.equals("upper bound") || of.equals("approximation")
                    ? "still true of its cell (a " + of + ")" : "still within the rounding of its cell";
        }
        String reason = altered.detail().replaceAll("^.*?\\): ", "");
        if (reason.contains("does not tie the figure plainly")) {
            // The reason the finder withheld judgement (Claim.Plainness), in counts only for the evaluation half.
            Matcher why = Pattern.compile("plainly to one measure and period \\((.*)\\)$").matcher(reason);
            return "not evaluated: the sentence does not tie it plainly" + (why.find() ? " (" + why.group(1) + ")" : "");
        }
        if (reason.startsWith("ambiguous")) {
            return "not evaluated: ambiguous";
        }
        if (reason.contains("power of a thousand")) {
            return "not evaluated: differs by a power of a thousand";
        }
        if (reason.contains("changes sign")) {
            return "not evaluated: the line changes sign";
        }
        if (reason.contains("not a total")) {
            return "not evaluated: a total against a line that is not one";
        }
        return "not evaluated: " + reason.replaceAll("'[^']*'|\\d[\\d,.]*", "#").replaceAll("^(\\S+(?:\\s+\\S+){0,5}).*$", "$1");
    }

    private static List<String> cellsOf(CheckOutcome outcome) {
        return outcome.cells().subList(1, outcome.cells().size()).stream()
                .map(cell -> cell.table() + "/" + cell.row() + "/" + cell.column()).toList();
    }

    /**
     * Whether an outcome of the altered text is the claim altered: in the same paragraph, of the same
     * measure and period (its figure changed). A paragraph's claims share its location, so the place alone
     * would count another claim's failure as this one caught, and measure and period alone a sibling's
     * ("increased $X, or 58.5%") as this one.
     */
    private static boolean sameClaim(CheckOutcome altered, CheckOutcome original, String figure) {
        var was = original.cells().get(0);
        var now = altered.cells().get(0);
        return now.location().equals(was.location()) && now.row().equals(was.row()) && now.column().equals(was.column())
                && now.text().equals(figure);
    }

    /** The document with one figure altered, and that figure as the claim now states it. */
    private record Altered(Document document, String figure) { }

    private static String perParagraph(Tally tally) {
        return String.format(" (%.2f per paragraph)", (double) tally.found / Math.max(1, tally.paragraphs));
    }

    private static String share(int part, int whole) {
        return String.format(" (%.1f %%)", 100.0 * part / Math.max(1, whole));
    }

    static List<CheckOutcome> claims(CheckRun run) {
        return run.outcomes().stream().filter(outcome -> outcome.rule().equals("TEXT.claim-ties")).toList();
    }

    static Document withParagraphs(Document table, List<String> texts) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            paragraphs.add(Paragraph.at(texts.get(i), Location.ofFragment(table.file(), table.id() + "/paragraphs/" + i)));
        }
        return new Document(table.id(), table.entity(), table.form(), table.source(), table.file(), table.tables(), paragraphs);
    }

    /**
     * The document with the claim's first number changed by 2 to 9 units of its last digit, or of
     * the cell's where the cell is the coarser ("1.49%" against "1.5%": a step of 0.01 points may
     * stay within the cell's rounding, which no check could catch); null when it cannot be placed.
     */
    private static Altered alter(Document document, CheckOutcome claim, Random random) {
        String fragment = claim.cells().get(0).location().fragment();
        int index = Integer.parseInt(fragment.substring(fragment.lastIndexOf('/') + 1));
        Paragraph paragraph = document.paragraphs().get(index);
        String figure = claim.cells().get(0).text();
        int at = paragraph.text().indexOf(figure);
        Matcher number = NUMBER.matcher(figure);
        if (at < 0 || !number.find()) {
            return null;
        }
        BigDecimal value = new BigDecimal(number.group().replace(",", ""));
        int decimals = Math.max(0, value.scale());
        Matcher cell = NUMBER.matcher(claim.cells().size() > 1 ? claim.cells().get(1).text() : "");
        if (!SCALED.matcher(figure).find() && cell.find()) {
            decimals = Math.min(decimals, Math.max(0, new BigDecimal(cell.group().replace(",", "")).scale()));
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        BigDecimal changed = value.add(unit.multiply(BigDecimal.valueOf((2 + random.nextInt(8)) * (random.nextBoolean() ? 1 : -1))));
        if (changed.signum() < 0) {
            changed = value.add(value.subtract(changed));
        }
        String digits = changed.setScale(Math.max(0, value.scale()), java.math.RoundingMode.UNNECESSARY).toPlainString();
        String text = paragraph.text().substring(0, at + number.start()) + digits + paragraph.text().substring(at + number.end());
        List<Paragraph> paragraphs = new ArrayList<>(document.paragraphs());
        paragraphs.set(index, Paragraph.at(text, paragraph.location()));
        return new Altered(new Document(document.id(), document.entity(), document.form(), document.source(), document.file(),
                document.tables(), paragraphs), figure.substring(0, number.start()) + digits + figure.substring(number.end()));
    }

    static void readParagraphs(Path path, Map<String, List<String>> into) throws IOException {
        JsonNode items = new ObjectMapper().readTree(gunzip(path));
        for (JsonNode item : items) {
            List<String> texts = new ArrayList<>();
            for (JsonNode paragraph : item.path("paragraphs")) {
                texts.add(paragraph.path("text").asText());
            }
            into.putIfAbsent(item.path("table").path("uid").asText(), texts);
        }
    }

    static byte[] gunzip(Path path) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
            return in.readAllBytes();
        }
    }
}
