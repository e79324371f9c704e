package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Interval;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A check evaluated in floating point first ({@link EvaluatedCheck#of}) is the check evaluated in intervals of decimals
 * ({@link EvaluatedCheck#exactly}) — the same status and the same detail — for every check of the checked fixtures
 * (footings, rules' identities with ties and ratios, reconciliations), for the same checks with digits of their cells
 * changed, and with the reported cell moved onto an edge of the computed side, or a digit beyond it, where only the
 * exact evaluation can tell.
 */
class FloatFirstChecksTest {

    @Test
    void aCheckDecidedInFloatingPointIsTheExactCheck() throws Exception {
        Checker checker = new Checker(RuleBook.builtIn());
        Random random = new Random(20261207L);
        int checks = 0;
        int onEdges = 0;
        int changed = 0;
        int[] byStatus = new int[CheckStatus.values().length];
        int leftToDecimals = 0;
        for (Document document : CheckedFixtures.documents()) {
            for (EvaluatedCheck check : checker.check(document).checks()) {
                if (check.reported() == null || check.expected() == null) {
                    continue;
                }
                String where = document.file() + " " + check.table().id() + " " + check.rule().id() + " column " + check.column();
                byStatus[assertSame(check, check.reported(), check.expected(), where).ordinal()]++;
                checks++;
                if (!check.readable()) {
                    continue;
                }
                // Digits changed: each cell of the side by a factor, or one of its digits.
                BoundExpr side = withTerms(check.expected(), term -> changed(term, random));
                byStatus[assertSame(check, check.reported(), side, where + " (digits changed)").ordinal()]++;
                changed++;
                for (BoundExpr tried : List.of(check.expected(), side)) {
                    Interval computed = exact(check, check.reported(), tried).expectedInterval(Map.of());
                    if (computed == null) {
                        continue;
                    }
                    for (Term reported : onTheEdges(check.reported(), computed)) {
                        byStatus[assertSame(check, reported, tried, where + " (reported " + reported.amount().interval()
                                + " against " + computed + ")").ordinal()]++;
                        onEdges++;
                        leftToDecimals += FloatEnclosure.decide(reported, tried, check.tolerance()) == FloatEnclosure.Answer.UNSURE ? 1 : 0;
                    }
                }
            }
        }
        String counts = checks + " checks, " + changed + " with digits changed, " + onEdges + " on edges (" + leftToDecimals
                + " left to the decimals), by status " + java.util.Arrays.toString(byStatus);
        assertTrue(checks > 5_000 && changed > 5_000 && onEdges > 20_000, counts);
        assertTrue(byStatus[CheckStatus.PASSED.ordinal()] > 10_000 && byStatus[CheckStatus.FAILED.ordinal()] > 10_000
                && byStatus[CheckStatus.NOT_EVALUATED.ordinal()] > 10, counts);
        // The edges are where floating point cannot tell: most of them are left to the decimals.
        assertTrue(leftToDecimals > onEdges / 3, counts);
    }

    private static CheckStatus assertSame(EvaluatedCheck check, Term reported, BoundExpr side, String where) {
        EvaluatedCheck exact = exact(check, reported, side);
        EvaluatedCheck first = EvaluatedCheck.of(check.rule(), check.table(), check.column(), reported, side);
        assertEquals(exact.status(), first.status(), where);
        assertEquals(exact.detail(), first.detail(), where);
        assertEquals(exact, first, where);
        return first.status();
    }

    private static EvaluatedCheck exact(EvaluatedCheck check, Term reported, BoundExpr side) {
        return EvaluatedCheck.exactly(check.rule(), check.table(), check.column(), reported, side);
    }

    /**
     * The reported cell with its interval ending on an edge of {@code computed}, and a digit of the edge's last place
     * beyond it either way: its amount's value moved, its precision, scale and sign kept.
     */
    private static List<Term> onTheEdges(Term reported, Interval computed) {
        Amount amount = reported.amount();
        List<Term> edges = new ArrayList<>();
        int places = Math.max(computed.low().scale(), computed.high().scale()) + 1;
        BigDecimal digit = BigDecimal.ONE.movePointLeft(places);
        BigDecimal half = amount.precision().abs().divide(BigDecimal.valueOf(2));
        for (BigDecimal shift : List.of(BigDecimal.ZERO, digit, digit.negate())) {
            // The signed interval's low bound on the computed high bound; its high bound on the computed low bound.
            BigDecimal lowOnHigh = computed.high().add(shift);
            BigDecimal highOnLow = computed.low().add(shift);
            try {
                if (reported.orientation() < 0) {
                    // Signed as −[v − h, v + h] scaled: its low bound is −(v + h)·scale.
                    edges.add(moved(reported, lowOnHigh.negate().divide(amount.scale()).subtract(half)));
                    edges.add(moved(reported, highOnLow.negate().divide(amount.scale()).add(half)));
                } else {
                    edges.add(moved(reported, lowOnHigh.divide(amount.scale()).add(half)));
                    edges.add(moved(reported, highOnLow.divide(amount.scale()).subtract(half)));
                }
            } catch (ArithmeticException inexact) {
                // A scale whose quotient does not end: no such cell can be written.
                return List.of();
            }
        }
        return edges;
    }

    private static Term moved(Term term, BigDecimal value) {
        Amount amount = term.amount();
        return new Term(term.table(), term.row(), term.column(),
                new Amount(value, amount.precision(), amount.measure(), amount.scale()), term.orientation());
    }

    /** A readable cell with its value changed: by a small factor, a digit changed, or made zero. */
    private static Term changed(Term term, Random random) {
        if (!term.readable()) {
            return term;
        }
        BigDecimal value = term.amount().value();
        BigDecimal changedValue = switch (random.nextInt(4)) {
            case 0 -> value.add(BigDecimal.ONE.movePointLeft(value.scale()).multiply(BigDecimal.valueOf(random.nextInt(19) - 9)));
            case 1 -> value.multiply(BigDecimal.valueOf(random.nextInt(3) + 9)).movePointLeft(1);
            case 2 -> random.nextInt(4) == 0 ? BigDecimal.ZERO.setScale(value.scale()) : value;
            default -> value.negate();
        };
        return moved(term, changedValue);
    }

    /** The side with each term replaced. */
    private static BoundExpr withTerms(BoundExpr side, UnaryOperator<Term> replaced) {
        if (side instanceof BoundExpr.Leaf leaf) {
            return new BoundExpr.Leaf(replaced.apply(leaf.term()));
        }
        if (side instanceof BoundExpr.Sum sum) {
            List<BoundExpr.Leaf> parts = new ArrayList<>();
            sum.parts().forEach(part -> parts.add(new BoundExpr.Leaf(replaced.apply(part.term()))));
            return new BoundExpr.Sum(parts);
        }
        if (side instanceof BoundExpr.Negate negate) {
            return new BoundExpr.Negate(withTerms(negate.operand(), replaced));
        }
        if (side instanceof BoundExpr.Binary binary) {
            return new BoundExpr.Binary(binary.operator(), withTerms(binary.left(), replaced), withTerms(binary.right(), replaced));
        }
        return side;
    }
}
