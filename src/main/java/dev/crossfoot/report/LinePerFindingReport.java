package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.RuleInfo;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A report that is an opening and then one line a finding (CSV rows, GitHub annotations): it
 * keeps nothing between documents, so a streamed run writes the same lines as a whole run, each
 * document's as it finishes.
 */
abstract class LinePerFindingReport implements ReportWriter {

    /** What comes before the first finding (a header row, or nothing). */
    abstract void writeOpening(Writer out) throws IOException;

    /** One finding's line, line end included, with its gate verdict. */
    abstract void writeLine(Writer out, Finding finding, Gate gate) throws IOException;

    @Override
    public void write(CheckRun run, Gate gate, Writer out) throws IOException {
        writeOpening(out);
        writeLines(run, gate, out);
    }

    /** The same lines written as the run goes: the opening first, each document's lines as it finishes. */
    public StreamingReport streaming(Writer out) {
        return new StreamingReport() {
            @Override
            public void start(List<String> inputs, List<RuleInfo> rules) throws IOException {
                writeOpening(out);
            }

            @Override
            public void part(CheckRun part, Gate verdicts) throws IOException {
                writeLines(part, verdicts, out);
            }

            @Override
            public void finish(CheckRun.Summary totals, Gate gate) throws IOException {
                out.flush();
            }

            @Override
            public void close() {
                // nothing kept, nothing spilled
            }
        };
    }

    private void writeLines(CheckRun run, Gate gate, Writer out) throws IOException {
        for (Finding finding : ReportOrder.findings(run)) {
            writeLine(out, finding, gate);
        }
        out.flush();
    }
}
