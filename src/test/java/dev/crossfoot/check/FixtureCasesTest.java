package dev.crossfoot.check;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Each folder under {@code fixtures/cases/} is a specification: an input document with a known
 * extraction error ({@code input.json}, its {@code document.source} says which) and the findings
 * it must produce ({@code expected-findings.txt}: severity, rule, and the location of the
 * reported cell). The run must produce exactly those findings, no more and no fewer.
 */
class FixtureCasesTest {

    private static final Path CASES = Path.of("fixtures/cases");

    @TestFactory
    Stream<DynamicTest> everyCaseProducesExactlyItsExpectedFindings() throws IOException {
        List<Path> cases;
        try (Stream<Path> listing = Files.list(CASES)) {
            cases = listing.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(cases.isEmpty(), "no fixture cases found under " + CASES);
        return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
            CheckRun run = Crossfoot.standard().check(List.of(folder.resolve("input.json")));
            Set<String> actual = run.findings().stream().map(FixtureCasesTest::line).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(expected(folder), actual, () -> "findings of " + folder + ":\n"
                    + run.findings().stream().map(Finding::message).collect(Collectors.joining("\n")));
        }));
    }

    private static String line(Finding finding) {
        return finding.severity().label() + " " + finding.rule() + " " + finding.primaryLocation().fragment();
    }

    private static Set<String> expected(Path folder) throws IOException {
        return Files.readAllLines(folder.resolve("expected-findings.txt")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
