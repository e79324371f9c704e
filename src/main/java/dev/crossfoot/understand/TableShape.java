package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.Table;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What a table's shape alone decides when it is understood ({@link TableAnalyzer}): its kind, units and
 * column periods, and for each reading of its rows (as the depths show them, and as the labels and numbers
 * alone do) each row's place, measure, concept and normal label. A dataset of releases repeats a few shapes
 * thousands of times, each with its own numbers: a table whose {@link Key} equals one understood before takes
 * its shape and works out only its amounts.
 */
record TableShape(StatementKind kind, Units units, List<Period> periods, Reading givenDepths, Reading withoutDepths) {

    /** One reading of the rows: per row, its place (level, role, sections), measure, concept and normal label. */
    record Reading(List<Hierarchy.Place> places, List<Measure> measures, List<String> concepts,
                   List<String> normalLabels) {
        Reading {
            places = List.copyOf(places);
            measures = List.copyOf(measures);
            concepts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(concepts));
            normalLabels = List.copyOf(normalLabels);
        }
    }

    /**
     * Every input the shape is worked out from, compared exactly (no hash stands in for equality): the lexicon
     * in force (by identity), the table's title, statement, unit caption, column headers and width; per row its
     * label, depth, stated measure and concept, and whether it carries numbers; per cell what understanding asks
     * of it beyond its amount — which kind of value it is, whether a number is a percentage, shows a currency
     * sign or is 100, and whether its text shows a currency sign; and which unlabelled lines the numbers confirm as
     * totals ({@link UnlabelledTotals} reads the figures themselves). Two tables with equal keys differ only in what
     * their numbers are and where their cells stand, which the shape does not read.
     */
    static final class Key {
        private final Lexicon lexicon;
        private final String title;
        private final String statement;
        private final String unit;
        private final List<String> columns;
        private final int width;
        private final String[] labels;
        private final Integer[] depths;
        private final Measure[] measures;
        private final String[] concepts;
        private final boolean[] numbered;
        private final boolean[] unlabelledTotals;
        private final short[] cells;
        private final int hash;

        private Key(Lexicon lexicon, Table table, List<List<CellValue>> values, boolean[] numbered, boolean[] unlabelledTotals) {
            this.lexicon = lexicon;
            this.title = table.title();
            this.statement = table.statement();
            this.unit = table.unit();
            this.columns = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(table.columns()));
            this.width = table.width();
            int rows = table.rows().size();
            this.labels = new String[rows];
            this.depths = new Integer[rows];
            this.measures = new Measure[rows];
            this.concepts = new String[rows];
            this.numbered = numbered.clone();
            this.unlabelledTotals = unlabelledTotals.clone();
            this.cells = new short[rows * width];
            for (int r = 0; r < rows; r++) {
                Row row = table.rows().get(r);
                labels[r] = row.label();
                depths[r] = row.depth();
                measures[r] = row.measure();
                concepts[r] = row.concept();
                for (int c = 0; c < width; c++) {
                    cells[r * width + c] = code(values.get(r).get(c), row.cell(c).text());
                }
            }
            int h = Objects.hash(title, statement, unit, columns, width);
            h = 31 * h + Arrays.hashCode(labels);
            h = 31 * h + Arrays.hashCode(depths);
            h = 31 * h + Arrays.hashCode(measures);
            h = 31 * h + Arrays.hashCode(concepts);
            h = 31 * h + Arrays.hashCode(this.numbered);
            h = 31 * h + Arrays.hashCode(unlabelledTotals);
            h = 31 * h + Arrays.hashCode(cells);
            this.hash = 31 * h + System.identityHashCode(lexicon);
        }

        /** Which rows the numbers confirm as totals with no label: the one part of the key the digits decide. */
        boolean[] unlabelledTotals() {
            return unlabelledTotals.clone();
        }

        /**
         * The key of a table whose cells read as {@code values}, {@code numbered} saying which rows carry numbers and
         * {@code unlabelledTotals} which unlabelled rows the numbers confirm as totals.
         */
        static Key of(Lexicon lexicon, Table table, List<List<CellValue>> values, boolean[] numbered, boolean[] unlabelledTotals) {
            return new Key(lexicon, table, values, numbered, unlabelledTotals);
        }

        private static final BigDecimal HUNDRED = new BigDecimal("100");

        /** What understanding asks of a cell beyond its amount, in eleven bits. */
        private static short code(CellValue value, String text) {
            int code;
            if (value instanceof CellValue.Number number) {
                // 6 or 7: whether the number shows exactly two decimals; 128: whether it is whole, 256: whole
                // or in tenths (per-share lines by their cents, percentages by their decimals); 512, 1024:
                // whether it is 1, or a fraction of 1 (a common-size statement in fractions).
                code = (ShownDecimals.cents(number) ? 7 : 6) | (number.percent() ? 8 : 0) | (number.currency() ? 16 : 0)
                        | (number.value().compareTo(HUNDRED) == 0 ? 32 : 0) | (ShownDecimals.whole(number) ? 128 : 0)
                        | (ShownDecimals.coarserThanCents(number) ? 256 : 0)
                        | (number.value().compareTo(java.math.BigDecimal.ONE) == 0 ? 512 : 0)
                        | (number.value().abs().compareTo(java.math.BigDecimal.ONE) <= 0 ? 1024 : 0);
            } else if (value instanceof CellValue.Absent) {
                code = 0;
            } else if (value instanceof CellValue.NotGiven) {
                code = 1;
            } else if (value instanceof CellValue.Nil) {
                code = 2;
            } else if (value instanceof CellValue.NotApplicable) {
                code = 3;
            } else if (value instanceof CellValue.Text) {
                code = 4;
            } else {
                code = 5;
            }
            if (text != null && (text.indexOf('$') >= 0 || text.indexOf('€') >= 0 || text.indexOf('£') >= 0)) {
                code |= 64;
            }
            return (short) code;
        }

        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Key key && hash == key.hash && lexicon == key.lexicon
                    && width == key.width && Arrays.equals(cells, key.cells) && Arrays.equals(numbered, key.numbered)
                    && Arrays.equals(unlabelledTotals, key.unlabelledTotals) && Arrays.equals(depths, key.depths) && Arrays.equals(measures, key.measures)
                    && Objects.equals(title, key.title) && Objects.equals(statement, key.statement)
                    && Objects.equals(unit, key.unit) && columns.equals(key.columns)
                    && Arrays.equals(labels, key.labels) && Arrays.equals(concepts, key.concepts);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
