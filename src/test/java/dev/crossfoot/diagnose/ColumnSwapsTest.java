package dev.crossfoot.diagnose;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Lines written into each other's columns are named as swapped")
class ColumnSwapsTest {

    @Test
    @DisplayName("the seed's swapped stockholders' equity columns: every finding they cause says 'columns swapped'")
    void swappedEquityColumns() throws Exception {
        CheckRun run = Crossfoot.standard().check(List.of(Path.of("fixtures/cases/sonus-equity-columns-swapped/input.json")));
        assertEquals(3, run.findings().size());
        for (Finding finding : run.findings()) {
            assertNotNull(finding.suggestion(), finding.message());
            assertTrue(finding.suggestion().cause().startsWith("columns swapped"), finding.suggestion().toString());
        }
        Finding september = run.findings().stream().filter(f -> f.column().equals("September 30, 2011")
                && f.rule().equals("FOOT.section-total")).findFirst().orElseThrow();
        assertEquals("Common stock", september.suggestion().cell().row());
        assertEquals("279", september.suggestion().value(), "the September figure is the one printed under December");
    }

    @Test
    @DisplayName("a single wrong cell in one column is not mistaken for a swap")
    void singleErrorIsNotASwap() throws Exception {
        CheckRun run = Crossfoot.standard().check(List.of(Path.of("fixtures/cases/sonus-sbc-total-ocr/input.json")));
        assertTrue(run.findings().stream().noneMatch(f -> f.suggestion() != null && f.suggestion().cause().startsWith("columns swapped")));
    }
}
