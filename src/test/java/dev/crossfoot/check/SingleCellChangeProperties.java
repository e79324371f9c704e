package dev.crossfoot.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.read.JsonReader;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The law of the checker on a real statement: change any one cell that an identity covers by
 * more than rounding can explain — a transposition, a dropped digit, a lost or added minus, an
 * OCR digit confusion — and the run fails with an error finding citing that cell.
 */
@Label("Any single-cell change beyond rounding is caught")
class SingleCellChangeProperties {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURE = Path.of(SonusReleaseTest.CLEAN);
    private static final JsonNode CLEAN = readFixture();
    private static final Map<String, BigDecimal> SLACK = slackOfCoveredCells();

    /** A cell, by JSON Pointer, and one extraction error applied to its text. */
    record Change(String pointer, ExtractionError error, int position) { }

    enum ExtractionError { TRANSPOSE, DROP_DIGIT, SIGN_FLIP, OCR_CONFUSION }

    @Property(tries = 1000)
    @Label("the run fails and an error finding cites the changed cell")
    void changeIsCaught(@ForAll("changes") Change change) {
        String original = CLEAN.at(change.pointer()).asText();
        String altered = CellTextMutation.apply(original, change.error(), change.position());
        Assume.that(altered != null);
        BigDecimal delta = CellTextMutation.value(altered).subtract(CellTextMutation.value(original)).abs();
        Assume.that(delta.compareTo(SLACK.get(change.pointer())) > 0);

        CheckRun run = check(withCell(change.pointer(), altered));

        List<Finding> citing = run.findings().stream()
                .filter(finding -> finding.severity() == Severity.ERROR)
                .filter(finding -> finding.cells().stream().anyMatch(cell -> change.pointer().equals(cell.location().fragment())))
                .toList();
        if (citing.isEmpty()) {
            throw new AssertionError(original + " → " + altered + " at " + change.pointer()
                    + " was not caught; findings: " + run.findings());
        }
    }

    @Provide
    Arbitrary<Change> changes() {
        return Combinators.combine(Arbitraries.of(new ArrayList<>(SLACK.keySet())),
                Arbitraries.of(ExtractionError.class), Arbitraries.integers().between(0, 12)).as(Change::new);
    }

    private static CheckRun check(JsonNode document) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Crossfoot.standard().check(List.of(FIXTURE.toString()),
                new JsonReader().read(FIXTURE, FIXTURE.toString(), bytes));
    }

    private static JsonNode withCell(String pointer, String text) {
        JsonNode copy = CLEAN.deepCopy();
        int slash = pointer.lastIndexOf('/');
        ArrayNode cells = (ArrayNode) copy.at(pointer.substring(0, slash));
        cells.set(Integer.parseInt(pointer.substring(slash + 1)), JSON.getNodeFactory().textNode(text));
        return copy;
    }

    /**
     * For each cell that an additive check covers, how much rounding alone lets it move: the half
     * units of every cell in its tightest check, computed here from the cell texts. Ratio checks
     * (EPS, margins) count only for the cell they report, whose other side is nearly exact.
     */
    private static Map<String, BigDecimal> slackOfCoveredCells() {
        CheckRun run = check(CLEAN);
        Set<String> ratioRules = new java.util.HashSet<>();
        run.rules().stream().filter(rule -> rule.identity().contains("/")).forEach(rule -> ratioRules.add(rule.id()));
        Map<String, BigDecimal> slack = new HashMap<>();
        for (CheckOutcome outcome : run.outcomes()) {
            if (outcome.status() != CheckStatus.PASSED) {
                continue;
            }
            boolean ratio = ratioRules.contains(outcome.rule());
            List<CellRef> cells = ratio ? outcome.cells().subList(0, 1) : outcome.cells();
            BigDecimal total = BigDecimal.ZERO;
            for (CellRef cell : outcome.cells()) {
                total = total.add(CellTextMutation.precision(cell.text()).divide(BigDecimal.valueOf(2)));
            }
            if (ratio) {
                total = CellTextMutation.precision(cells.get(0).text()).multiply(BigDecimal.valueOf(2));
            }
            for (CellRef cell : cells) {
                String pointer = cell.location().fragment();
                if (CellTextMutation.value(cell.text()) != null) {
                    slack.merge(pointer, total, BigDecimal::min);
                }
            }
        }
        return slack;
    }

    private static JsonNode readFixture() {
        try {
            return JSON.readTree(Files.readString(FIXTURE, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The covered cells, for a reader of a failing property. */
    static Set<String> coveredCells() {
        return new TreeSet<>(SLACK.keySet());
    }

    static ObjectNode clean() {
        return (ObjectNode) CLEAN.deepCopy();
    }
}
