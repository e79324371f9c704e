package dev.crossfoot.cli;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.report.ReportFormats;
import dev.crossfoot.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code crossfoot check PATH...}: read, check, diagnose and report; the exit code is the verdict. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check files or folders (recursively) of any supported format.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:the run could not be done (unreadable path, bad rule file, bad option)"})
final class CheckCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to check.")
    private List<Path> paths;

    @Option(names = "--report", paramLabel = "FORMAT[=FILE]",
            description = "Report format and optional file; repeatable. Formats: ${COMPLETION-CANDIDATES}. Default: text to stdout.",
            completionCandidates = FormatNames.class)
    private List<String> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Exit 1 when a finding is at or above this level: error, warning or never (default: ${DEFAULT-VALUE}).")
    private String failOn;

    @Mixin
    private RuleOptions ruleOptions;

    @Override
    public Integer call() throws IOException {
        Severity threshold = threshold();
        List<ReportTarget> targets = targets();
        Crossfoot crossfoot = new Crossfoot(ruleOptions.book(), Inputs.standard());
        CheckRun run;
        try {
            run = crossfoot.check(paths, total(Terminal.progress(spec.commandLine().getErr())));
        } catch (Inputs.UnreadablePath unreadable) {
            spec.commandLine().getErr().println("crossfoot: " + unreadable.getMessage());
            return ExitCode.FAILURE.code();
        }
        for (ReportTarget target : targets) {
            write(run, target);
        }
        return failed(run, threshold) ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
    }

    /** Small runs finish before progress would help; show it only from a hundred documents on. */
    private static Crossfoot.Progress total(Crossfoot.Progress progress) {
        return (done, total) -> {
            if (total >= 100) {
                progress.documentChecked(done, total);
            }
        };
    }

    private Severity threshold() {
        if ("never".equalsIgnoreCase(failOn)) {
            return null;
        }
        try {
            return Severity.parse(failOn);
        } catch (IllegalArgumentException unknown) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on must be error, warning or never, not '" + failOn + "'");
        }
    }

    private List<ReportTarget> targets() {
        List<ReportTarget> targets = new ArrayList<>();
        for (String report : reports) {
            targets.add(ReportTarget.parse(report, spec.commandLine()));
        }
        if (targets.isEmpty()) {
            targets.add(new ReportTarget("text", null));
        }
        if (targets.stream().filter(ReportTarget::toStdout).count() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "only one --report may go to standard output; give the others a file (FORMAT=FILE)");
        }
        return targets;
    }

    private void write(CheckRun run, ReportTarget target) throws IOException {
        if (target.toStdout()) {
            ReportWriter writer = ReportFormats.named(target.format(), Terminal.colour());
            Writer out = spec.commandLine().getOut();
            writer.write(run, out);
            out.flush();
            return;
        }
        ReportWriter writer = ReportFormats.named(target.format(), false);
        Path parent = target.file().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8)) {
            writer.write(run, out);
        }
    }

    static boolean failed(CheckRun run, Severity threshold) {
        if (threshold == null) {
            return false;
        }
        for (Finding finding : run.findings()) {
            if (finding.severity().atLeast(threshold)) {
                return true;
            }
        }
        return false;
    }

    /** Lets picocli list the formats in --help. */
    static final class FormatNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatNames() {
            super(ReportFormats.names());
        }
    }
}
