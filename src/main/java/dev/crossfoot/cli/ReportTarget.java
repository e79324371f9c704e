package dev.crossfoot.cli;

import dev.crossfoot.report.ReportFormats;
import picocli.CommandLine;

import java.nio.file.Path;

/** One {@code --report FORMAT[=FILE]}: a format, and a file or (without one, or {@code -}) standard output. */
record ReportTarget(String format, Path file) {

    static ReportTarget parse(String spec, CommandLine commandLine) {
        int equals = spec.indexOf('=');
        String format = (equals < 0 ? spec : spec.substring(0, equals)).strip();
        if (ReportFormats.named(format, false) == null) {
            throw new CommandLine.ParameterException(commandLine,
                    "unknown report format '" + format + "' (one of " + String.join(", ", ReportFormats.names()) + ")");
        }
        if (equals >= 0 && spec.substring(equals + 1).isBlank()) {
            throw new CommandLine.ParameterException(commandLine, "--report " + format + "= needs a file name after '='");
        }
        String file = equals < 0 ? "-" : spec.substring(equals + 1);
        try {
            return new ReportTarget(format, file.equals("-") ? null : Path.of(file));
        } catch (java.nio.file.InvalidPathException invalid) {
            throw new CommandLine.ParameterException(commandLine, "--report " + format + "=" + file + ": not a valid file name");
        }
    }

    boolean toStdout() {
        return file == null;
    }
}
