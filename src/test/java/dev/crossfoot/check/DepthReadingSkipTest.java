package dev.crossfoot.check;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.read.ReadResult;
import dev.crossfoot.understand.Lexicon;
import dev.crossfoot.understand.TableAnalyzer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The law of footing a table with depths once ({@link DepthCue#reading}): the reading without depths wins
 * only with more evidence than the depths' reading, and its evidence is at most {@link DepthCue#mostEvidence}
 * (one for each footed column where a line footing may foot states a figure), so where the depths' reading
 * already has that much the reading without them is not footed. The bound holds of every table's footing,
 * with depths or without; every document checks to the same checks with the skip and without it.
 */
class DepthReadingSkipTest {

    private static final RuleBook BOOK = RuleBook.builtIn();
    private static final Checker SKIPPING = new Checker(BOOK, true, true);
    private static final Checker FOOTING_BOTH = new Checker(BOOK, true, false);

    @Test
    void everyDocumentChecksAlikeWithAndWithoutTheSkip() throws Exception {
        int documents = 0;
        int checks = 0;
        for (Document document : CheckedFixtures.documents()) {
            checks += assertAlike(document);
            documents++;
        }
        assertTrue(documents > 250 && checks > 5_000, documents + " documents, " + checks + " checks");
    }

    @Test
    void noFootingHasMoreEvidenceThanTheBound() throws Exception {
        Tally tally = new Tally();
        for (Document document : CheckedFixtures.documents()) {
            tally.add(document);
        }
        // Both sides of the law occur: tables whose reading without depths is skipped, and tables it wins.
        assertTrue(tally.skipped >= 50 && tally.plainWins >= 3 && tally.tables > 500,
                tally.tables + " tables footed, " + tally.skipped + " with depths skipped, " + tally.plainWins
                        + " won without depths");
    }

    @Property(tries = 200)
    @Label("a generated table with visual depths, one cell changed or none, checks alike with and without the skip")
    void generatedTablesCheckAlike(@ForAll("changed") String json) {
        ReadResult read = new JsonReader().read(Path.of("generated.json"), "generated.json", json.getBytes(StandardCharsets.UTF_8));
        for (Document document : read.documents()) {
            assertAlike(document);
            new Tally().add(document);
        }
    }

    @Provide
    Arbitrary<String> changed() {
        return TableShapes.tables().flatMap(table -> Combinators.combine(
                Arbitraries.integers().between(0, table.lines().size() - 1),
                Arbitraries.integers().between(0, table.columns() - 1),
                Arbitraries.of(1L, 1L, 10L, -1L)).as((line, column, factor) -> {
                    List<TableShapes.Line> lines = new ArrayList<>(table.lines());
                    TableShapes.Line changed = lines.get(line);
                    if (!changed.header()) {
                        long[] amounts = changed.amounts().clone();
                        amounts[column] *= factor;
                        lines.set(line, new TableShapes.Line(changed.label(), changed.indent(), amounts, changed.signed()));
                    }
                    return new TableShapes.Table(table.kind(), lines, table.columns()).json(TableShapes.Depths.VISUAL);
                }));
    }

    private static int assertAlike(Document document) {
        List<String> both = RulesRememberedTest.described(FOOTING_BOTH.check(document).checks());
        List<String> skipping = RulesRememberedTest.described(SKIPPING.check(document).checks());
        for (int i = 0; i < Math.min(both.size(), skipping.size()); i++) {
            assertEquals(both.get(i), skipping.get(i), document.file() + " " + document.id() + ", check " + i);
        }
        assertEquals(both.size(), skipping.size(), document.file() + " " + document.id());
        return both.size();
    }

    /** Every table of a document footed as read with its depths and without: the bound holds of each footing. */
    private static final class Tally {
        private static final SectionFooting FOOTING = new SectionFooting(BOOK.rules().stream()
                .filter(rule -> "section-total".equals(rule.structure())).findFirst().orElseThrow());
        private final TableAnalyzer analyzer = new TableAnalyzer(BOOK.concepts());
        int tables;
        int skipped;
        int plainWins;

        void add(Document document) {
            try (Lexicon.Scope scope = Lexicon.use(BOOK.lexicon())) {
                for (int t = 0; t < document.tables().size(); t++) {
                    TableAnalyzer.Readings readings = analyzer.analyzeWithAndWithoutDepths(document, document.tables().get(t), t);
                    int deep = bounded(readings.givenDepths(), document);
                    if (readings.withoutDepths() != null) {
                        int plain = bounded(readings.withoutDepths(), document);
                        skipped += deep >= DepthCue.mostEvidence(readings.withoutDepths()) ? 1 : 0;
                        plainWins += plain > deep ? 1 : 0;
                    }
                }
            }
        }

        private int bounded(StatementTable table, Document document) {
            int evidence = DepthCue.evidence(FOOTING.check(table));
            int most = DepthCue.mostEvidence(table);
            assertTrue(evidence <= most, document.file() + " " + document.id() + " table " + table.id()
                    + ": footing's evidence " + evidence + " above its bound " + most);
            tables++;
            return evidence;
        }
    }
}
