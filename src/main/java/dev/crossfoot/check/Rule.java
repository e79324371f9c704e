package dev.crossfoot.check;

import dev.crossfoot.model.RuleInfo;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One rule as written in a rule file: either an identity between concepts ({@code left = right})
 * or a named structural check ({@code structure section-total}) that needs no concepts.
 * {@code tolerance} is an extra relative widening in percent (null for rounding alone).
 * {@code leniences} name known presentation practices that explain a small difference: a failure
 * within such a margin is reported as a warning that names the practice, never hidden.
 * {@code unlessThrough} names results whose row, where a table shows one among the lines the rule runs
 * through, makes another rule the table's identity for the same result ({@code unless through
 * net_income.continuing}: net income is then run on from the continuing operations' result the filer
 * states, not from the tax line through it).
 * {@code unlessShown} names movements whose line, where the rule's statement shows one, the identity does
 * not count: the rule is then not evaluated, with that line named ({@code unless shown dividends_paid}:
 * retained earnings move by net income only where no dividends are paid).
 */
public record Rule(String id, String sentence, Set<StatementKind> scope, Expr left, Expr right,
                   String structure, Severity severity, BigDecimal tolerance, String help,
                   String file, int line, List<Lenience> leniences, List<String> unlessThrough,
                   List<String> unlessShown) {

    /**
     * {@code warning within 2% "why"}: a failure by at most {@code percent} of the computed side is a
     * warning, for this reason. {@code warning within 10% when a = b "why"}: only where the identity
     * {@code a = b} holds in the same column too, the evidence that the practice, not a wrong cell,
     * is at work (basic and diluted EPS that imply the same earnings: a numerator adjusted in the
     * EPS note, where a misread EPS or share count would imply two). A condition may also bound
     * ({@code a <= b}, {@code a >= b}, within rounding), and several must all hold ({@code and}):
     * the if-converted method puts diluted EPS between earnings over diluted shares and basic EPS.
     */
    public record Lenience(BigDecimal percent, String reason, List<Condition> when) {
        public Lenience(BigDecimal percent, String reason) {
            this(percent, reason, List.of());
        }

        public Lenience {
            when = List.copyOf(when);
        }

        public boolean conditional() {
            return !when.isEmpty();
        }

        /** The conditions as written: "a * b = c * d and e <= f". */
        public String renderWhen() {
            return when.stream().map(Condition::render).collect(Collectors.joining(" and "));
        }

        String describe() {
            return "a failure within " + percent.toPlainString() + "%"
                    + (conditional() ? " where " + renderWhen() + " holds" : "")
                    + " is a warning: " + reason;
        }
    }

    /** One condition of a margin: two expressions equal ({@code =}) or bounded ({@code <=}, {@code >=}) within rounding. */
    public record Condition(Expr left, String operator, Expr right) {
        public Condition {
            if (!List.of("=", "<=", ">=").contains(operator)) {
                throw new IllegalArgumentException("a condition compares with =, <= or >=, not " + operator);
            }
        }

        public String render() {
            return left.render() + " " + operator + " " + right.render();
        }
    }

    public Rule(String id, String sentence, Set<StatementKind> scope, Expr left, Expr right,
                String structure, Severity severity, BigDecimal tolerance, String help, String file, int line) {
        this(id, sentence, scope, left, right, structure, severity, tolerance, help, file, line, List.of(), List.of(), List.of());
    }

    public Rule {
        scope = Set.copyOf(scope);
        leniences = List.copyOf(leniences);
        unlessThrough = List.copyOf(unlessThrough);
        unlessShown = List.copyOf(unlessShown);
    }

    /** The practices that may explain any failure of the rule, whatever else holds. */
    public List<Lenience> unconditionalLeniences() {
        if (leniences.isEmpty()) {
            return List.of();
        }
        List<Lenience> unconditional = new java.util.ArrayList<>();
        for (Lenience lenience : leniences) {
            if (!lenience.conditional()) {
                unconditional.add(lenience);
            }
        }
        return List.copyOf(unconditional);
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
        for (Lenience lenience : leniences) {
            toleranceText += "; " + lenience.describe();
        }
        return new RuleInfo(id, sentence, identity(), severity, scopeText, toleranceText, file + ":" + line,
                help == null ? "" : help);
    }
}
