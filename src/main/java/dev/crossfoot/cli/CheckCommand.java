package dev.crossfoot.cli;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.report.ReportFormats;
import dev.crossfoot.report.ReportOrder;
import dev.crossfoot.report.ReportWriter;
import dev.crossfoot.report.SarifReport;
import dev.crossfoot.report.WellFormedWriter;
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
            "1:findings at or above --fail-on (more than --max-findings of them; new ones only with --baseline)",
            "2:the run could not be done (unreadable path, a FIFO or device named, bad rule file, bad option); a bad document inside a folder is a finding"})
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

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings accepted earlier (a file from --write-baseline): they are still reported, but only "
                    + "findings not in it count for --fail-on and --max-findings. Matched by rule, document, table, row "
                    + "and column, so moved rows and renamed files keep their match.")
    private Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write every finding of this run to FILE, to accept them with --baseline later. "
                    + "The exit code is decided as usual.")
    private Path writeBaselineFile;

    @Option(names = "--max-findings", paramLabel = "N", defaultValue = "0",
            description = "Exit 1 only when more than N findings (new ones, with --baseline) are at or above --fail-on "
                    + "(default: ${DEFAULT-VALUE}, so any such finding fails). --fail-on never never fails.")
    private int maxFindings;

    @Option(names = "--jobs", paramLabel = "N",
            description = "Check N documents at a time, one per core (default: the cores available, here ${DEFAULT-VALUE}). "
                    + "The report is the same, in the same order, whatever N.")
    private int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--verbose",
            description = "Print the stack trace of every failure that became an input finding or stopped the run (for a bug report).")
    private boolean verbose;

    @Mixin
    private RuleOptions ruleOptions;

    /** Whether the user asked for stack traces: the run's own failure handler asks too. */
    boolean verbose() {
        return verbose;
    }

    @Override
    public Integer call() throws IOException {
        Severity threshold = threshold();
        List<ReportTarget> targets = targets();
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more, not " + jobs);
        }
        if (maxFindings < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-findings must be 0 or more, not " + maxFindings);
        }
        Baseline baseline = baselineFile == null ? null : Baseline.read(baselineFile);
        boolean rendersStatements = targets.stream().anyMatch(target -> target.format().equals("html"));
        Crossfoot crossfoot = new Crossfoot(ruleOptions.book(), Inputs.standard(), rendersStatements, trace(), jobs);
        CheckRun run;
        try {
            run = crossfoot.check(paths, total(Terminal.progress(spec.commandLine().getErr())));
        } catch (Inputs.UnreadablePath unreadable) {
            spec.commandLine().getErr().println("crossfoot: " + unreadable.getMessage());
            return ExitCode.FAILURE.code();
        }
        List<Finding> findings = ReportOrder.findings(run);
        List<Finding> fresh = baseline == null ? findings : baseline.newFindings(findings);
        java.util.Set<Finding> isNew = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        isNew.addAll(fresh);
        for (ReportTarget target : targets) {
            write(run, target, baseline == null ? null : isNew::contains);
        }
        if (writeBaselineFile != null) {
            Baseline.write(writeBaselineFile, findings);
        }
        return gate(findings, fresh, threshold, baseline != null) ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
    }

    /** Whether the run fails: more than --max-findings findings at or above the threshold, not counting accepted ones. */
    private boolean gate(List<Finding> findings, List<Finding> fresh, Severity threshold, boolean baseline) {
        if (baseline) {
            spec.commandLine().getErr().println("crossfoot: " + (findings.size() - fresh.size())
                    + " finding(s) accepted by the baseline " + baselineFile + ", " + fresh.size() + " new");
        }
        if (threshold == null) {
            return false;
        }
        long counted = fresh.stream().filter(finding -> finding.severity().atLeast(threshold)).count();
        if (counted > 0 && counted <= maxFindings) {
            spec.commandLine().getErr().println("crossfoot: " + counted + " finding(s) at or above " + threshold.label()
                    + ", within --max-findings " + maxFindings);
        }
        return counted > maxFindings;
    }

    /** With --verbose, each caught failure's stack trace on stderr; otherwise only its finding says what went wrong. */
    private Failure.Trace trace() {
        if (!verbose) {
            return Failure.Trace.NONE;
        }
        java.io.PrintWriter err = spec.commandLine().getErr();
        return (where, failure) -> {
            err.println("crossfoot: " + where + ":");
            failure.printStackTrace(err);
            err.flush();
        };
    }

    /** Small runs finish before progress would help; show it only from a hundred documents on. */
    private static Crossfoot.Progress total(Crossfoot.Progress progress) {
        return new Crossfoot.Progress() {
            @Override
            public void documentChecked(int done, int total) {
                if (done >= 100 || total >= 100) {
                    progress.documentChecked(done, total);
                }
            }

            @Override
            public void finished() {
                progress.finished();
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

    /**
     * Writes one report, in colour only on a terminal's standard output; {@code isNew}, with a
     * baseline, tells SARIF which findings are new since it.
     */
    private void write(CheckRun run, ReportTarget target, java.util.function.Predicate<Finding> isNew) throws IOException {
        ReportWriter writer = isNew != null && target.format().equals("sarif") ? new SarifReport(isNew)
                : ReportFormats.named(target.format(), target.toStdout() && Terminal.colour());
        writeTo(target, writer, run);
    }

    private void writeTo(ReportTarget target, ReportWriter writer, CheckRun run) throws IOException {
        if (target.toStdout()) {
            Writer out = new WellFormedWriter(spec.commandLine().getOut());
            writer.write(run, out);
            out.flush();
            return;
        }
        Path parent = target.file().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = new WellFormedWriter(Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8))) {
            writer.write(run, out);
        }
    }

    /** Lets picocli list the formats in --help. */
    static final class FormatNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatNames() {
            super(ReportFormats.names());
        }
    }
}
