package dev.crossfoot.cli;

import dev.crossfoot.check.Expr;
import dev.crossfoot.check.Rule;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.RuleInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code crossfoot explain RULE-ID}: the rule, where it is defined, and which labels it matches. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Explain one rule: its identity, origin, tolerance and the labels it matches.")
final class ExplainCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "RULE-ID", description = "A rule id, as 'crossfoot rules' lists them.")
    private String id;

    @Mixin
    private RuleOptions ruleOptions;

    @Override
    public Integer call() throws IOException {
        RuleBook book = ruleOptions.book();
        RuleInfo info = book.catalogue().stream().filter(rule -> rule.id().equals(id)).findFirst().orElse(null);
        if (info == null) {
            spec.commandLine().getErr().println("crossfoot: no rule '" + id + "' (see 'crossfoot rules')");
            return ExitCode.FAILURE.code();
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(info.id() + " — " + info.sentence());
        out.println("  identity:  " + info.identity());
        out.println("  severity:  " + info.severity().label());
        out.println("  applies:   " + info.scope());
        out.println("  tolerance: " + info.tolerance());
        out.println("  defined:   " + info.source());
        if (!info.help().isEmpty()) {
            out.println("  " + info.help());
        }
        Rule rule = book.rule(id);
        if (rule != null && !rule.isStructural()) {
            out.println("  concepts and the labels they match:");
            for (String concept : concepts(rule)) {
                out.println("    " + concept + ": " + String.join("; ", book.concepts().describe(concept)));
            }
        }
        out.flush();
        return ExitCode.CLEAN.code();
    }

    private static Set<String> concepts(Rule rule) {
        Set<String> names = new LinkedHashSet<>();
        collect(rule.left(), names);
        collect(rule.right(), names);
        return names;
    }

    private static void collect(Expr expr, Set<String> names) {
        if (expr instanceof Expr.Ref ref) {
            names.add(ref.concept());
        } else if (expr instanceof Expr.Binary binary) {
            collect(binary.left(), names);
            collect(binary.right(), names);
        } else if (expr instanceof Expr.Negate negate) {
            collect(negate.operand(), names);
        } else if (expr instanceof Expr.Between between) {
            names.add(between.from());
            names.add(between.to());
        } else if (expr instanceof Expr.IncomeEffect effect) {
            names.add(effect.from());
            names.add(effect.to());
        } else if (expr instanceof Expr.FirstOf choice) {
            choice.options().forEach(option -> names.add(option.concept()));
        } else if (expr instanceof Expr.Others others) {
            names.add(others.total());
        }
    }
}
