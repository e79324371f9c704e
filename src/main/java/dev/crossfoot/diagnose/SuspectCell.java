package dev.crossfoot.diagnose;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.check.Term;
import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Measure;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * A cell that may hold the wrong value, with what a repair needs to know about it even when its
 * text is not a number: the scale from display to absolute units, and the decimals its row is
 * usually written with (an EPS row shows cents, so a repaired EPS does too).
 */
record SuspectCell(Term term, BigDecimal scale, int usualDecimals, Neighbours neighbours) {

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
        return new SuspectCell(term, scale == null ? BigDecimal.ONE : scale, usual, Neighbours.of(term));
    }

    CellKey key() {
        return term.key();
    }

    /**
     * How a repair fits the magnitude its line shows in the other columns (the same line in other
     * periods): a value ten times off its line that the repair brings back is the likelier slip
     * (of two adjacent lines now showing the same number, the one it does not belong to); a repair
     * that takes a value away from its line is the less likely. 1 when the line says nothing.
     */
    double lineFit(BigDecimal repaired) {
        if (!term.readable() || term.amount().value().signum() == 0 || repaired.signum() == 0) {
            return 1;
        }
        java.util.List<Double> others = new java.util.ArrayList<>();
        for (int c = 0; c < term.table().width(); c++) {
            Amount other = term.row().amount(c);
            if (c != term.column() && other != null && other.value().signum() != 0
                    && other.measure() == term.amount().measure()) {
                others.add(Math.abs(other.value().doubleValue()));
            }
        }
        if (others.isEmpty()) {
            return 1;
        }
        java.util.Collections.sort(others);
        double typical = others.get(others.size() / 2);
        double reportedOff = Math.abs(Math.log10(Math.abs(term.amount().value().doubleValue()) / typical));
        double repairedOff = Math.abs(Math.log10(Math.abs(repaired.doubleValue()) / typical));
        if (repairedOff + 0.5 < reportedOff) {
            return 1.5;
        }
        return reportedOff + 0.5 < repairedOff ? 0.6 : 1;
    }

    String text() {
        return term.row().cell(term.column()).text();
    }

    /** The reported value in display units; null when the text is not a number. */
    BigDecimal reported() {
        return term.readable() ? term.amount().value() : null;
    }

    boolean percent() {
        return term.row().measure() == Measure.PERCENT;
    }
}
