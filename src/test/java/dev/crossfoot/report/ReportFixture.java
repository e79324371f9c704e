package dev.crossfoot.report;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Suggestion;
import dev.crossfoot.read.Inputs;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The run every report test renders: {@code src/test/resources/reports/input} checked with the
 * built-in rules plus a reviewer's warning rule. It holds error findings from footing and from
 * identities, a warning, a malformed cell, a document that cannot be read (line 2 of a JSON Lines
 * file, so that line numbers show), a check that could not be evaluated, and row labels that are
 * hostile to every output format: {@code <script>}, a spreadsheet formula, quotes, commas, '&amp;'
 * and a '|' in a column header.
 */
final class ReportFixture {

    static final Path INPUT = Path.of("src/test/resources/reports/input");
    static final Path RULES = Path.of("src/test/resources/reports/rules");

    private ReportFixture() {
    }

    /** The run as the pipeline produces it. */
    static CheckRun checked() {
        try {
            return new Crossfoot(RuleBook.builtIn().withFolder(RULES), Inputs.standard()).check(List.of(INPUT));
        } catch (IOException | Inputs.UnreadablePath failure) {
            throw new IllegalStateException("the report fixture must be readable: " + failure.getMessage(), failure);
        }
    }

    /**
     * The run with a suggestion on the wrong segment total, so that every writer's rendering of a
     * suggestion is pinned while diagnosis does not yet produce one for this table.
     */
    static CheckRun withSuggestion() {
        CheckRun run = checked();
        Finding target = run.findings().stream()
                .filter(f -> f.rule().equals("FOOT.section-total") && f.table().equals("segments"))
                .findFirst().orElseThrow(() -> new IllegalStateException("fixture lost its wrong segment total"));
        Finding suggested = target.withSuggestion(new Suggestion(target.cells().get(0), "2,000", "one digit misread", 0.7));
        List<Finding> findings = run.findings().stream().map(f -> f == target ? suggested : f).toList();
        List<CheckOutcome> outcomes = run.outcomes().stream()
                .map(o -> o.finding() != target ? o : new CheckOutcome(o.rule(), o.document(), o.table(), o.column(),
                        o.status(), o.detail(), o.cells(), suggested))
                .toList();
        return new CheckRun(run.inputs(), run.documents(), run.statements(), outcomes, findings, run.skipped(), run.rules());
    }

    static String render(ReportWriter writer, CheckRun run) {
        StringWriter out = new StringWriter();
        try {
            writer.write(run, out);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        return out.toString();
    }
}
