package dev.crossfoot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StreamedGate;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.report.JsonReport;
import dev.crossfoot.report.ReportFormats;
import dev.crossfoot.report.StreamingReport;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports written as documents finish: each document's part is in the output before the next
 * document arrives, the bytes are the same whatever the jobs, and they say what the report of the
 * whole run says (in reading order).
 */
class StreamedReportsTest {

    private static final List<String> STREAMED = List.of("json", "sarif", "junit", "text", "csv", "markdown", "github");
    /** The formats that write each finding as its document finishes (markdown keeps its bounded table for the end). */
    private static final List<String> FINDING_BY_FINDING = List.of("json", "sarif", "text", "csv", "github");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyStreamedReportIsTheSameOnTwoThreadsAsOnOne() throws Exception {
        List<Path> paths = List.of(SharedData.require("corpus/older-filings"));
        Map<String, String> one = streamed(paths, 1);
        Map<String, String> two = streamed(paths, 2);
        for (String format : STREAMED) {
            assertTrue(one.get(format).length() > 1000, format + " report written: " + one.get(format).length() + " characters");
            assertEquals(one.get(format), two.get(format), format + " report with --jobs 2");
        }
    }

    @Test
    void eachDocumentsFindingsAreWrittenBeforeTheNextDocumentArrives() throws Exception {
        Map<String, StringWriter> outputs = new LinkedHashMap<>();
        Map<String, StreamingReport> reports = new LinkedHashMap<>();
        StreamedGate gate = new StreamedGate(Severity.ERROR, 0);
        Crossfoot crossfoot = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 2);
        List<String> findingsChecked = new ArrayList<>();
        for (String format : FINDING_BY_FINDING) {
            outputs.put(format, new StringWriter());
            reports.put(format, ReportFormats.streaming(format, outputs.get(format)));
            reports.get(format).start(List.of("fixtures"), crossfoot.book().catalogue());
        }
        crossfoot.stream(List.of(Path.of("fixtures")), Crossfoot.Progress.NONE, part -> {
            Map<String, Integer> before = new LinkedHashMap<>();
            outputs.forEach((format, out) -> before.put(format, out.getBuffer().length()));
            Gate verdicts = gate.part(part.findings());
            reports.values().forEach(report -> {
                try {
                    report.part(part, verdicts);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            });
            // What this part added, read now: the next document has not arrived yet.
            for (Finding finding : part.findings()) {
                for (String format : FINDING_BY_FINDING) {
                    String added = outputs.get(format).getBuffer().substring(before.get(format));
                    assertTrue(added.contains(asWritten(format, finding.rule())),
                            format + " has the finding once its document is done: " + finding.rule() + " " + finding.message());
                }
                findingsChecked.add(finding.rule());
            }
        });
        for (StreamingReport report : reports.values()) {
            report.finish(CheckRun.Summary.NONE, gate.total());
            report.close();
        }
        assertTrue(findingsChecked.size() > 5, "the fixtures have findings to stream: " + findingsChecked);
        JSON.readTree(outputs.get("json").toString());
        JSON.readTree(outputs.get("sarif").toString());
    }

    /** A rule id as a format writes it (a workflow command's title escapes its property separators). */
    private static String asWritten(String format, String rule) {
        return format.equals("github") ? rule.replace(":", "%3A").replace(",", "%2C") : rule;
    }

