package dev.crossfoot.cli;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.read.CanonicalJsonWriter;
import dev.crossfoot.read.DocumentSink;
import dev.crossfoot.read.InputProblem;
import dev.crossfoot.read.Inputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code crossfoot extract PATH}: what crossfoot read, as canonical JSON (JSON Lines when there is
 * more than one document), so a reader can be checked by eye or diffed. Documents are written as they
 * are read: a data set of a thousand filings is never held whole.
 */
@Command(name = "extract", mixinStandardHelpOptions = true, description = "Print what crossfoot read, as canonical crossfoot JSON.")
final class ExtractCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
    private List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Written written = new Written(out);
        try {
            Inputs.standard().stream(paths, written);
        } catch (Inputs.UnreadablePath unreadable) {
            spec.commandLine().getErr().println("crossfoot: " + unreadable.getMessage());
            return ExitCode.FAILURE.code();
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        }
        written.finish();
        out.flush();
        PrintWriter err = spec.commandLine().getErr();
        for (InputProblem problem : written.problems) {
            err.println("crossfoot: " + problem.location() + ": " + problem.message());
        }
        for (Skipped table : written.skipped) {
            err.println("crossfoot: skipped " + table.document() + " " + table.table() + ": " + table.reason());
        }
        return written.problems.stream().anyMatch(InputProblem::wholeDocument) ? ExitCode.FINDINGS.code() : ExitCode.CLEAN.code();
    }

    /**
     * Writes each document as it comes: the first is held back, since a single document is written
     * indented and several as JSON Lines, and only the second tells which.
     */
    private static final class Written implements DocumentSink {
        private final CanonicalJsonWriter json = new CanonicalJsonWriter();
        private final PrintWriter out;
        private final List<InputProblem> problems = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        private Document first;
        private int count;

        Written(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void document(Document document) {
            count++;
            try {
                if (count == 1) {
                    first = document;
                    return;
                }
                if (count == 2) {
                    json.writeLine(first, out);
                    first = null;
                }
                json.writeLine(document, out);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
        }

        @Override
        public void problem(InputProblem problem) {
            problems.add(problem);
        }

        @Override
        public void skipped(Skipped table) {
            skipped.add(table);
        }

        void finish() throws IOException {
            if (first != null) {
                json.write(List.of(first), out);
            }
        }
    }
}
