package dev.crossfoot.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The injected-error benchmark's clean pool written once and read again ({@link CleanPool}), on the
 * project's own clean statements: the same tally as the harvest it came from, and a pool document
 * the build under test finds unclean counted, listed and measured on the same draws.
 */
@DisplayName("The injected-error benchmark measures two builds on one clean pool")
class CleanPoolTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ERRORS = 100;
    private static final long SEED = 7;

    private final CleanTables clean = new CleanTables();

    @TempDir
    Path dir;

    @Test
    void aPoolReadBackGivesTheTallyOfTheHarvestItCameFrom() throws IOException {
        Map<HeldOutSplit.Half, CleanTables.Harvest> harvest = ownFixtures();
        CleanPool.write(dir, harvest);
        Map<HeldOutSplit.Half, CleanTables.Harvest> pool = CleanPool.read(dir);

        HeldOutInjectionBenchmark.Measured direct = HeldOutInjectionBenchmark.measure(clean, harvest, false, "", false, ERRORS, SEED);
        HeldOutInjectionBenchmark.Measured pooled = HeldOutInjectionBenchmark.measure(clean, pool, true, "", false, ERRORS, SEED);

        assertEquals(harvest.get(HeldOutSplit.Half.TUNING).describe(), pool.get(HeldOutSplit.Half.TUNING).describe());
        assertEquals(harvest.get(HeldOutSplit.Half.TUNING).fixtures().size(), pool.get(HeldOutSplit.Half.TUNING).fixtures().size());
        assertTrue(direct.outcomes().stream().anyMatch(o -> o.run().endsWith("-unhinted")), "the depth-removed path was measured");
        assertEquals(2 * ERRORS, direct.outcomes().size());
        assertTrue(direct.outcomes().stream().anyMatch(InjectionOutcome::caught));
        assertEquals(direct.outcomes(), pooled.outcomes(), "every error drawn and judged alike");
        assertEquals(tableLines(direct.markdown()), tableLines(pooled.markdown()));
        assertFalse(pooled.markdown().contains("give an error finding under this build"), pooled.markdown());
    }

    @Test
    void aPoolDocumentMadeUncleanIsCountedListedAndKeepsItsDraws() throws IOException {
        Map<HeldOutSplit.Half, CleanTables.Harvest> harvest = ownFixtures();
        CleanPool.write(dir, harvest);
        HeldOutInjectionBenchmark.Measured direct = HeldOutInjectionBenchmark.measure(clean, harvest, false, "", true, ERRORS, SEED);
        Fixture chosen = harvest.get(HeldOutSplit.Half.TUNING).fixtures().stream()
                .filter(f -> !f.hasDepth() && direct.outcomes().stream().anyMatch(o -> o.document().equals(f.path().toString())))
                .findFirst().orElseThrow();
        // A second table whose total is wrong: the document gives an error finding, and not one
        // cell its errors go into moves.
        Path file = CleanPool.inside(dir.resolve("tuning"), chosen.path().toString());
        ObjectNode tree = (ObjectNode) JSON.readTree(file.toFile());
        ((ArrayNode) tree.get("tables")).add(JSON.readTree("""
                {"id": "added", "title": "Revenue", "unit": "in millions of USD", "columns": ["2020", "2019"],
                 "rows": [{"label": "Product revenue", "cells": ["10", "12"]},
                          {"label": "Service revenue", "cells": ["20", "21"]},
                          {"label": "Total revenue", "cells": ["40", "33"]}]}"""));
        Files.write(file, JSON.writeValueAsBytes(tree));
        Map<HeldOutSplit.Half, CleanTables.Harvest> pool = CleanPool.read(dir);
        Fixture unclean = pool.get(HeldOutSplit.Half.TUNING).fixtures().stream().filter(f -> f.path().equals(chosen.path()))
                .findFirst().orElseThrow();
        assertFalse(clean.clean(unclean), "the altered pool document gives an error finding");

        HeldOutInjectionBenchmark.Measured pooled = HeldOutInjectionBenchmark.measure(clean, pool, true, "", true, ERRORS, SEED);

        assertTrue(pooled.markdown().contains("1 pool documents give an error finding under this build"), pooled.markdown());
        assertTrue(pooled.markdown().contains(chosen.path().toString()), pooled.markdown());
        assertEquals(draws(direct.outcomes()), draws(pooled.outcomes()), "the same errors drawn, the unclean document's too");
    }

    @Test
    void anErrorInACellTheUncleanDocumentAlreadyCitesIsMissed() {
        for (Fixture fixture : harvestFixtures()) {
            if (fixture.hasDepth()) {
                continue;
            }
            List<String> cells = fixture.coveredCells().stream().map(CoveredCell::pointer).toList();
            for (CoveredCell cell : fixture.coveredCells()) {
                Fixture unclean = Fixture.of(fixture.source(), fixture.path(), tree(fixture.withCell(cell.pointer(), "9" + cell.text())))
                        .withCells(cells, null);
                if (clean.clean(unclean)) {
                    continue;
                }
                DiagnosisQuality before = new DiagnosisQuality("clean");
                before.run(List.of(fixture), 12 * cells.size(), SEED);
                DiagnosisQuality after = new DiagnosisQuality("clean");
                QualityTally tally = after.run(List.of(unclean), 12 * cells.size(), SEED);
                List<InjectionOutcome> there = after.outcomes().stream()
                        .filter(o -> o.pointer().equals(cell.pointer()) && o.detectable()).toList();
                if (there.isEmpty() || before.outcomes().stream().noneMatch(o -> o.pointer().equals(cell.pointer()) && o.caught())) {
                    continue;
                }
                assertEquals(List.of(fixture.path().toString()), tally.uncleanDocuments);
                assertTrue(there.stream().noneMatch(o -> o.caught() || o.blamed() || o.repaired() || o.causeNamed()), there.toString());
                assertEquals(before.outcomes().stream().filter(o -> !o.pointer().equals(cell.pointer())).map(InjectionOutcome::key).toList(),
                        after.outcomes().stream().filter(o -> !o.pointer().equals(cell.pointer())).map(InjectionOutcome::key).toList(),
                        "the other cells' errors are drawn as from the clean document");
                return;
            }
        }
        fail("no clean fixture whose altered cell gives an error finding and is drawn");
    }

    /** The project's clean statements (the Sonus releases, with depths, the Form 4, the translated ones), read once. */
    private static List<Fixture> own;

    private static synchronized List<Fixture> harvestFixtures() {
        if (own == null) {
            own = Fixture.all(Path.of("fixtures"));
        }
        return own;
    }

    @Test
    void anErrorInAPoolCellNoIdentityOfThisBuildUsesIsDetectableAndMissed() {
        Fixture fixture = harvestFixtures().stream().filter(f -> !f.hasDepth()).findFirst().orElseThrow();
        List<String> covered = fixture.coveredCells().stream().map(CoveredCell::pointer).toList();
        // A cell with digits that no identity of this build uses, as if the pool's build had used it.
        String uncovered = null;
        com.fasterxml.jackson.databind.JsonNode rows = tree(fixture.bytes()).at("/tables/0/rows");
        for (int r = 0; r < rows.size() && uncovered == null; r++) {
            for (int c = 0; c < rows.get(r).get("cells").size(); c++) {
                String pointer = "/tables/0/rows/" + r + "/cells/" + c;
                if (!covered.contains(pointer) && CellText.split(rows.get(r).get("cells").get(c).asText()) != null) {
                    uncovered = pointer;
                    break;
                }
            }
        }
        assertTrue(uncovered != null, "a cell with digits outside every identity of " + fixture.path());
        List<String> pinned = new ArrayList<>(covered);
        pinned.add(uncovered);
        DiagnosisQuality quality = new DiagnosisQuality("pool");
        quality.run(List.of(fixture.withCells(pinned, null)), 12 * pinned.size(), SEED);
        String cell = uncovered;
        List<InjectionOutcome> there = quality.outcomes().stream().filter(o -> o.pointer().equals(cell)).toList();
        assertFalse(there.isEmpty(), "errors drawn in the pool's cell");
        assertTrue(there.stream().allMatch(o -> o.detectable() && !o.caught()), there.toString());
        DiagnosisQuality own = new DiagnosisQuality("own");
        own.run(List.of(fixture), 12 * covered.size(), SEED);
        assertTrue(own.outcomes().stream().noneMatch(o -> o.pointer().equals(cell)), "the build's own draw leaves the cell out");
    }

    private static Map<HeldOutSplit.Half, CleanTables.Harvest> ownFixtures() {
        List<Fixture> own = harvestFixtures();
        Map<String, int[]> counts = new LinkedHashMap<>();
        counts.put(Fixture.PROJECT_FIXTURES, new int[] {own.size(), own.size()});
        Map<HeldOutSplit.Half, CleanTables.Harvest> halves = new EnumMap<>(HeldOutSplit.Half.class);
        halves.put(HeldOutSplit.Half.TUNING, new CleanTables.Harvest(new ArrayList<>(own), counts));
        return halves;
    }

    private static com.fasterxml.jackson.databind.JsonNode tree(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> draws(List<InjectionOutcome> outcomes) {
        return outcomes.stream().map(o -> o.key() + '\t' + o.original() + '\t' + o.altered()).toList();
    }

    private static List<String> tableLines(String markdown) {
        return markdown.lines().filter(line -> line.startsWith("|")).toList();
    }
}
