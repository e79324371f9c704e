package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.RuleInfo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A report written as the run goes, the way PMD's and Checkstyle's renderers write per file: its
 * opening once the rules are known, each document's part as soon as the document is checked, its
 * closing (the counts and the gate's decision) after the last. What it keeps between parts is
 * counts, never findings or documents, so its memory does not grow with the run. Documents come in
 * reading order, the same whatever {@code --jobs}; within a document, findings are in
 * {@link ReportOrder}.
 */
public interface StreamingReport extends AutoCloseable {

    /** Before the first part: the inputs as named and the rule catalogue. */
    void start(List<String> inputs, List<RuleInfo> rules) throws IOException;

    /** One document's results (or an input problem's, or late claims'), with its findings' verdicts. */
    void part(CheckRun part, Gate verdicts) throws IOException;

    /** After the last part: the run's counts and the gate's decision. */
    void finish(CheckRun.Summary totals, Gate gate) throws IOException;

    /** Drops whatever the report spilled to disk; the output itself is the caller's. */
    @Override
    void close() throws IOException;
}
