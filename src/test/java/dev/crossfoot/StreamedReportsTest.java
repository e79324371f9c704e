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

    private static final List<String> STREAMED = List.of("json", "sarif", "junit");
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
        StringWriter json = new StringWriter();
        StringWriter sarif = new StringWriter();
        StreamedGate gate = new StreamedGate(Severity.ERROR, 0, false);
        Crossfoot crossfoot = new Crossfoot(RuleBook.builtIn(), Inputs.standard(), false, Failure.Trace.NONE, 2);
        List<String> findingsChecked = new ArrayList<>();
        try (StreamingReport jsonReport = ReportFormats.streaming("json", json);
             StreamingReport sarifReport = ReportFormats.streaming("sarif", sarif)) {
            jsonReport.start(List.of("fixtures"), crossfoot.book().catalogue());
            sarifReport.start(List.of("fixtures"), crossfoot.book().catalogue());
            crossfoot.stream(List.of(Path.of("fixtures")), Crossfoot.Progress.NONE, part -> {
                int jsonBefore = json.getBuffer().length();
                int sarifBefore = sarif.getBuffer().length();
                try {
                    Gate verdicts = gate.part(part.findings());
                    jsonReport.part(part, verdicts);
                    sarifReport.part(part, verdicts);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
                // What this part added, read now: the next document has not arrived yet.
                String jsonAdded = json.getBuffer().substring(jsonBefore);
                String sarifAdded = sarif.getBuffer().substring(sarifBefore);
                for (Finding finding : part.findings()) {
                    String message = JSON.valueToTree(finding.message()).toString();
                    assertTrue(jsonAdded.contains(message), "json has the finding once its document is done: " + message);
                    assertTrue(sarifAdded.contains(message), "sarif has the finding once its document is done: " + message);
                    findingsChecked.add(finding.rule());
                }
            });
            jsonReport.finish(CheckRun.Summary.NONE, gate.total());
            sarifReport.finish(CheckRun.Summary.NONE, gate.total());
        }
        assertTrue(findingsChecked.size() > 5, "the fixtures have findings to stream: " + findingsChecked);
        JSON.readTree(json.toString());
        JSON.readTree(sarif.toString());
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

    private static List<String> sorted(JsonNode array) {
        List<String> entries = new ArrayList<>();
        array.forEach(entry -> entries.add(entry.toString()));
        entries.sort(null);
        return entries;
    }

    /** The streamed reports of a run, as {@code crossfoot check} writes them under the default gate. */
    private static Map<String, String> streamed(List<Path> paths, int jobs) throws Exception {
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
        StreamedGate gate = new StreamedGate(Severity.ERROR, 0, false);
        CheckRun.Summary[] totals = {CheckRun.Summary.NONE};
        crossfoot.stream(paths, Crossfoot.Progress.NONE, part -> {
            Gate verdicts = gate.part(part.findings());
            totals[0] = totals[0].plus(part.summary());
            for (StreamingReport report : reports) {
                try {
                    report.part(part, verdicts);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            }
        });
        for (StreamingReport report : reports) {
            report.finish(totals[0], gate.total());
            report.close();
        }
        Map<String, String> texts = new LinkedHashMap<>();
        outputs.forEach((format, out) -> texts.put(format, out.toString()));
        return texts;
    }
}
