package dev.crossfoot.cli;

import dev.crossfoot.model.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code crossfoot rules}: every rule in force, one per line. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule: id, severity, scope and sentence.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        for (RuleInfo rule : ruleOptions.book().catalogue()) {
            out.printf("%-34s %-8s %-24s %s%n", rule.id(), rule.severity().label(), rule.scope(), rule.sentence());
        }
        out.flush();
        return ExitCode.CLEAN.code();
    }
}
