package dev.crossfoot.report;

import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Verdict;
import dev.crossfoot.model.Location;

import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands: one {@code ::error}, {@code ::warning} or {@code ::notice}
 * line per finding, which GitHub shows as an annotation on the file (and line, where the reader
 * knew one) in the pull request and the run summary.
 *
 * <p>Escaping follows GitHub's runner: in the message {@code %}, CR and LF become {@code %25},
 * {@code %0D}, {@code %0A}; in a property value ({@code file}, {@code title}) also {@code :} and
 * {@code ,} become {@code %3A} and {@code %2C}, since they separate properties. Without this, a row
 * label holding a line break could start a workflow command of its own. Other line separators and
 * control characters are written as {@code \\uXXXX} (see {@link #data}).
 */
public final class GithubReport extends LinePerFindingReport {

    @Override
    public String format() {
        return "github";
    }

    @Override
    void writeOpening(Writer out) {
        // workflow commands need no opening
    }

    @Override
    void writeLine(Writer out, Finding finding, Gate gate) throws IOException {
        out.write(annotation(finding, gate));
        out.write('\n');
    }

    /**
     * The annotation's level is the gate's verdict, not the rule's severity: {@code ::error} only
     * for a finding that fails the run, so that a green check never shows red annotations and a
     * warning that fails under {@code --fail-on warning} is not shown as a mere warning. The
     * severity and verdict are in the title.
     */
    static String annotation(Finding finding, Gate gate) {
        Verdict verdict = gate.of(finding);
        String command = switch (verdict) {
            case FAILS -> "error";
            case ACCEPTED -> "notice";
            default -> finding.severity() == dev.crossfoot.model.Severity.INFO ? "notice" : "warning";
        };
        Location where = finding.primaryLocation();
        StringBuilder line = new StringBuilder("::").append(command).append(' ');
        line.append("file=").append(property(where.file() == null ? "" : where.file()));
        if (where.line() > 0) {
            line.append(",line=").append(where.line());
        }
        String row = finding.cells().isEmpty() ? "" : finding.cells().get(0).row();
        String title = finding.severity().label() + " " + finding.rule() + (row.isEmpty() ? "" : " · " + row)
                + (finding.column() == null || finding.column().isEmpty() ? "" : " · " + finding.column())
                + " (" + gate.describe(finding) + ")";
        line.append(",title=").append(property(title));
        String pointer = where.fragment() == null ? "" : " [" + where.fragment() + "]";
        line.append("::").append(data(finding.message() + pointer));
        return line.toString();
    }

    /**
     * CR and LF as the runner unescapes them; every other line separator (NEL, U+2028, U+2029),
     * control character (ESC, VT, FF) and bidi control written out as {@code \\uXXXX}, so that
     * neither the runner nor a log viewer can take part of an input for a command of its own.
     */
    static String data(String text) {
        return InputText.visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    static String property(String text) {
        return data(text).replace(":", "%3A").replace(",", "%2C");
    }
}
