package dev.crossfoot.cli;

import dev.crossfoot.read.CanonicalJsonWriter;
import dev.crossfoot.read.InputProblem;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.ReadResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code crossfoot extract PATH}: what crossfoot read, as canonical JSON (JSON Lines when there is
 * more than one document), so a reader can be checked by eye or diffed.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print what crossfoot read, as canonical crossfoot JSON.")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        ReadResult read;
        try {
            read = Inputs.standard().readAll(paths);
        } catch (Inputs.UnreadablePath unreadable) {
            spec.commandLine().getErr().println("crossfoot: " + unreadable.getMessage());
            return ExitCode.FAILURE.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        new CanonicalJsonWriter().write(read.documents(), out);
        out.flush();
        for (InputProblem problem : read.problems()) {
            spec.commandLine().getErr().println("crossfoot: " + problem.location() + ": " + problem.message());
        }
        return read.problems().stream().anyMatch(InputProblem::wholeDocument) ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
    }
}
