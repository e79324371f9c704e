package dev.crossfoot.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Compares a rendered report with its pinned copy under {@code src/test/resources/golden/}.
 *
 * <p>After an intended change of output, regenerate every golden file with
 * {@code mvn -o verify -Dcrossfoot.updateGolden=true}, then read the diff before committing it:
 * the diff is the review of the change.
 */
final class GoldenFile {

    private static final Path FOLDER = Path.of("src/test/resources/golden");

    private GoldenFile() {
    }

    static void assertMatches(String name, String actual) {
        Path golden = FOLDER.resolve(name);
        try {
            if (Boolean.getBoolean("crossfoot.updateGolden")) {
                Files.createDirectories(FOLDER);
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail(golden + " does not exist; create it with -Dcrossfoot.updateGolden=true and review it");
            }
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual,
                    "the report differs from " + golden + " (if the change is intended, regenerate with "
                            + "-Dcrossfoot.updateGolden=true and review the diff)");
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }
}