    @Test
    void streamedLineReportsHoldTheWholeRunsLinesInReadingOrder() throws Exception {
        List<Path> paths = List.of(SharedData.require("corpus/older-filings"));
        Map<String, String> streamed = streamed(paths, 2);
        CheckRun run = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 2).check(paths);
        Gate gate = Gate.standard(run.findings());
        for (String format : List.of("text", "csv", "github")) {
            StringWriter whole = new StringWriter();
            ReportFormats.named(format, false).write(run, gate, whole);
            assertEquals(lines(whole.toString()), lines(streamed.get(format)), format + ": the same lines, in another order");
        }
        assertTrue(run.findings().size() < 100, "every finding fits the markdown summary, so both show the same rows");
        StringWriter markdown = new StringWriter();
        ReportFormats.named("markdown", false).write(run, gate, markdown);
        assertEquals(lines(markdown.toString()), lines(streamed.get("markdown")), "markdown: the same summary, rows in reading order");
        String[] text = streamed.get("text").split("\\R");
        assertEquals(gate.headline(), text[text.length - 1], "the text report closes with the gate, counted as it went");
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\\R")));
        lines.sort(null);
        return lines;
    }

    @Test
    void aStreamedJsonReportSaysWhatTheWholeRunsReportSays() throws Exception {
        List<Path> paths = List.of(SharedData.require("corpus/older-filings"));
        JsonNode streamed = JSON.readTree(streamed(paths, 2).get("json"));
        StringWriter whole = new StringWriter();
        new JsonReport().write(new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 2).check(paths), whole);
        JsonNode all = JSON.readTree(whole.toString());
        assertEquals(all.get("summary"), streamed.get("summary"), "the same counts");
        assertEquals(all.get("gate"), streamed.get("gate"), "the same decision");
        for (String list : List.of("findings", "claims", "skipped")) {
            assertEquals(sorted(all.get(list)), sorted(streamed.get(list)), "the same " + list + ", in reading order");
        }
    }

    @Test
    void withMaxFindingsAStreamedRunGivesEachFindingTheWholeRunsVerdict() throws Exception {
        List<Path> paths = List.of(SharedData.require("corpus/older-filings"));
        CheckRun run = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 2).check(paths);
        long errors = run.findings().stream().filter(finding -> finding.severity() == Severity.ERROR).count();
        assertTrue(errors >= 2, "the corpus has errors to count: " + errors);
        // Just under and just at the number of errors: the run fails, then it passes with every error tolerated.
        for (long maxFindings : List.of(errors - 1, errors)) {
            StringWriter whole = new StringWriter();
            new JsonReport().write(run, Gate.decide(run.findings(), finding -> false, Severity.ERROR, (int) maxFindings, false), whole);
            JsonNode all = JSON.readTree(whole.toString());
            JsonNode streamed = JSON.readTree(streamed(paths, 2, new StreamedGate(Severity.ERROR, (int) maxFindings)).get("json"));
            assertEquals(all.get("gate"), streamed.get("gate"), "the same decision with --max-findings " + maxFindings);
            assertEquals(sorted(all.get("findings")), sorted(streamed.get("findings")),
                    "the same findings and verdicts with --max-findings " + maxFindings);
        }
    }

    private static List<String> sorted(JsonNode array) {
        List<String> entries = new ArrayList<>();
        array.forEach(entry -> entries.add(entry.toString()));
        entries.sort(null);
        return entries;
    }

    /** The streamed reports of a run, as {@code crossfoot check} writes them under the default gate. */
    private static Map<String, String> streamed(List<Path> paths, int jobs) throws Exception {
        return streamed(paths, jobs, new StreamedGate(Severity.ERROR, 0));
    }

    /** The streamed reports of a run under {@code gate}, parts written as the gate hands them over. */
    private static Map<String, String> streamed(List<Path> paths, int jobs, StreamedGate gate) throws Exception {
        Map<String, StringWriter> outputs = new LinkedHashMap<>();
        List<StreamingReport> reports = new ArrayList<>();
        Crossfoot crossfoot = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, jobs, true);
        for (String format : STREAMED) {
            StringWriter out = new StringWriter();
            outputs.put(format, out);
            StreamingReport report = ReportFormats.streaming(format, out);
            report.start(paths.stream().map(Path::toString).toList(), crossfoot.book().catalogue());
            reports.add(report);
        }
        CheckRun.Summary[] totals = {CheckRun.Summary.NONE};
        StreamedGate.Written written = (part, verdicts) -> {
            totals[0] = totals[0].plus(part.summary());
            for (StreamingReport report : reports) {
                try {
                    report.part(part, verdicts);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            }
        };
        crossfoot.stream(paths, Crossfoot.Progress.NONE, part -> gate.part(part, written));
        Gate decided = gate.finish(written);
        for (StreamingReport report : reports) {
            report.finish(totals[0], decided);
            report.close();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        outputs.forEach((format, out) -> texts.put(format, out.toString()));
        return texts;
    }
}
