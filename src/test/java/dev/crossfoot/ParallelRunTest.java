package dev.crossfoot;

import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Failure;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.report.JUnitReport;
import dev.crossfoot.report.JsonReport;
import dev.crossfoot.report.ReportWriter;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A run checked on several threads reports exactly what it reports on one: same findings, same order, same bytes. */
class ParallelRunTest {

    @Test
    void theProjectsFixturesGiveTheSameReportsOnFourThreadsAsOnOne() throws Exception {
        assertSameOnEveryJobs(List.of(Path.of("fixtures")));
    }

    /** Several formats, a CSV without a unit caption, an unreadable cell: readers' problems interleave with documents. */
    @Test
    void theOlderFilingsGiveTheSameReportsOnTwoThreadsAsOnOne() throws Exception {
        assertSameOnEveryJobs(List.of(SharedData.require("corpus/older-filings")));
    }

    private static void assertSameOnEveryJobs(List<Path> paths) throws Exception {
        CheckRun one = run(paths, 1);
        assertTrue(one.documents().size() > 10, "a dataset of several documents: " + one.documents().size());
        assertTrue(one.outcomes().size() > 100, "checks evaluated: " + one.outcomes().size());
        for (int jobs : new int[] {2, 4}) {
            CheckRun many = run(paths, jobs);
            assertEquals(one.findings(), many.findings(), "findings with --jobs " + jobs);
            assertEquals(one.skipped(), many.skipped(), "skipped tables with --jobs " + jobs);
            assertEquals(rendered(new JsonReport(), one), rendered(new JsonReport(), many), "json report with --jobs " + jobs);
            assertEquals(rendered(new JUnitReport(), one), rendered(new JUnitReport(), many), "junit report with --jobs " + jobs);
        }
    }

    private static CheckRun run(List<Path> paths, int jobs) throws Inputs.UnreadablePath {
        return new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, jobs).check(paths);
    }

    private static String rendered(ReportWriter writer, CheckRun run) throws IOException {
        StringWriter out = new StringWriter();
        writer.write(run, out);
        return out.toString();
    }
}
