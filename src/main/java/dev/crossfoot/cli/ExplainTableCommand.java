package dev.crossfoot.cli;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Table;
import dev.crossfoot.read.Inputs;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code crossfoot explain-table FILE#TABLE}: how crossfoot read one table's structure — for each
 * total, the lines it was read to add, in how many columns that reading holds, the runner-up
 * reading, and each column's outcome — so a reviewer can see why a finding was or was not made.
 */
@Command(name = "explain-table", mixinStandardHelpOptions = true,
        description = "Show how one table's structure was read: each total's reading, its vote and the runner-up.")
final class ExplainTableCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE#TABLE", description = "A file and a table id, as findings name them (FILE alone lists the table ids).")
    private String target;

    @Mixin
    private RuleOptions ruleOptions;

    @Override
    public Integer call() throws IOException {
        int hash = target.lastIndexOf('#');
        Path file = Path.of(hash < 0 ? target : target.substring(0, hash));
        String tableId = hash < 0 ? null : target.substring(hash + 1);
        CheckRun run;
        try {
            run = new Crossfoot(ruleOptions.book(), Inputs.standard()).check(List.of(file));
        } catch (Inputs.UnreadablePath unreadable) {
            spec.commandLine().getErr().println("crossfoot: " + unreadable.getMessage());
            return ExitCode.FAILURE.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        List<String> ids = new ArrayList<>();
        for (Document document : run.documents()) {
            for (Table table : document.tables()) {
                ids.add(table.id());
            }
        }
        if (tableId == null || !ids.contains(tableId)) {
            PrintWriter err = new PrintWriter(spec.commandLine().getErr(), true);
            err.println("crossfoot: " + (tableId == null ? "name a table: " : "no table '" + tableId + "' in " + file + "; ")
                    + "its tables are " + String.join(", ", ids));
            return ExitCode.FAILURE.code();
        }
        Map<String, List<CheckOutcome>> byReading = new LinkedHashMap<>();
        List<CheckOutcome> others = new ArrayList<>();
        for (CheckOutcome outcome : run.outcomes()) {
            if (!outcome.table().equals(tableId)) {
                continue;
            }
            if (outcome.reading() == null) {
                others.add(outcome);
            } else {
                byReading.computeIfAbsent(outcome.reading(), reading -> new ArrayList<>()).add(outcome);
            }
        }
        out.println(file + "#" + tableId + ": " + byReading.size() + " total(s) read from the table's structure, "
                + others.size() + " other check(s)");
        for (Map.Entry<String, List<CheckOutcome>> entry : byReading.entrySet()) {
            out.println();
            out.println("  " + entry.getKey());
            for (CheckOutcome outcome : entry.getValue()) {
                out.println("    " + status(outcome) + "  " + outcome.column() + detail(outcome));
            }
        }
        if (!others.isEmpty()) {
            out.println();
            out.println("  rules over concepts and ties:");
            for (CheckOutcome outcome : others) {
                out.println("    " + status(outcome) + "  " + outcome.rule() + "  " + outcome.column() + detail(outcome));
            }
        }
        out.flush();
        return ExitCode.CLEAN.code();
    }

    private static String status(CheckOutcome outcome) {
        return switch (outcome.status()) {
            case PASSED -> "holds ";
            case FAILED -> outcome.finding() != null ? outcome.finding().severity().label() : "fails ";
            case NOT_EVALUATED -> "not evaluated";
        };
    }

    private static String detail(CheckOutcome outcome) {
        if (outcome.finding() != null) {
            return " — " + outcome.finding().message();
        }
        return outcome.detail() == null || outcome.detail().isEmpty() ? "" : " — " + outcome.detail();
    }
}
