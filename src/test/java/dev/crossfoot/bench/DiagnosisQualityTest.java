package dev.crossfoot.bench;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The quality bar of diagnosis, guarded on every build by a small fixed-seed version of
 * {@link DiagnosisQualityBenchmark}: 200 injected single-cell extraction errors.
 */
@DisplayName("Diagnosis finds, blames and repairs injected extraction errors")
class DiagnosisQualityTest {

    @Test
    void meetsTheQualityBarOnTwoHundredSeededErrors() {
        QualityTally tally = new DiagnosisQuality().run(Fixture.all(Path.of("fixtures")), 200, 20111103L);
        String figures = tally.markdown(20111103L, "fixtures/");

        assertAll(figures,
                () -> assertEquals(0, tally.cleanErrorFindings, "error findings on the clean fixtures"),
                () -> assertTrue(tally.recall() >= 0.99, "recall on covered cells ≥ 99%"),
                () -> assertTrue(tally.blame() >= 0.90, "top suggestion names the altered cell ≥ 90%"),
                () -> assertTrue(tally.repair() >= 0.80, "top suggestion restores the original value ≥ 80%"));
    }
}
