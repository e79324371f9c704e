package dev.crossfoot.check;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new language is a data file: the fixture cases with their structure words in German or French
 * (see {@link LabelTranslation}) are read into the same structure as in English, so the footing
 * checks come out the same — as many evaluated, passed and failed, the injected errors caught on
 * the same rows. Not compared: tables whose lines are out of their statement's order
 * ({@link StatementOrder}), which is told from the concepts of their totals: only the structure
 * words are translated ("Summe current Schulden"), which no language's concept dictionary names. The
 * concept rules in every language are {@link TranslatedStatementsTest}'s.
 */
class TranslatedLabelsTest {

    private static final Path CASES = Path.of("fixtures/cases");
    private static final String FOOTING = "FOOT.section-total";

    @TestFactory
    Stream<DynamicTest> fixtureCasesFootTheSameInEveryLanguage() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> cases = Files.list(CASES)) {
            for (Path input : cases.sorted().map(dir -> dir.resolve("input.json")).filter(Files::isRegularFile).toList()) {
                String english = Files.readString(input, StandardCharsets.UTF_8);
                if (outOfStatementOrder(english)) {
                    continue;
                }
                for (LabelTranslation language : LabelTranslation.values()) {
                    tests.add(DynamicTest.dynamicTest(input.getParent().getFileName() + " in " + language, () ->
                            assertEquals(footing(english), footing(language.document(english)))));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void theTranslationChangesTheLabelsItIsMeantTo() {
        assertEquals("Summe current Schulden", LabelTranslation.GERMAN.label("Total current liabilities"));
        assertEquals("Total des current passifs", LabelTranslation.FRENCH.label("Total current liabilities"));
        assertEquals("Cashflow aus laufender Geschäftstätigkeit", LabelTranslation.GERMAN.label("Net cash provided by operating activities"));
        assertEquals("Summe Schulden und Eigenkapital", LabelTranslation.GERMAN.label("Total liabilities and stockholders' equity"));
        assertEquals("Moins\u202f:", LabelTranslation.FRENCH.label("Less:"));
    }

    @Test
    void aWrongCellInAGermanTableIsCaught() {
        String rows = """
            {"label": "Umsatzerlöse:"},
            {"label": "Inland", "cells": ["1.200"]},
            {"label": "Ausland", "cells": ["800"]},
            {"label": "Summe Umsatzerlöse", "cells": ["2.100"]},
            {"label": "Materialaufwand", "cells": ["900"]},
            {"label": "Personalaufwand", "cells": ["500"]},
            {"label": "Aufwendungen insgesamt", "cells": ["1.400"]}
            """.replace("1.200", "1200").replace("2.100", "2100").replace("1.400", "1400");
        CheckRun run = TestRuns.check(TestRuns.oneTable("Gewinn- und Verlustrechnung", "in Tausend EUR", "\"2024\"", rows));
        List<CheckOutcome> failed = run.outcomes().stream()
                .filter(o -> o.rule().equals(FOOTING) && o.status() == CheckStatus.FAILED).toList();
        assertEquals(1, failed.size(), () -> run.outcomes().toString());
        assertEquals("Summe Umsatzerlöse", failed.get(0).cells().get(0).row());
        long passed = run.outcomes().stream().filter(o -> o.rule().equals(FOOTING) && o.status() == CheckStatus.PASSED).count();
        assertTrue(passed >= 1, "'Aufwendungen insgesamt' closes the expense lines: " + run.outcomes());
    }

    /** How many footing checks came out each way, and on which rows they failed. */
    static Map<String, Object> footing(String canonicalJson) {
        CheckRun run = TestRuns.check(canonicalJson);
        Map<String, Object> counts = new TreeMap<>();
        for (CheckStatus status : CheckStatus.values()) {
            counts.put(status.name(), run.outcomes().stream().filter(o -> o.rule().equals(FOOTING) && o.status() == status).count());
        }
        counts.put("failed on", run.outcomes().stream().filter(o -> o.rule().equals(FOOTING) && o.status() == CheckStatus.FAILED)
                .map(o -> o.table() + "/" + o.column() + "/" + rowIndex(o)).sorted().toList());
        return counts;
    }

    private static boolean outOfStatementOrder(String canonicalJson) {
        return TestRuns.check(canonicalJson).outcomes().stream()
                .anyMatch(o -> o.rule().equals(FOOTING) && o.detail() != null && o.detail().contains("not in its statement's order"));
    }

    private static String rowIndex(CheckOutcome outcome) {
        return outcome.cells().isEmpty() ? "?" : String.valueOf(outcome.cells().get(0).location());
    }
}
