package dev.crossfoot.cli;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Verdict;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.ReadResult;
import dev.crossfoot.report.DocumentIdentities;
import dev.crossfoot.report.ReportFormats;
import dev.crossfoot.report.ReportOrder;
import dev.crossfoot.report.ReportWriter;
import dev.crossfoot.report.StreamingReport;
import dev.crossfoot.model.StreamedGate;
import dev.crossfoot.report.WellFormedWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code crossfoot check PATH...}: read, check, diagnose and report; the exit code is the verdict. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check files or folders (recursively) of any supported format; '-' reads standard input.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on (new ones only, with --baseline; more than --max-findings of them)",
            "1:findings at or above --fail-on (more than --max-findings of them; new ones only with --baseline)",
            "2:the run could not be done: no document or no table found, an unreadable path, a FIFO or device named, "
                    + "a bad rule, config or baseline file, a bad option; a bad document inside a folder is a finding"})
final class CheckCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(CheckCommand.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to check; '-' alone reads standard input.")
    private List<String> paths;

    @Option(names = "--report", paramLabel = "FORMAT[=FILE]",
            description = "Report format and optional file ('-': standard output); repeatable. Formats: ${COMPLETION-CANDIDATES}. "
                    + "Default: text to stdout. A markdown report to the file $GITHUB_STEP_SUMMARY names is appended to it.",
            completionCandidates = FormatNames.class)
    private List<String> reports = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at or above this level: error, warning or never (default: error, "
                    + "or fail-on in the config file).")
    private String failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings accepted earlier (a file from --write-baseline): they are still reported, marked accepted, "
                    + "but only findings not in it count for --fail-on and --max-findings. Matched by rule, table, row, column "
                    + "and the document's identity (its content, then its id), so moved rows and renamed or moved files keep their match.")
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

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Do not read files in folders matching GLOB (its path, its path below the folder named, or its name; "
                    + "'**' crosses folders); repeatable, added to exclude in the config file.")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--stdin-format", paramLabel = "FORMAT",
            description = "The format of standard input for 'check -': json, jsonl, csv, md, txt or html (default: told from its first lines).")
    private String stdinFormat;

    @Mixin
    private Verbosity verbosity;

    @Mixin
    private RuleOptions ruleOptions;

    /** Whether the user asked for stack traces: the run's own failure handler asks too. */
    boolean verbose() {
        return verbosity.verbose();
    }

    @Override
    public Integer call() throws Exception {
        try (AutoCloseable logLevel = verbosity.apply()) {
            return check();
        }
    }

    private int check() throws IOException {
        Config config = ruleOptions.config();
        Severity threshold = threshold(failOn != null ? failOn : config.failOn() != null ? config.failOn() : "error");
        List<ReportTarget> targets = targets();
        if (jobs < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be 1 or more, not " + jobs);
        }
        if (maxFindings < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--max-findings must be 0 or more, not " + maxFindings);
        }
        Baseline baseline = baselineFile == null ? null : Baseline.read(baselineFile);
        boolean rendersStatements = targets.stream().anyMatch(target -> target.format().equals("html"));
        // Only the JUnit report names passed checks by their cells; without it they are counted.
        boolean passedCells = targets.stream().anyMatch(target -> target.format().equals("junit"));
        RuleSettings settings = ruleOptions.settings(config);
        RuleBook book = settings.book(ruleOptions.baseBook());
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Crossfoot.Progress progress = verbosity.quiet() ? Crossfoot.Progress.NONE : Terminal.progress(err);
        if (streams(targets)) {
            // A report streamed to standard output shows the run's progress itself; a progress line
            // rewritten on the same terminal would be cut into by its lines.
            boolean reportOnTerminal = System.console() != null && targets.stream().anyMatch(ReportTarget::toStdout);
            return checkStreamed(book, settings, targets, threshold, baseline, reportOnTerminal ? Crossfoot.Progress.NONE : progress, err);
        }
        CheckRun run;
        FileSelection selection = null;
        try {
            if (paths.contains("-")) {
                run = checkStandardInput(new Crossfoot(book, Inputs.standard(), rendersStatements, trace(), jobs, passedCells), progress);
            } else {
                List<Path> named = distinct(paths);
                List<String> allExcludes = new ArrayList<>(config.excludes());
                allExcludes.addAll(excludes);
                selection = new FileSelection(allExcludes, named, Inputs.standard());
                Inputs inputs = Inputs.standard().withSelection(selection);
                run = new Crossfoot(book, inputs, rendersStatements, trace(), jobs, passedCells).check(named, progress);
            }
        } catch (Inputs.UnreadablePath unreadable) {
            err.println("crossfoot: " + unreadable.getMessage());
            return ExitCode.FAILURE.code();
        }
        run = settings.apply(run);
        LOG.info("checked {} document(s), {} table(s) in {} ms", run.documents().size(), run.summary().tables(),
                (System.nanoTime() - started) / 1_000_000);
        if (selection != null && !verbosity.quiet()) {
            selection.passedOver().forEach((reason, count) -> err.println("crossfoot: " + count + " file(s) not read: " + reason));
        }
        // A run that checked nothing must not pass, nor leave a green report behind: one line, exit 2.
        String nothing = NothingChecked.why(run, selection, paths);
        if (nothing != null) {
            err.println("crossfoot: " + nothing);
            return ExitCode.FAILURE.code();
        }
        List<Finding> findings = ReportOrder.findings(run);
        DocumentIdentities identities = DocumentIdentities.of(run);
        Set<Finding> accepted = baseline == null ? Set.of() : baseline.accepted(findings, identities);
        Gate gate = Gate.decide(findings, accepted::contains, threshold, maxFindings, baseline != null);
        for (ReportTarget target : targets) {
            write(run, gate, target);
        }
        if (writeBaselineFile != null) {
            Baseline.write(writeBaselineFile, findings, identities);
        }
        if (!verbosity.quiet() && (baseline != null || gate.count(Verdict.TOLERATED) > 0)) {
            err.println("crossfoot: " + gate.headline());
        }
        return gate.fails() ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
    }

    /**
     * Whether the reports are written as documents finish: every one asked for is written so
     * ({@link ReportFormats#streams}: every format) and the input is not standard input. With
     * {@code --max-findings N > 0} the gate holds up to N documents' parts until their verdicts are
     * known; a baseline is matched document by document, in reading order ({@link StreamedGate},
     * {@link Baseline.Matching}). Otherwise the run is kept whole and the reports written at its end.
     */
    private boolean streams(List<ReportTarget> targets) {
        return !paths.contains("-") && targets.stream().allMatch(target -> ReportFormats.streams(target.format()));
    }

    /**
     * A run whose reports are written as it goes: each document's part goes to every report as
     * soon as its turn comes (reading order), and only counts are kept. A report to a file is
     * written beside it and moved into place at the end, so a run that checked nothing leaves no
     * report behind, as a whole run does not.
     */
    private int checkStreamed(RuleBook book, RuleSettings settings, List<ReportTarget> targets, Severity threshold,
                              Baseline baseline, Crossfoot.Progress progress, PrintWriter err) throws IOException {
        long started = System.nanoTime();
        List<Path> named = distinct(paths);
        Config config = ruleOptions.config();
        List<String> allExcludes = new ArrayList<>(config.excludes());
        allExcludes.addAll(excludes);
        FileSelection selection = new FileSelection(allExcludes, named, Inputs.standard());
        Inputs inputs = Inputs.standard().withSelection(selection);
        boolean passedCells = targets.stream().anyMatch(target -> target.format().equals("junit"));
        boolean rendersStatements = targets.stream().anyMatch(target -> target.format().equals("html"));
        Crossfoot crossfoot = new Crossfoot(book, inputs, rendersStatements, trace(), jobs, passedCells);
        Baseline.Matching matching = baseline == null ? null : baseline.matching();
        StreamedGate gate = new StreamedGate(threshold, maxFindings,
                matching == null ? null : part -> matching.accept(ReportOrder.findings(part), DocumentIdentities.of(part)));
        StreamedOutputs outputs = new StreamedOutputs(targets);
        Baseline.Written baselineOut = null;
        try {
            outputs.open(named.stream().map(Path::toString).toList(), book.catalogue());
            baselineOut = writeBaselineFile == null ? null : Baseline.writing(writeBaselineFile);
            Baseline.Written baselineEntries = baselineOut;
            StreamedGate.Written written = (part, verdicts) -> {
                outputs.part(part, verdicts);
                if (baselineEntries != null && !part.findings().isEmpty()) {
                    try {
                        baselineEntries.add(ReportOrder.findings(part), DocumentIdentities.of(part));
                    } catch (IOException failure) {
                        throw new java.io.UncheckedIOException(failure);
                    }
                }
            };
            crossfoot.stream(named, progress, part -> gate.part(settings.apply(part), written));
            Gate decided = gate.finish(written);
            String nothing = NothingChecked.why(outputs.findings, outputs.totals, outputs.skipped, selection, paths);
            if (nothing != null) {
                err.println("crossfoot: " + nothing);
                return ExitCode.FAILURE.code();
            }
            LOG.info("checked {} document(s), {} table(s) in {} ms", outputs.totals.documents(), outputs.totals.tables(),
                    (System.nanoTime() - started) / 1_000_000);
            if (!verbosity.quiet()) {
                selection.passedOver().forEach((reason, count) -> err.println("crossfoot: " + count + " file(s) not read: " + reason));
            }
            outputs.finish(decided);
            if (baselineOut != null) {
                baselineOut.finish();
            }
            if (!verbosity.quiet() && (baseline != null || decided.count(Verdict.TOLERATED) > 0)) {
                err.println("crossfoot: " + decided.headline());
            }
            return decided.fails() ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
        } catch (Inputs.UnreadablePath unreadable) {
            err.println("crossfoot: " + unreadable.getMessage());
            return ExitCode.FAILURE.code();
        } catch (java.io.UncheckedIOException failure) {
            throw failure.getCause();
        } finally {
            outputs.close();
            if (baselineOut != null) {
                baselineOut.close();
            }
        }
    }

    /** The streamed reports of one run, each to its output, and the run's counts. */
    private final class StreamedOutputs {
        private final List<ReportTarget> targets;
        private final List<StreamingReport> reports = new ArrayList<>();
        private final List<Writer> writers = new ArrayList<>();
        /** Each file report's temporary file beside it (null for standard output). */
        private final List<Path> partial = new ArrayList<>();
        private CheckRun.Summary totals = CheckRun.Summary.NONE;
        private int findings;
        private int skipped;

        StreamedOutputs(List<ReportTarget> targets) {
            this.targets = targets;
        }

        void open(List<String> inputNames, List<dev.crossfoot.model.RuleInfo> rules) throws IOException {
            for (ReportTarget target : targets) {
                try {
                    Writer out;
                    if (target.toStdout()) {
                        out = new WellFormedWriter(spec.commandLine().getOut());
                        partial.add(null);
                    } else {
                        if (Files.isDirectory(target.file())) {
                            // Told now, as writing the report whole would tell it, not after the run when it is moved in place.
                            throw new java.nio.file.FileSystemException(target.file().toString(), null, "Is a directory");
                        }
                        Path parent = target.file().toAbsolutePath().getParent();
                        Files.createDirectories(parent);
                        // Named beside the report, with the permissions a report written whole gets.
                        Path file = parent.resolve("." + target.file().getFileName() + ".partial-" + ProcessHandle.current().pid());
                        partial.add(file);
                        out = new WellFormedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
                    }
                    writers.add(out);
                    StreamingReport report = ReportFormats.streaming(target.format(), out, target.toStdout() && Terminal.colour());
                    reports.add(report);
                    report.start(inputNames, rules);
                } catch (IOException failure) {
                    throw named(target, failure);
                }
            }
        }

        /** One part with its verdicts, on the run's thread in reading order (a part held by the gate later): to every report, then counted. */
        void part(CheckRun part, Gate verdicts) {
            for (int i = 0; i < reports.size(); i++) {
                try {
                    reports.get(i).part(part, verdicts);
                } catch (IOException failure) {
                    throw new java.io.UncheckedIOException(named(targets.get(i), failure));
                }
            }
            totals = totals.plus(part.summary());
            findings += part.findings().size();
            skipped += part.skipped().size();
        }

        void finish(Gate gate) throws IOException {
            for (int i = 0; i < reports.size(); i++) {
                ReportTarget target = targets.get(i);
                try {
                    reports.get(i).finish(totals, gate);
                    writers.get(i).flush();
                    if (!target.toStdout()) {
                        writers.get(i).close();
                        boolean append = target.format().equals("markdown") && StepSummary.is(target.file());
                        if (append) {
                            // Other steps' summaries stay: the report is added to the end of the file.
                            Files.write(target.file(), Files.readAllBytes(partial.get(i)), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                            Files.delete(partial.get(i));
                        } else {
                            Files.move(partial.get(i), target.file(), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                        }
                        partial.set(i, null);
                        LOG.info("{} report written to {}{}", target.format(), target.file(),
                                append ? " (appended: the GitHub step summary)" : "");
                    }
                } catch (IOException failure) {
                    throw named(target, failure);
                }
            }
        }

        /** Spills dropped, files closed, and a report that was not finished not left behind. */
        void close() throws IOException {
            for (StreamingReport report : reports) {
                report.close();
            }
            for (int i = 0; i < writers.size(); i++) {
                if (!targets.get(i).toStdout()) {
                    writers.get(i).close();
                }
            }
            for (Path file : partial) {
                if (file != null) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    private CheckRun checkStandardInput(Crossfoot crossfoot, Crossfoot.Progress progress) throws IOException, Inputs.UnreadablePath {
        if (paths.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'-' (standard input) is the only PATH when given");
        }
        if (stdinFormat != null && !StandardInput.FORMATS.contains(stdinFormat.toLowerCase(java.util.Locale.ROOT))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--stdin-format must be one of " + String.join(", ", StandardInput.FORMATS) + ", not '" + stdinFormat + "'");
        }
        Path folder = Files.createTempDirectory("crossfoot-stdin");
        try {
            Path file = StandardInput.save(System.in, stdinFormat, folder);
            LOG.info("standard input read as {}", file.getFileName());
            // Named stdin.EXT in findings: the extension is how the readers, and a reader of the report, know the format.
            ReadResult read = Inputs.standard().readFile(file, file.getFileName().toString(), false);
            if (read.documents().isEmpty() && !read.problems().isEmpty()) {
                throw new UnreadableInput(read.problems().get(0).location() + ": " + Failure.oneLine(read.problems().get(0).message()));
            }
            return crossfoot.check(List.of("-"), read, progress);
        } finally {
            try (var files = Files.list(folder)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(folder);
        }
    }

    /** Standard input that holds no readable document: the run cannot be done, as for a file named on its own. */
    static final class UnreadableInput extends IOException {
        private static final long serialVersionUID = 1L;

        UnreadableInput(String message) {
            super(message);
        }
    }

    /** The paths in the order given, each once (a path named twice, or spelled two ways, is read once). */
    private static List<Path> distinct(List<String> names) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> paths = new ArrayList<>();
        for (String name : names) {
            Path path = Path.of(name);
            if (seen.add(path.toAbsolutePath().normalize())) {
                paths.add(path);
            }
        }
        return paths;
    }

    /** With --verbose, each caught failure's stack trace on stderr; otherwise only its finding says what went wrong. */
    private Failure.Trace trace() {
        if (!verbosity.verbose()) {
            return Failure.Trace.NONE;
        }
        PrintWriter err = spec.commandLine().getErr();
        return (where, failure) -> {
            err.println("crossfoot: " + where + ":");
            failure.printStackTrace(err);
            err.flush();
        };
    }

    private Severity threshold(String level) {
        if ("never".equalsIgnoreCase(level)) {
            return null;
        }
        try {
            return Severity.parse(level);
        } catch (IllegalArgumentException unknown) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--fail-on must be error, warning or never, not '" + level + "'");
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
     * Writes one report; a report that cannot be written is named with its file and the reason
     * ("target/r.json: cannot write the json report: target is a file, not a folder").
     */
    private void write(CheckRun run, Gate gate, ReportTarget target) throws IOException {
        try {
            writeReport(run, gate, target);
        } catch (IOException failure) {
            throw named(target, failure);
        }
    }

    /** A failure to write a report, named with its file and the reason; on standard output, as it is. */
    private static IOException named(ReportTarget target, IOException failure) {
        if (target.toStdout()) {
            return failure;
        }
        String reason = RunFailure.describe(failure);
        if (failure instanceof java.nio.file.FileAlreadyExistsException exists && exists.getFile() != null
                && !Path.of(exists.getFile()).equals(target.file().toAbsolutePath())) {
            reason = exists.getFile() + " is a file, not a folder";
        }
        for (Path named : List.of(target.file(), target.file().toAbsolutePath())) {
            if (reason.startsWith(named + ": ")) {
                reason = reason.substring(named.toString().length() + 2); // the file is named once, first
            }
        }
        return new IOException(target.file() + ": cannot write the " + target.format() + " report: " + reason, failure);
    }

    /** Writes one report, in colour only on a terminal's standard output. */
    private void writeReport(CheckRun run, Gate gate, ReportTarget target) throws IOException {
        ReportWriter writer = ReportFormats.named(target.format(), target.toStdout() && Terminal.colour());
        if (target.toStdout()) {
            Writer out = new WellFormedWriter(spec.commandLine().getOut());
            writer.write(run, gate, out);
            out.flush();
            return;
        }
        Path parent = target.file().toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        boolean append = target.format().equals("markdown") && StepSummary.is(target.file());
        StandardOpenOption[] options = append
                ? new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE}
                : new StandardOpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE};
        try (Writer out = new WellFormedWriter(Files.newBufferedWriter(target.file(), StandardCharsets.UTF_8, options))) {
            writer.write(run, gate, out);
        }
        LOG.info("{} report written to {}{}", target.format(), target.file(), append ? " (appended: the GitHub step summary)" : "");
    }

    /** Lets picocli list the formats in --help. */
    static final class FormatNames extends ArrayList<String> {
        private static final long serialVersionUID = 1L;

        FormatNames() {
            super(ReportFormats.names());
        }
    }
}
