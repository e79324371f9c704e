package dev.crossfoot.cli;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.ReaderCatalogue;
import dev.crossfoot.report.CorpusSurvey;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code crossfoot survey PATH...}: how a corpus reads, one line per file (tables found,
 * recognised, checked, error and warning findings) and the totals. Exit 0 unless the run
 * itself could not be done.
 */
@Command(name = "survey", mixinStandardHelpOptions = true,
        description = "Summarise how files or folders read: tables found, recognised, checked and findings per file.")
final class SurveyCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to survey.")
    private List<Path> paths;

    @Mixin
    private RuleOptions ruleOptions;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Do not read files in folders matching GLOB, as for check; repeatable.")
    private List<String> excludes = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        // The files check would read: each once, none excluded, none of crossfoot's own reports.
        FileSelection selection = new FileSelection(excludes, paths, Inputs.standard());
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                spec.commandLine().getErr().println("crossfoot: " + path + ": no such file or folder");
                return ExitCode.FAILURE.code();
            }
            boolean named = !Files.isDirectory(path);
            for (Path file : supported(path)) {
                if (selection.passOver(file, named) == null) {
                    files.add(file);
                }
            }
        }
        CorpusSurvey survey = new CorpusSurvey(new Crossfoot(ruleOptions.book(), Inputs.standard()));
        // A file that cannot be read is a line of the survey saying why; the survey goes on.
        CorpusSurvey.print(survey.survey(files), spec.commandLine().getOut());
        selection.passedOver().forEach((reason, count) ->
                spec.commandLine().getErr().println("crossfoot: " + count + " file(s) not read: " + reason));
        return ExitCode.CLEAN.code();
    }

    /** The files under a path that some reader takes, in name order. */
    static List<Path> supported(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(Files::isRegularFile).filter(SurveyCommand::readable).sorted().toList();
        } catch (UncheckedIOException failure) {
            throw failure.getCause();
        }
    }

    private static boolean readable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String inner = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
        return ReaderCatalogue.all().stream().anyMatch(reader -> reader.accepts(inner));
    }
}
