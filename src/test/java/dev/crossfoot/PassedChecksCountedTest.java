package dev.crossfoot;

import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Failure;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.report.ReportFormats;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A run that writes no JUnit report counts its passed checks instead of listing them (what keeps
 * a dataset run's memory from growing with its checks): every other report must read the same.
 */
class PassedChecksCountedTest {

    @Test
    void everyReportButJUnitIsTheSameWithPassedChecksCounted() throws Exception {
        List<Path> paths = List.of(Path.of("fixtures"));
        CheckRun withCells = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 1, true).check(paths);
        CheckRun counted = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 1, false).check(paths);
        List<CheckOutcome> passed = counted.outcomes().stream()
                .filter(outcome -> outcome.status() == CheckStatus.PASSED && outcome.finding() == null).toList();
        assertTrue(passed.size() > 100, "passed checks in the fixtures: " + passed.size());
        assertTrue(passed.stream().anyMatch(outcome -> outcome.cells().isEmpty()), "passed checks listed without their cells");
        int countedChecks = counted.counted().stream().mapToInt(count -> count.count()).sum();
        assertTrue(countedChecks > 100, "passed checks counted, not listed: " + countedChecks);
        assertEquals(withCells.outcomes().size(), counted.outcomes().size() + countedChecks, "every check listed or counted");
        assertEquals(withCells.summary(), counted.summary());
        for (String format : List.of("text", "json", "sarif", "csv", "markdown", "github")) {
            assertEquals(rendered(format, withCells), rendered(format, counted), format + " report");
        }
    }

    private static String rendered(String format, CheckRun run) throws Exception {
        StringWriter out = new StringWriter();
        ReportFormats.named(format, false).write(run, out);
        return out.toString();
    }
}
