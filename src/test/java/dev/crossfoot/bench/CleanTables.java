package dev.crossfoot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Table;
import dev.crossfoot.read.CanonicalJsonWriter;
import dev.crossfoot.read.JsonReader;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The clean inputs of the injected-error benchmark for each half of the held-out split: every table
 * of a real document of that half that gives no error finding and passes at least one check,
 * written as a one-table canonical JSON document (what `crossfoot extract` writes), so that the
 * errors go into as many table shapes as the filings show; for the tuning half also the project's
 * own clean fixtures (the Sonus release, the Form 4 and the consistent cases), which every rule was
 * written against. A table that is clean as read but not once written as canonical JSON is left
 * out and counted, so the benchmark never starts from a table that already fails.
 */
final class CleanTables {

    /** The clean documents, and per source how many tables were offered and how many were kept. */
    record Harvest(List<Fixture> fixtures, Map<String, int[]> counts) {
        String describe() {
            StringBuilder out = new StringBuilder();
            counts.forEach((source, c) -> out.append(String.format("%s %d of %d %s; ", source, c[1], c[0],
                    source.equals(Fixture.PROJECT_FIXTURES) ? "clean documents" : "tables with a passed check and no error")));
            return out.toString().replaceAll("; $", "");
        }
    }

    private final Crossfoot crossfoot = Crossfoot.standard();

    /** Both halves' clean documents, from one pass over the sources. */
    Map<HeldOutSplit.Half, Harvest> harvest() throws IOException {
        Map<HeldOutSplit.Half, Harvest> halves = new EnumMap<>(HeldOutSplit.Half.class);
        for (HeldOutSplit.Half half : HeldOutSplit.Half.values()) {
            halves.put(half, new Harvest(new ArrayList<>(), new LinkedHashMap<>()));
        }
        List<Fixture> own = projectFixtures();
        halves.get(HeldOutSplit.Half.TUNING).fixtures().addAll(own);
        halves.get(HeldOutSplit.Half.TUNING).counts().put(Fixture.PROJECT_FIXTURES, new int[] {own.size(), own.size()});
        CorpusRunner runner = new CorpusRunner();
        CanonicalJsonWriter writer = new CanonicalJsonWriter();
        for (CorpusSource source : CorpusSource.all()) {
            Map<HeldOutSplit.Half, int[]> counts = new EnumMap<>(HeldOutSplit.Half.class);
            String problem = runner.forEach(source, (result, document) -> {
                Harvest harvest = halves.get(result.half());
                int[] count = counts.computeIfAbsent(result.half(), h -> new int[2]);
                Set<String> failing = new HashSet<>();
                result.errors().forEach(error -> failing.add(error.table()));
                Set<String> passing = new HashSet<>();
                for (CheckOutcome outcome : result.outcomes()) {
                    if (outcome.status() == CheckStatus.PASSED) {
                        passing.add(outcome.table());
                    }
                }
                for (Table table : document.tables()) {
                    if (!passing.contains(table.id()) || failing.contains(table.id())) {
                        continue;
                    }
                    count[0]++;
                    Document alone = new Document(document.id(), document.entity(), document.form(), document.source(),
                            document.file(), List.of(table));
                    JsonNode json = writer.toJson(alone);
                    Path name = Path.of(source.name(), result.name().replace('#', '/'), table.id() + ".json");
                    Fixture fixture = Fixture.of(source.name(), name, json);
                    if (clean(fixture) && !fixture.coveredCells().isEmpty()) {
                        count[1]++;
                        harvest.fixtures().add(fixture);
                    }
                }
            });
            if (problem == null) {
                counts.forEach((half, count) -> halves.get(half).counts().put(source.name(), count));
            }
        }
        return halves;
    }

    /** No error finding when the document is checked as it stands. */
    boolean clean(Fixture fixture) {
        String name = fixture.path().toString();
        return crossfoot.check(List.of(name), new JsonReader().read(fixture.path(), name, fixture.bytes())).findings()
                .stream().map(Finding::severity).noneMatch(Severity.ERROR::equals);
    }

    /** The project's clean fixtures: the canonical documents under fixtures/ and the cases that expect no error. */
    static List<Fixture> projectFixtures() throws IOException {
        List<Fixture> fixtures = new ArrayList<>(Fixture.all(Path.of("fixtures")));
        try (var cases = Files.list(Path.of("fixtures/cases"))) {
            for (Path folder : cases.sorted().toList()) {
                Path input = folder.resolve("input.json");
                Path expected = folder.resolve("expected-findings.txt");
                if (Files.exists(input) && Files.exists(expected)
                        && Files.readAllLines(expected).stream().noneMatch(line -> line.startsWith("error"))) {
                    fixtures.add(Fixture.load(input));
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return fixtures;
    }
}
