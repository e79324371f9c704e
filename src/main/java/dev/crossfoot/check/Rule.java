package dev.crossfoot.check;

import dev.crossfoot.model.RuleInfo;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;

import java.math.BigDecimal;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One rule as written in a rule file: either an identity between concepts ({@code left = right})
 * or a named structural check ({@code structure section-total}) that needs no concepts.
 * {@code tolerance} is an extra relative widening in percent (null for rounding alone).
 * {@code lenience} (or null) names a known presentation practice that explains a small difference:
 * a failure within that margin is reported as a warning that names the practice, never hidden.
 */
public record Rule(String id, String sentence, Set<StatementKind> scope, Expr left, Expr right,
                   String structure, Severity severity, BigDecimal tolerance, String help,
                   String file, int line, Lenience lenience) {

    /** {@code warning within 2% "why"}: a failure by at most {@code percent} of the computed side is a warning, for this reason. */
    public record Lenience(BigDecimal percent, String reason) { }

    public Rule(String id, String sentence, Set<StatementKind> scope, Expr left, Expr right,
                String structure, Severity severity, BigDecimal tolerance, String help, String file, int line) {
        this(id, sentence, scope, left, right, structure, severity, tolerance, help, file, line, null);
    }

    public Rule {
        scope = Set.copyOf(scope);
    }

    public boolean isStructural() {
        return structure != null;
    }

    public boolean appliesTo(StatementKind kind) {
        return scope.isEmpty() || scope.contains(kind);
    }

    public String identity() {
        return isStructural() ? "structure " + structure : left.render() + " = " + right.render();
    }

    public RuleInfo info() {
        String scopeText = scope.isEmpty() ? "every table"
                : scope.stream().map(StatementKind::label).sorted().collect(Collectors.joining(", "));
        String toleranceText = tolerance == null ? "rounding of the reported amounts"
                : "rounding of the reported amounts, widened by " + tolerance.toPlainString() + "%";
        if (lenience != null) {
            toleranceText += "; a failure within " + lenience.percent().toPlainString() + "% is a warning: " + lenience.reason();
        }
        return new RuleInfo(id, sentence, identity(), severity, scopeText, toleranceText, file + ":" + line,
                help == null ? "" : help);
    }
}
