package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.model.Interval;
import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.linear.LinearConstraint;
import org.apache.commons.math3.optim.linear.LinearConstraintSet;
import org.apache.commons.math3.optim.linear.LinearObjectiveFunction;
import org.apache.commons.math3.optim.linear.NonNegativeConstraint;
import org.apache.commons.math3.optim.linear.Relationship;
import org.apache.commons.math3.optim.linear.SimplexSolver;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fewest cells to correct when no single cell explains a group of failing checks: an L1-minimal
 * correction by linear programming. Each suspect cell gets a correction {@code y = p − n} in units
 * of its last digit; every check using a suspect becomes the linear constraint that its residual,
 * linearised at the reported values, stay within its rounding; the objective is the weighted sum
 * of |y|. Reweighting by 1/(|y|+1) and solving again pushes the solution towards few corrected
 * cells (a sparse solution), which is what independent extraction errors produce. Cells already
 * repaired keep their repaired values.
 */
final class CorrectionSolver {

    private static final int REWEIGHTINGS = 4;

    private CorrectionSolver() {
    }

    /** The corrected cells and their new absolute values; empty when the program has no solution. */
    static Map<SuspectCell, Double> solve(List<SuspectCell> suspects, List<EvaluatedCheck> checks,
                                          Map<CellKey, Interval> repaired) {
        int n = suspects.size();
        List<LinearConstraint> constraints = new ArrayList<>();
        for (EvaluatedCheck check : checks) {
            addConstraints(check, suspects, repaired, constraints);
        }
        double[] weights = new double[n];
        java.util.Arrays.fill(weights, 1.0);
        double[] corrections = null;
        for (int round = 0; round < REWEIGHTINGS; round++) {
            double[] objective = new double[2 * n];
            for (int i = 0; i < n; i++) {
                objective[2 * i] = weights[i];
                objective[2 * i + 1] = weights[i];
            }
            PointValuePair solution;
            try {
                solution = new SimplexSolver().optimize(new MaxIter(10_000), new LinearObjectiveFunction(objective, 0),
                        new LinearConstraintSet(constraints), GoalType.MINIMIZE, new NonNegativeConstraint(true));
            } catch (MathIllegalStateException noSolution) {
                return corrections == null ? Map.of() : support(suspects, corrections);
            }
            corrections = new double[n];
            for (int i = 0; i < n; i++) {
                corrections[i] = solution.getPoint()[2 * i] - solution.getPoint()[2 * i + 1];
                weights[i] = 1 / (Math.abs(corrections[i]) + 1);
            }
        }
        return support(suspects, corrections);
    }

    private static Map<SuspectCell, Double> support(List<SuspectCell> suspects, double[] corrections) {
        Map<SuspectCell, Double> corrected = new LinkedHashMap<>();
        for (int i = 0; i < suspects.size(); i++) {
            if (Math.abs(corrections[i]) >= 0.5) {
                SuspectCell cell = suspects.get(i);
                corrected.put(cell, start(cell) + corrections[i] * unit(cell));
            }
        }
        return corrected;
    }

    /** lower ≤ residual + Σ a·y ≤ upper, divided through by the check's rounding so all rows weigh alike. */
    private static void addConstraints(EvaluatedCheck check, List<SuspectCell> suspects, Map<CellKey, Interval> repaired,
                                       List<LinearConstraint> constraints) {
        Double residual = residual(check, repaired);
        if (residual == null) {
            return;
        }
        Interval expected = check.expectedInterval(repaired);
        double slack = expected.width().add(check.reportedInterval(repaired).width()).doubleValue() / 2;
        double norm = Math.max(slack, 1e-9);
        double[] coefficients = new double[2 * suspects.size()];
        boolean touches = false;
        for (int i = 0; i < suspects.size(); i++) {
            SuspectCell cell = suspects.get(i);
            if (check.terms().stream().noneMatch(term -> term.key().equals(cell.key()))) {
                continue;
            }
            Map<CellKey, Interval> moved = new HashMap<>(repaired);
            moved.put(cell.key(), Interval.exact(BigDecimal.valueOf(start(cell) + unit(cell))));
            Double shifted = residual(check, moved);
            if (shifted == null) {
                continue;
            }
            double slope = (shifted - residual) / norm;
            coefficients[2 * i] = slope;
            coefficients[2 * i + 1] = -slope;
            touches = true;
        }
        if (touches) {
            constraints.add(new LinearConstraint(coefficients, Relationship.LEQ, (slack - residual) / norm));
            constraints.add(new LinearConstraint(coefficients, Relationship.GEQ, (-slack - residual) / norm));
        }
    }

    private static Double residual(EvaluatedCheck check, Map<CellKey, Interval> overrides) {
        Interval expected = check.expectedInterval(overrides);
        if (expected == null) {
            return null;
        }
        return expected.midpoint().subtract(check.reportedInterval(overrides).midpoint()).doubleValue();
    }

    private static double start(SuspectCell cell) {
        return cell.reported().multiply(cell.scale()).doubleValue();
    }

    /** One unit of the cell's last digit, in absolute terms. */
    static double unit(SuspectCell cell) {
        return cell.scale().movePointLeft(cell.usualDecimals()).doubleValue();
    }

    /** Which checks constrain a set of suspects: every evaluated check using any of them. */
    static List<EvaluatedCheck> constraining(List<SuspectCell> suspects, CheckIndex index) {
        Map<EvaluatedCheck, Boolean> seen = new LinkedHashMap<>();
        for (SuspectCell cell : suspects) {
            for (EvaluatedCheck check : index.checksOf(cell.key())) {
                if (check.evaluated()) {
                    seen.put(check, true);
                }
            }
        }
        return new ArrayList<>(seen.keySet());
    }

    static Map<CellKey, Interval> asOverrides(Map<SuspectCell, Double> corrected) {
        Map<CellKey, Interval> overrides = new HashMap<>();
        corrected.forEach((cell, value) -> overrides.put(cell.key(), Interval.exact(BigDecimal.valueOf(value))));
        return overrides;
    }
}
