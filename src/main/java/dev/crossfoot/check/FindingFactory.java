package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.AmountFormat;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Suggestion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Words a failed check as a finding a reviewer can act on: the rule's sentence, then the
 * identity with the numbers filled in, then expected, reported, difference and the rounding
 * that could not explain it. Numbers are in the reported cell's own display unit.
 */
public final class FindingFactory {

    private FindingFactory() {
    }

    /**
     * The finding of a failed check, with the diagnosis's repair — unless a known practice explains
     * the difference: the finding then names the practice, and a repair would contradict it.
     */
    public static Finding of(EvaluatedCheck check, Suggestion repair) {
        Term reported = check.reported();
        Amount amount = reported.amount();
        Interval expectedAbsolute = check.expectedInterval(Map.of());
        BigDecimal sign = BigDecimal.valueOf(reported.orientation());
        BigDecimal expected = amount.toDisplay(expectedAbsolute.midpoint()).multiply(sign);
        BigDecimal actual = amount.value();
        BigDecimal difference = actual.subtract(expected);
        BigDecimal allowed = amount.precision().divide(BigDecimal.valueOf(2))
                .add(amount.toDisplay(expectedAbsolute.width().divide(BigDecimal.valueOf(2))).abs());
        String message = check.rule().sentence() + ": " + reported.row().label() + " " + AmountFormat.like(amount, actual)
                + " ≠ " + computedSide(check, amount, expected)
                + " (" + check.columnHeader() + "; difference " + decimal(difference, amount)
                + ", rounding allows ±" + decimal(allowed, amount) + toleranceNote(check) + ")";
        Severity severity = check.rule().severity();
        Rule.Lenience lenience = explainingPractice(check);
        if (lenience != null) {
            // A known practice explains a difference this small: still reported, as a warning that names it.
            severity = severity == Severity.ERROR ? Severity.WARNING : severity;
            message += "; within " + lenience.percent().toPlainString() + "%"
                    + (lenience.conditional() ? " and " + lenience.renderWhen() + " holds" : "")
                    + ", so likely " + lenience.reason();
        }
        if (check.reading() != null && check.reading().doubt() != null) {
            severity = severity == Severity.ERROR ? Severity.WARNING : severity;
            message += "; ambiguous: " + check.reading().doubt();
        } else if (check.reading() != null && check.reading().ambiguous()) {
            // Two readings of the table explain it equally well and disagree here: the table alone
            // cannot say which cell is wrong, or whether any is.
            severity = severity == Severity.ERROR ? Severity.WARNING : severity;
            message += "; ambiguous: another reading of the table, " + check.reading().runnerUp()
                    + (check.reading().runnerUpHeld() > check.reading().held() ? ", explains more of its columns"
                    : ", explains as many columns") + " and holds here";
        }
        List<CellRef> cells = check.terms().stream().map(Term::ref).toList();
        return new Finding(check.rule().id(), severity, message, check.table().document().id(),
                check.table().document().file(), check.table().id(), check.columnHeader(), cells,
                check.identity(), decimal(expected, amount), AmountFormat.plain(actual),
                decimal(difference, amount), decimal(allowed, amount), lenience == null ? repair : null);
    }

    /**
     * The first of the check's margins of known practice that the reported value lies within, or
     * null. The margin is measured from the reported figure itself, not from the edge of its
     * rounding: an EPS of 0.08 stands for 0.075–0.085, already ±6%, and widening that by 2% more
     * would let a share count misread by 7% pass as a warning.
     */
    private static Rule.Lenience explainingPractice(EvaluatedCheck check) {
        if (check.excuses().isEmpty() || check.expected() == null) {
            return null;
        }
        BigDecimal computed = check.expectedInterval(Map.of()).midpoint();
        BigDecimal reported = check.reportedInterval(Map.of()).midpoint();
        for (Rule.Lenience lenience : check.excuses()) {
            BigDecimal margin = computed.abs().multiply(lenience.percent()).movePointLeft(2);
            if (reported.subtract(computed).abs().compareTo(margin) <= 0) {
                return lenience;
            }
        }
        return null;
    }

    /**
     * The other side with its numbers, then its value; a single cell of another table is named
     * instead, since "16,433 = 16,433" would say nothing about where the number came from.
     */
    private static String computedSide(EvaluatedCheck check, Amount amount, BigDecimal expected) {
        if (check.expected() instanceof BoundExpr.Leaf leaf) {
            Term term = leaf.term();
            String where = term.table() == check.table() ? "" : term.table().id() + " ";
            return check.expected().render() + " (" + where + "'" + term.row().label() + "')";
        }
        return check.expected().render() + " = " + AmountFormat.like(amount, expected, displayDecimals(amount));
    }

    /** Ratios are shown to at least the precision filers print them at: cents, tenths of a point. */
    private static int displayDecimals(Amount amount) {
        int shown = Math.max(0, amount.precision().scale());
        return switch (amount.measure()) {
            case PER_SHARE -> Math.max(shown, 2);
            case PERCENT -> Math.max(shown, 1);
            default -> shown;
        };
    }

    /** Four digits finer than the reported precision: enough to see why, without noise. */
    private static String decimal(BigDecimal value, Amount amount) {
        return AmountFormat.plain(value.setScale(Math.max(0, amount.precision().scale()) + 4, java.math.RoundingMode.HALF_EVEN));
    }

    private static String toleranceNote(EvaluatedCheck check) {
        return check.tolerance() == null ? "" : ", widened by the rule's tolerance of " + check.tolerance().toPlainString() + "%";
    }
}
