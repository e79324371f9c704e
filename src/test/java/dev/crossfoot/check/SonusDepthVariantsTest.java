package dev.crossfoot.check;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.bench.DepthHints;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.read.ReadResult;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10: the clean Sonus release gives no error finding whatever its {@code depth} means —
 * logical (as committed), the visual indentation a rendering shows
 * ({@code fixtures/sonus-2011q3/depth-variants/}, derived as its README says), or absent.
 */
@DisplayName("The clean Sonus release passes whether depth is logical, visual or absent")
class SonusDepthVariantsTest {

    private static final Path LOGICAL = Path.of("fixtures/sonus-2011q3/sonus-2011q3-release.json");
    private static final Path VISUAL = Path.of("fixtures/sonus-2011q3/depth-variants/sonus-2011q3-release-visual-depth.json");

    @Test
    void logicalDepth() throws Exception {
        assertNoErrors("logical depth", LOGICAL, Files.readAllBytes(LOGICAL));
    }

    @Test
    void visualDepth() throws Exception {
        assertNoErrors("visual depth", VISUAL, Files.readAllBytes(VISUAL));
    }

    @Test
    void noDepth() throws Exception {
        byte[] bytes = DepthHints.removed(Files.readAllBytes(LOGICAL));
        assertEquals(0, DepthHints.count(new com.fasterxml.jackson.databind.ObjectMapper().readTree(bytes)), "depth left");
        assertNoErrors("no depth", LOGICAL, bytes);
    }

    private static void assertNoErrors(String variant, Path path, byte[] bytes) {
        ReadResult read = new JsonReader().read(path, path.toString(), bytes);
        assertEquals(List.of(), read.problems(), variant + " reads");
        CheckRun run = Crossfoot.standard().check(List.of(path.toString()), read);
        List<Finding> errors = run.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
        assertTrue(run.summary().checks() > 150, variant + ": checks evaluated " + run.summary().checks());
        assertEquals(0, errors.size(), variant + ": " + errors.size() + " error findings\n" + errors.stream()
                .map(f -> "  " + f.table() + " [" + f.rule() + "] " + f.message()).collect(Collectors.joining("\n")));
    }
}
