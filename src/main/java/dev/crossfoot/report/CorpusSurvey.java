package dev.crossfoot.report;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.Inputs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a corpus reads: per file, the tables found, recognised (a statement kind other than
 * "other"), checked (not skipped), and the error findings; then the totals. Each file is read and
 * checked on its own, so a large corpus never sits in memory at once.
 */
public final class CorpusSurvey {

    /** The figures of one file; {@code problem} (else null) says why the file could not be read at all. */
    public record Line(String file, int tables, int recognised, int checked, int errors, int warnings, String problem) {

        public Line(String file, int tables, int recognised, int checked, int errors, int warnings) {
            this(file, tables, recognised, checked, errors, warnings, null);
        }
    }

    private final Crossfoot crossfoot;

    public CorpusSurvey(Crossfoot crossfoot) {
        this.crossfoot = crossfoot;
    }

    /** One line per file; a file that cannot be read at all is a line saying why, and the survey goes on. */
    public List<Line> survey(List<Path> files) {
        List<Line> lines = new ArrayList<>();
        for (Path file : files) {
            try {
                lines.add(of(file.toString(), crossfoot.check(List.of(file))));
            } catch (Inputs.UnreadablePath unreadable) {
                lines.add(new Line(file.toString(), 0, 0, 0, 0, 0, unreadable.getMessage()));
            }
        }
        return lines;
    }

    public static Line of(String file, CheckRun run) {
        int tables = run.statements().size();
        int recognised = 0;
        for (StatementTable table : run.statements()) {
            if (table.kind() != StatementKind.OTHER) {
                recognised++;
            }
        }
        int errors = 0;
        int warnings = 0;
        for (Finding finding : run.findings()) {
            if (finding.severity() == Severity.ERROR) {
                errors++;
            } else if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new Line(file, tables, recognised, tables - run.skipped().size(), errors, warnings);
    }

    public static void print(List<Line> lines, PrintWriter out) {
        out.printf("%8s %10s %8s %7s %9s  %s%n", "tables", "recognised", "checked", "errors", "warnings", "file");
        int tables = 0;
        int recognised = 0;
        int checked = 0;
        int errors = 0;
        int warnings = 0;
        int unreadable = 0;
        for (Line line : lines) {
            if (line.problem() != null) {
                unreadable++;
                out.printf("%8s %10s %8s %7s %9s  %s%n", "-", "-", "-", "-", "-", "not read: " + line.problem());
                continue;
            }
            out.printf("%8d %10d %8d %7d %9d  %s%n", line.tables(), line.recognised(), line.checked(), line.errors(),
                    line.warnings(), line.file());
            tables += line.tables();
            recognised += line.recognised();
            checked += line.checked();
            errors += line.errors();
            warnings += line.warnings();
        }
        out.printf("%8d %10d %8d %7d %9d  total of %d file(s)%s%n", tables, recognised, checked, errors, warnings, lines.size(),
                unreadable == 0 ? "" : ", " + unreadable + " not read");
        out.flush();
    }
}
