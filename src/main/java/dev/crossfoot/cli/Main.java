package dev.crossfoot.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code crossfoot} command. {@link #run} returns the exit code so that tests call the CLI
 * without {@code System.exit}; {@link #main} is the only place the process exits.
 */
@Command(name = "crossfoot", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Checks that the numbers in extracted financial statement tables agree with each other.",
        subcommands = {CheckCommand.class, ExtractCommand.class, SurveyCommand.class, RulesCommand.class, ExplainCommand.class, ExplainTableCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:nothing at or above --fail-on",
            "1:findings at or above --fail-on",
            "2:the run could not be done (no document or table found, unreadable path, a FIFO or device named, bad rule, config or baseline file, bad option); a bad document inside a folder is a finding"})
public final class Main implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: check, extract, survey, rules or explain");
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        PrintWriter stdout = new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
        PrintWriter stderr = new PrintWriter(new java.io.OutputStreamWriter(err, StandardCharsets.UTF_8), true);
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(stdout);
        cli.setErr(stderr);
        cli.setExitCodeExceptionMapper(failure -> ExitCode.FAILURE.code());
        cli.setParameterExceptionHandler((failure, arguments) -> {
            stderr.println("crossfoot: " + failure.getMessage());
            stderr.println("Run 'crossfoot " + subcommandName(failure) + "--help' for usage.");
            return ExitCode.FAILURE.code();
        });
        cli.setExecutionExceptionHandler((failure, commandLine, parseResult) -> {
            stderr.println("crossfoot: " + RunFailure.describe(failure));
            if (commandLine.getCommand() instanceof CheckCommand check && check.verbose()) {
                failure.printStackTrace(stderr);
            }
            return ExitCode.FAILURE.code();
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError exhausted) {
            // Nothing about the input is wrong: the run needs more memory than the JVM was given.
            stderr.println("crossfoot: out of memory (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB heap); give it more with CROSSFOOT_JAVA_OPTS=-Xmx4g, or check the dataset in parts");
            code = ExitCode.FAILURE.code();
        }
        stdout.flush();
        stderr.flush();
        return code;
    }

    /** {@code crossfoot --version}: the version Maven wrote from pom.xml, and the home page. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"crossfoot " + dev.crossfoot.report.ToolInfo.version(), dev.crossfoot.report.ToolInfo.url()};
        }
    }

    private static String subcommandName(CommandLine.ParameterException failure) {
        CommandLine command = failure.getCommandLine();
        return command == null || command.getParent() == null ? "" : command.getCommandName() + " ";
    }
}
