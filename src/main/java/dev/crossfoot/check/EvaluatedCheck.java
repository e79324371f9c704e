package dev.crossfoot.check;

import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.StatementTable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One rule applied to one column: the reported cell, the side it must equal, and the outcome.
 * Kept re-evaluable so that diagnosis can ask "would this hold if that cell were different?".
 *
 * @param reported the cell the rule checks (null when the check could not be bound to cells)
 * @param expected the side computed from other cells (null when the check could not be bound to cells)
 * @param tolerance extra relative widening in percent from the rule, or null
 * @param detail why the check was not evaluated, or a short description
 * @param reading the structure a footing was read under, chosen once for the table, or null for a rule's identity
 * @param excuses the rule's margins of a known practice that may explain this check's failure: the
 *                unconditional ones, and those whose condition holds in this column
 */
public record EvaluatedCheck(Rule rule, StatementTable table, int column, Term reported, BoundExpr expected,
                             BigDecimal tolerance, CheckStatus status, String detail, Reading reading,
                             List<Rule.Lenience> excuses) {

    public EvaluatedCheck {
        excuses = List.copyOf(excuses);
    }

    public EvaluatedCheck(Rule rule, StatementTable table, int column, Term reported, BoundExpr expected,
                          BigDecimal tolerance, CheckStatus status, String detail, Reading reading) {
        this(rule, table, column, reported, expected, tolerance, status, detail, reading, rule.unconditionalLeniences());
    }

    public EvaluatedCheck(Rule rule, StatementTable table, int column, Term reported, BoundExpr expected,
                          BigDecimal tolerance, CheckStatus status, String detail) {
        this(rule, table, column, reported, expected, tolerance, status, detail, null);
    }

    /** The same check, read under {@code chosen}. */
    EvaluatedCheck underReading(Reading chosen) {
        return new EvaluatedCheck(rule, table, column, reported, expected, tolerance, status, detail, chosen, excuses);
    }

    /** The same check, with these margins of known practice to explain a failure. */
    EvaluatedCheck excusedBy(List<Rule.Lenience> applicable) {
        return new EvaluatedCheck(rule, table, column, reported, expected, tolerance, status, detail, reading, applicable);
    }

    /** The identity checked: the reading's lines where the structure was read, else the rule's. */
    public String identity() {
        return reading == null ? rule.identity() : reading.lines();
    }

    /**
     * The rule checked in one column: not evaluated where a cell is no readable number or a divisor may be zero, else
     * passed or failed. Any side but a single cell is evaluated in floating point first ({@link FloatEnclosure}):
     * intervals of decimals are worked out only where rounding could change the answer. The check is the same either
     * way (see {@link #exactly}), its exact intervals worked out when diagnosis or a report asks for them
     * ({@link #holdsWith}, {@link #expectedInterval}).
     */
    static EvaluatedCheck of(Rule rule, StatementTable table, int column, Term reported, BoundExpr expected) {
        if (!(reported.readable() && expected.readable())) {
            return exactly(rule, table, column, reported, expected);
        }
        BigDecimal tolerance = rule.tolerance();
        CheckStatus status = null;
        if (!(expected instanceof BoundExpr.Leaf || expected instanceof BoundExpr.Constant)) {
            // A single cell or constant is compared exactly at the cost of two comparisons: nothing to gain.
            switch (FloatEnclosure.decide(reported, expected, tolerance)) {
                case HOLDS -> status = CheckStatus.PASSED;
                case FAILS -> status = CheckStatus.FAILED;
                case DIVISOR_MAY_BE_ZERO -> {
                    return new EvaluatedCheck(rule, table, column, reported, expected, tolerance,
                            CheckStatus.NOT_EVALUATED, "a divisor may be zero");
                }
                default -> { }
            }
        }
        if (status == null) {
            Interval computed = widened(expected.evaluate(Map.of()), tolerance);
            if (computed == null) {
                return new EvaluatedCheck(rule, table, column, reported, expected, tolerance,
                        CheckStatus.NOT_EVALUATED, "a divisor may be zero");
            }
            status = reported.interval().intersects(computed) ? CheckStatus.PASSED : CheckStatus.FAILED;
        }
        return new EvaluatedCheck(rule, table, column, reported, expected, tolerance, status, "");
    }

    /** {@link #of}, every check evaluated in intervals of decimals: what the floating-point answer must agree with. */
    static EvaluatedCheck exactly(Rule rule, StatementTable table, int column, Term reported, BoundExpr expected) {
        EvaluatedCheck pending = new EvaluatedCheck(rule, table, column, reported, expected, rule.tolerance(),
                CheckStatus.NOT_EVALUATED, "");
        List<Term> unreadable = pending.readable() ? List.of() : pending.unreadableTerms();
        if (!unreadable.isEmpty()) {
            // Kept bound to its cells: diagnosis solves the identity for the unreadable one.
            Term first = unreadable.get(0);
            return pending.notEvaluated(first.row().value(first.column()) instanceof dev.crossfoot.model.CellValue.NotGiven
                    ? "the input gives no figure for '" + first.row().label() + "' in this period"
                    : "'" + first.row().label() + "' is not a readable number");
        }
        Interval computed = pending.expectedInterval(Map.of());
        if (computed == null) {
            return pending.notEvaluated("a divisor may be zero");
        }
        // holdsWith(Map.of()), without computing the expected side a second time.
        CheckStatus status = pending.reportedInterval(Map.of()).intersects(computed) ? CheckStatus.PASSED : CheckStatus.FAILED;
        return new EvaluatedCheck(rule, table, column, reported, expected, rule.tolerance(), status, "");
    }

    /**
     * The checks, those evaluated now not evaluated for {@code why}, the total they checked named:
     * what they read cannot be relied on in this table.
     */
    static List<EvaluatedCheck> withheld(List<EvaluatedCheck> checks, String why) {
        List<EvaluatedCheck> withheld = new ArrayList<>(checks.size());
        for (EvaluatedCheck check : checks) {
            withheld.add(!check.evaluated() ? check : notEvaluated(check.rule(), check.table(), check.column(),
                    (check.reported() == null ? "" : "'" + check.reported().row().label() + "': ") + why));
        }
        return withheld;
    }

    static EvaluatedCheck notEvaluated(Rule rule, StatementTable table, int column, String why) {
        return new EvaluatedCheck(rule, table, column, null, null, rule.tolerance(), CheckStatus.NOT_EVALUATED, why);
    }

    private EvaluatedCheck notEvaluated(String why) {
        return new EvaluatedCheck(rule, table, column, reported, expected, tolerance, CheckStatus.NOT_EVALUATED, why);
    }

    /**
     * Hashed by the rule, table, column and reported cell: the derived hash walked every term of
     * the expected side (a thousand lines of a total) each time diagnosis put the check in a map.
     * Consistent with the derived {@code equals}.
     */
    @Override
    public int hashCode() {
        return java.util.Objects.hash(rule.id(), table, column, reported == null ? null : reported.key(), status);
    }

    public boolean evaluated() {
        return status != CheckStatus.NOT_EVALUATED;
    }

    /**
     * Not evaluated because no reading of the lines around the total adds up to it in most of its
     * columns (the total kept, the sum it was compared with dropped): what a table whose line order
     * is not its structure shows. A total the layout excuses (a heading over its main parts, a
     * total right under another) keeps no cell and is not one of these.
     */
    boolean unexplained() {
        return status == CheckStatus.NOT_EVALUATED && reading != null && reported != null && expected == null;
    }

    /** Every cell the check used, the reported one first. */
    public List<Term> terms() {
        List<Term> terms = new ArrayList<>();
        if (reported != null) {
            terms.add(reported);
        }
        if (expected != null) {
            expected.collectTerms(terms);
        }
        return terms;
    }

    /** Whether every cell the check uses ({@link #terms}) is a readable number; asked without listing them. */
    public boolean readable() {
        return (reported == null || reported.readable()) && (expected == null || expected.readable());
    }

    /** The cells this check needs that are not readable numbers: why it was not evaluated, if any. */
    public List<Term> unreadableTerms() {
        List<Term> unreadable = List.of();
        for (Term term : terms()) {
            if (!term.readable()) {
                if (unreadable.isEmpty()) {
                    unreadable = new ArrayList<>();
                }
                unreadable.add(term);
            }
        }
        return unreadable;
    }

    /** The computed side, widened by the rule's tolerance; null when it cannot be computed. */
    public Interval expectedInterval(Map<CellKey, Interval> overrides) {
        return widened(expected.evaluate(overrides), tolerance);
    }

    /** {@code computed} widened by {@code tolerance} percent of its midpoint's magnitude; null where it is. */
    private static Interval widened(Interval computed, BigDecimal tolerance) {
        if (computed == null || tolerance == null) {
            return computed;
        }
        BigDecimal widening = computed.midpoint().abs().multiply(tolerance).movePointLeft(2);
        return computed.widen(widening);
    }

    public Interval reportedInterval(Map<CellKey, Interval> overrides) {
        Interval replaced = overrides.isEmpty() ? null : overrides.get(reported.key());
        if (replaced == null) {
            return reported.interval();
        }
        return reported.orientation() < 0 ? replaced.negate() : replaced;
    }

    /** Whether the identity holds with some cells replaced: the two intervals meet. */
    public boolean holdsWith(Map<CellKey, Interval> overrides) {
        Interval computed = expectedInterval(overrides);
        return computed != null && reportedInterval(overrides).intersects(computed);
    }

    public String columnHeader() {
        return table.table().column(column);
    }
}
