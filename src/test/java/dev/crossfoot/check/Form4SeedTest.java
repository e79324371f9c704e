package dev.crossfoot.check;

import dev.crossfoot.SharedData;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Form 4 seeds read from their text. Seed 003 is a Form 4 converted to Markdown pipe tables, with
 * the two-level header of Table I ("4. Securities Acquired (A) or Disposed Of (D)" over "Amount",
 * "(A) or (D)", "Price") on two lines: the holdings chain runs on it as read.
 */
class Form4SeedTest {

    private static final Path FORM4 = SharedData.path("seeds/003_1f95b1e0dbffe881.txt");

    private static CheckRun check(Path file) throws Exception {
        return Crossfoot.standard().check(List.of(file));
    }

    private static long outcomes(CheckRun run, String rule) {
        return run.outcomes().stream().filter(o -> o.rule().equals(rule)).count();
    }

    @Test
    void theHoldingAfterTheSaleIsTheHoldingBeforeItLessTheSharesSold() throws Exception {
        CheckRun run = check(FORM4);
        // 09/15/2011: 49,537 held after the F (tax) disposal; 09/19/2011: 49,537 - 25,000 = 24,537.
        assertEquals(1, outcomes(run, "OWN.holdings-chain"));
        assertTrue(run.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), run.findings().toString());
    }

    @Test
    void anAlteredHoldingBreaksTheChainOnItsLine(@TempDir Path dir) throws Exception {
        String text = Files.readString(FORM4, StandardCharsets.UTF_8);
        assertTrue(text.contains("| 24,537 |"));
        Path altered = dir.resolve("form4-altered.txt");
        Files.writeString(altered, text.replace("| 24,537 |", "| 24,573 |"), StandardCharsets.UTF_8);

        Finding broken = check(altered).findings().stream().filter(f -> f.rule().equals("OWN.holdings-chain"))
                .findFirst().orElseThrow();
        assertEquals(Severity.ERROR, broken.severity());
        assertTrue(broken.message().contains("24,573"), broken.message());
        assertEquals("24537", broken.expected());
        assertEquals(Files.readAllLines(altered).indexOf(Files.readAllLines(altered).stream()
                .filter(line -> line.contains("24,573")).findFirst().orElseThrow()) + 1, broken.primaryLocation().line());
    }

    @Test
    void filingsWithoutNumericTablesReadWithoutErrors() throws Exception {
        for (String seed : List.of("000_9121f40e23dabb1e.txt", "004_607553ec847015a7.txt")) {
            CheckRun run = check(Path.of(SharedData.path("seeds").toString(), seed));
            assertTrue(run.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR), seed + ": " + run.findings());
        }
    }
}
