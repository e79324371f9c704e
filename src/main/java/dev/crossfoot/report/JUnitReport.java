package dev.crossfoot.report;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Verdict;
import dev.crossfoot.model.Suggestion;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI test dashboards: a {@code <testsuite>} per document and a {@code <testcase>}
 * per check, so that a CI server tracks each check's history like a test's.
 *
 * <ul>
 * <li>{@code classname} is {@code document.table} and {@code name} is
 *     {@code RULE [column] reported row}: both come from the document, never from line numbers, so
 *     the same check keeps its name from run to run. A name that still repeats within a suite
 *     gets {@code (2)}, {@code (3)}… in reading order.</li>
 * <li>A failed check whose finding fails the gate ({@link Gate}: new, at or above
 *     {@code --fail-on}, beyond {@code --max-findings}) is a {@code <failure>} whose text gives the
 *     verdict, expected, reported, difference, allowed rounding, the cells and any suggestion. So
 *     the failure count is the number of check findings that make the exit code 1, and a red
 *     dashboard means what a red build means.</li>
 * <li>Any other failed check (a warning under {@code --fail-on error}, a finding the baseline
 *     accepted, one within {@code --max-findings}) passes, with the finding and its verdict in
 *     {@code <system-out>}: JUnit has no "warning" or "accepted" outcome.</li>
 * <li>An input finding ({@code INPUT.*}: an unreadable document, a malformed cell) is a test
 *     case of its own with an {@code <error>} when it fails the gate: the test data could not
 *     be read, which is JUnit's meaning of error as opposed to a failed assertion. An unreadable
 *     document has no id, so its suite is named by its file. Input warnings go to
 *     {@code <system-out>} like other warnings.</li>
 * <li>A check that could not be evaluated (a divisor that may be zero, a cell that is blank or
 *     unreadable) is {@code <skipped>} with the reason: that alone is not a fault, and when an
 *     unreadable cell is the cause, its {@code INPUT.malformed-number} error already says so.</li>
 * </ul>
 */
public final class JUnitReport implements ReportWriter {

    @Override
    public String format() {
        return "junit";
    }

