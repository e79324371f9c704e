package dev.crossfoot.cli;

import dev.crossfoot.model.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code crossfoot rules}: every rule in force, one per line. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule: id, severity in force (off when turned off by the config file or --rule), scope and sentence.")
final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Mixin
    private RuleOptions ruleOptions;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        RuleSettings settings = ruleOptions.settings(ruleOptions.config());
        java.util.Map<String, RuleInfo> inForce = new java.util.HashMap<>();
        for (RuleInfo rule : settings.catalogue(settings.book(ruleOptions.baseBook()).catalogue())) {
            inForce.put(rule.id(), rule);
        }
        // Every rule there is, in the order written; one turned off is listed as off, not left out.
        for (RuleInfo written : ruleOptions.baseBook().catalogue()) {
            RuleInfo rule = inForce.get(written.id());
            String severity = rule == null ? "off" : rule.severity().label();
            RuleInfo shown = rule == null ? written : rule;
            out.printf("%-34s %-8s %-24s %s%n", shown.id(), severity, shown.scope(), shown.sentence());
        }
        out.flush();
        return ExitCode.CLEAN.code();
    }
}
