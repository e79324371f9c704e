package dev.crossfoot.report;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.RuleInfo;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The outcomes of the figures stated in text (the rules whose identity is {@code structure
 * claim-ties}): each report lists them beside the table checks. An outcome's first cell is the
 * sentence (measure, period, figure, location), the others the cells it was tied to.
 */
final class ClaimOutcomes {

    private static final String IDENTITY = "structure claim-ties";

    private ClaimOutcomes() {
    }

    static List<CheckOutcome> of(CheckRun run) {
        Set<String> rules = run.rules().stream().filter(rule -> IDENTITY.equals(rule.identity()))
                .map(RuleInfo::id).collect(Collectors.toSet());
        return run.outcomes().stream().filter(outcome -> rules.contains(outcome.rule())).toList();
    }

    /** "passed", "failed", "not evaluated". */
    static String status(CheckOutcome outcome) {
        return outcome.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