    @Override
    public void write(CheckRun run, Gate gate, Writer out) throws IOException {
        Map<String, Suite> suites = suites(run, gate);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            Totals totals = new Totals();
            suites.values().forEach(totals::add);
            openTestsuites(xml, totals);
            for (Suite suite : suites.values()) {
                writeSuite(xml, suite);
            }
            closeTestsuites(xml, out);
        } catch (XMLStreamException failure) {
            throw new IOException("cannot write the JUnit report: " + failure.getMessage(), failure);
        }
    }

    /** The same report written as the run goes: each document's suite as it finishes, the totals that open it last. */
    public StreamingReport streaming(Writer out) {
        return new Streamed(out);
    }

    /**
     * Suites are written to a {@link Spill} as their documents finish, since the totals that
     * {@code <testsuites>} opens with are known only at the end; then the opening and the spilled
     * suites go to the output. A document's input problems and its checks, handed over as
     * neighbouring parts, stay one suite: a suite is written when a part of another name comes.
     * Claims tied across documents (the run's last part) are suites of their own.
     */
    private static final class Streamed implements StreamingReport {
        private final Writer out;
        private Spill suites;
        private XMLStreamWriter xml;
        private final Map<String, Suite> waiting = new LinkedHashMap<>();
        /** The suites written: counted, not kept. */
        private final Totals totals = new Totals();

        Streamed(Writer out) {
            this.out = out;
        }

        @Override
        public void start(List<String> inputs, List<dev.crossfoot.model.RuleInfo> rules) throws IOException {
            suites = new Spill("junit");
            try {
                xml = XMLOutputFactory.newFactory().createXMLStreamWriter(suites.text());
            } catch (XMLStreamException failure) {
                throw new IOException("cannot write the JUnit report: " + failure.getMessage(), failure);
            }
        }

        @Override
        public void part(CheckRun part, Gate verdicts) throws IOException {
            Map<String, Suite> given = suites(part, verdicts);
            if (!given.isEmpty() && !waiting.containsKey(given.keySet().iterator().next())) {
                writeWaiting();
            }
            for (Suite suite : given.values()) {
                Suite same = waiting.get(suite.name);
                if (same == null) {
                    waiting.put(suite.name, suite);
                } else {
                    suite.cases.forEach(same::add);
                }
            }
        }

        private void writeWaiting() throws IOException {
            try {
                for (Suite suite : waiting.values()) {
                    writeSuite(xml, suite);
                    totals.add(suite);
                }
                xml.flush();
            } catch (XMLStreamException failure) {
                throw new IOException("cannot write the JUnit report: " + failure.getMessage(), failure);
            }
            waiting.clear();
        }

        @Override
        public void finish(CheckRun.Summary summary, Gate gate) throws IOException {
            writeWaiting();
            try {
                XMLStreamWriter head = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
                openTestsuites(head, totals);
                head.writeCharacters(""); // closes the start tag before the suites are copied in
                head.flush();
                suites.copyTo(out);
                closeTestsuites(head, out);
            } catch (XMLStreamException failure) {
                throw new IOException("cannot write the JUnit report: " + failure.getMessage(), failure);
            }
        }

        @Override
        public void close() throws IOException {
            Spill.closeAll(suites);
        }
    }

    /** Documents in reading order, then suites for files that could not be read at all. */
    private static Map<String, Suite> suites(CheckRun run, Gate gate) {
        Map<String, Suite> suites = new LinkedHashMap<>();
        for (Document document : run.documents()) {
            suites.putIfAbsent(document.id(), new Suite(document.id(), document));
        }
        for (Finding finding : ReportOrder.findings(run)) {
            if (finding.rule().startsWith("INPUT.")) {
                Suite suite = suites.computeIfAbsent(finding.document(), name -> new Suite(name, null));
                suite.add(TestCase.of(finding, gate));
            }
        }
        for (CheckOutcome outcome : run.outcomes()) {
            suites.computeIfAbsent(outcome.document(), name -> new Suite(name, null)).add(TestCase.of(outcome, gate));
        }
        return suites;
    }

    private static void writeSuite(XMLStreamWriter xml, Suite suite) throws XMLStreamException {
        newline(xml, 1);
        xml.writeStartElement("testsuite");
        xml.writeAttribute("name", clean(suite.name));
        Totals counts = new Totals();
        counts.add(suite);
        counts.write(xml);
        if (suite.document != null) {
            newline(xml, 2);
            xml.writeStartElement("properties");
            property(xml, "file", suite.document.file());
            property(xml, "entity", suite.document.entity());
            property(xml, "form", suite.document.form());
            newline(xml, 2);
            xml.writeEndElement();
        }
        Map<String, Integer> seen = new HashMap<>();
        for (TestCase test : suite.cases) {
            String key = test.classname + "\u0000" + test.name;
            int occurrence = seen.merge(key, 1, Integer::sum);
            writeCase(xml, test, occurrence == 1 ? test.name : test.name + " (" + occurrence + ")");
        }
        newline(xml, 1);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        if (value == null || value.isEmpty()) {
            return;
        }
        newline(xml, 3);
        xml.writeEmptyElement("property");
        xml.writeAttribute("name", name);
        xml.writeAttribute("value", clean(value));
    }

    private static void writeCase(XMLStreamWriter xml, TestCase test, String name) throws XMLStreamException {
        newline(xml, 2);
        if (test.outcome == Outcome.PASSED && test.finding == null) {
            xml.writeEmptyElement("testcase");
            writeCaseAttributes(xml, test, name);
            return;
        }
        xml.writeStartElement("testcase");
        writeCaseAttributes(xml, test, name);
        newline(xml, 3);
        switch (test.outcome) {
            case FAILURE, ERROR -> {
                xml.writeStartElement(test.outcome == Outcome.FAILURE ? "failure" : "error");
                xml.writeAttribute("type", test.finding.rule());
                xml.writeAttribute("message", clean(test.finding.message()));
                xml.writeCharacters(clean(evidence(test.finding) + "gate:       " + test.detail + "\n"));
                xml.writeEndElement();
            }
            case SKIPPED -> {
                xml.writeEmptyElement("skipped");
                xml.writeAttribute("message", clean("not evaluated: " + test.detail));
            }
            case PASSED -> {
                xml.writeStartElement("system-out");
                xml.writeCharacters(clean(test.finding.severity().label() + " (" + test.detail + "): "
                        + test.finding.message() + "\n" + evidence(test.finding)));
                xml.writeEndElement();
            }
            default -> throw new IllegalStateException("unhandled outcome " + test.outcome);
        }
        newline(xml, 2);
        xml.writeEndElement();
    }

    private static void writeCaseAttributes(XMLStreamWriter xml, TestCase test, String name) throws XMLStreamException {
        xml.writeAttribute("classname", clean(test.classname));
        xml.writeAttribute("name", clean(name));
        if (test.file != null && !test.file.isEmpty()) {
            xml.writeAttribute("file", clean(test.file));
        }
    }

    /** The XML declaration and the opening of {@code <testsuites>} with the run's totals. */
    private static void openTestsuites(XMLStreamWriter xml, Totals totals) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        newline(xml, 0);
        xml.writeStartElement("testsuites");
        xml.writeAttribute("name", "crossfoot");
        totals.write(xml);
    }

    /** The end of {@code <testsuites>} and of the file, with a line end. */
    private static void closeTestsuites(XMLStreamWriter xml, Writer out) throws XMLStreamException, IOException {
        newline(xml, 0);
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.flush();
        out.write("\n");
        out.flush();
    }

    /** Tests, failures, errors and skipped cases, the counts {@code <testsuites>} and each {@code <testsuite>} open with. */
    private static final class Totals {
        private int tests;
        private int failures;
        private int errors;
        private int skipped;

        void add(Suite suite) {
            for (TestCase test : suite.cases) {
                tests++;
                switch (test.outcome) {
                    case FAILURE -> failures++;
                    case ERROR -> errors++;
                    case SKIPPED -> skipped++;
                    default -> { }
                }
            }
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeAttribute("tests", Integer.toString(tests));
            xml.writeAttribute("failures", Integer.toString(failures));
            xml.writeAttribute("errors", Integer.toString(errors));
            xml.writeAttribute("skipped", Integer.toString(skipped));
        }
    }

    /** The evidence a reviewer reads under a failure: where, the numbers, the cells, the repair. */
    private static String evidence(Finding finding) {
        StringBuilder text = new StringBuilder();
        text.append(finding.rule()).append(" at ").append(finding.primaryLocation()).append('\n');
        line(text, "identity", finding.identity());
        line(text, "expected", finding.expected());
        line(text, "reported", finding.actual());
        line(text, "difference", finding.difference());
        line(text, "allowed", finding.allowed() == null || finding.allowed().isEmpty() ? "" : "±" + finding.allowed());
        if (finding.cells().size() > 1) {
            text.append("cells:\n");
            for (CellRef cell : finding.cells()) {
                text.append("  ").append(cell.row()).append(" = ").append(cell.text().strip())
                        .append("  at ").append(cell.location()).append('\n');
            }
        }
        Suggestion suggestion = finding.suggestion();
        if (suggestion != null) {
            text.append("suggestion: '").append(suggestion.cell().row()).append("' should read ").append(suggestion.value())
                    .append(" (").append(suggestion.cause()).append(", confidence ")
                    .append(Math.round(suggestion.confidence() * 100)).append("%)\n");
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isEmpty()) {
            text.append(String.format("%-11s %s", label + ":", value)).append('\n');
        }
    }

    /** XML 1.0 cannot carry most control characters at all, escaped or not; show them as U+FFFD. */
    private static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = new StringBuilder(text.length());
        text.codePoints().forEach(c -> cleaned.appendCodePoint(
                c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                        || (c >= 0x10000 && c <= 0x10FFFF) ? c : 0xFFFD));
        return cleaned.toString();
    }

    private static void newline(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private enum Outcome { PASSED, FAILURE, ERROR, SKIPPED }

    private static final class Suite {
        final String name;
        final Document document;
        final List<TestCase> cases = new ArrayList<>();

        Suite(String name, Document document) {
            this.name = name;
            this.document = document;
        }

        void add(TestCase test) {
            cases.add(test);
        }
    }

    /** One {@code <testcase>}: a check's outcome, or an input finding standing in for the test it prevented. */
    private record TestCase(String classname, String name, String file, Outcome outcome, Finding finding, String detail) {

        static TestCase of(CheckOutcome outcome, Gate gate) {
            Finding finding = outcome.finding();
            String row = outcome.cells().isEmpty() ? "" : " " + outcome.cells().get(0).row();
            String name = outcome.rule() + " [" + outcome.column() + "]" + row;
            String file = finding == null ? outcome.cells().isEmpty() ? null : outcome.cells().get(0).location().file()
                    : finding.file();
            Outcome result;
            if (outcome.status() == CheckStatus.NOT_EVALUATED) {
                result = Outcome.SKIPPED;
            } else if (finding != null && gate.of(finding) == Verdict.FAILS) {
                result = Outcome.FAILURE;
            } else {
                result = Outcome.PASSED;
            }
            String detail = outcome.status() == CheckStatus.NOT_EVALUATED || finding == null ? outcome.detail() : gate.describe(finding);
            return new TestCase(outcome.document() + "." + outcome.table(), name, file, result, finding, detail);
        }

        static TestCase of(Finding finding, Gate gate) {
            String where = finding.table() == null || finding.table().isEmpty() ? "" : "." + finding.table();
            // An unreadable document has no row to name it by: its place in the file is its identity.
            String row = finding.cells().isEmpty() || finding.cells().get(0).row().isEmpty()
                    ? " at " + finding.primaryLocation() : " " + finding.cells().get(0).row();
            String column = finding.column() == null || finding.column().isEmpty() ? "" : " [" + finding.column() + "]";
            Outcome result = gate.of(finding) == Verdict.FAILS ? Outcome.ERROR : Outcome.PASSED;
            return new TestCase(finding.document() + where, finding.rule() + column + row, finding.file(), result,
                    finding, gate.describe(finding));
        }
    }
}
