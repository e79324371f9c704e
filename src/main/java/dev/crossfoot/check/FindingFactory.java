package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.AmountFormat;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Severity;

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

    public static Finding of(EvaluatedCheck check) {
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
                + " ≠ " + check.expected().render() + " = " + AmountFormat.like(amount, expected)
                + " (" + check.columnHeader() + "; difference " + AmountFormat.plain(difference)
                + ", rounding allows ±" + AmountFormat.plain(allowed) + toleranceNote(check) + ")";
        List<CellRef> cells = check.terms().stream().map(Term::ref).toList();
        Severity severity = check.rule().severity();
        return new Finding(check.rule().id(), severity, message, check.table().document().id(),
                check.table().document().file(), check.table().id(), check.columnHeader(), cells,
                check.rule().identity(), AmountFormat.plain(expected), AmountFormat.plain(actual),
                AmountFormat.plain(difference), AmountFormat.plain(allowed), null);
    }

    private static String toleranceNote(EvaluatedCheck check) {
        return check.tolerance() == null ? "" : ", widened by the rule's tolerance of " + check.tolerance().toPlainString() + "%";
    }
}
