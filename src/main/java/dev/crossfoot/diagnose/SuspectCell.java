package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Measure;
import dev.crossfoot.understand.NumberStyle;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A cell that may hold the wrong value, with what a repair needs to know about it even when its
 * text is not a number: the scale from display to absolute units, and the decimals its row is
 * usually written with (an EPS row shows cents, so a repaired EPS does too).
 */
record SuspectCell(Term term, BigDecimal scale, int usualDecimals, Neighbours neighbours, LineFit line, String text) {

    static SuspectCell of(Term term) {
        BigDecimal scale = term.readable() ? term.amount().scale() : null;
        Map<Integer, Integer> decimalsSeen = new HashMap<>();
        for (int c = 0; c < term.table().width(); c++) {
            Amount other = term.row().amount(c);
            if (other == null || c == term.column()) {
                continue;
            }
            scale = scale == null ? other.scale() : scale;
            decimalsSeen.merge(Math.max(0, other.precision().scale()), 1, Integer::sum);
        }
        int own = term.readable() ? Math.max(0, term.amount().precision().scale()) : 0;
        int usual = decimalsSeen.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(own);
        String text = term.row().cell(term.column()).text();
        if (text != null && (text.indexOf(',') >= 0 || text.indexOf('.') >= 0) && NumberStyle.decimalComma(term.table().table())) {
            // Rereadings and causes read the text as a decimal point writes it, as the checks read its value.
            text = NumberStyle.asDecimalPoint(text);
        }
        return new SuspectCell(term, scale == null ? BigDecimal.ONE : scale, usual, Neighbours.of(term), LineFit.of(term), text);
    }

    CellKey key() {
        return term.key();
    }

    /** How the line of the cell, in the other columns, speaks for a repair to {@code repaired}: see {@link LineFit}. */
    double lineFit(BigDecimal repaired) {
        return line.factor(reported(), repaired);
    }

    /** The reported value in display units; null when the text is not a number. */
    BigDecimal reported() {
        return term.readable() ? term.amount().value() : null;
    }

    boolean percent() {
        return term.row().measure() == Measure.PERCENT;
    }
}
