package dev.crossfoot.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A row understood: its place in the hierarchy, the concept it reports (or null), what it
 * measures, and each cell's parsed value and amount (amount null where the cell is not a number).
 * <p>
 * Immutable and compared by value, as a record would be (the same accessors, equality, hash and
 * text). A class so that what every rule, reading and column asks of it is kept in the form the
 * asking wants (BENCHMARKS.md, "Issue 14, eleventh round"): a cell's amount and value are read
 * from arrays, not through a list wrapped around a list (a column's amount is asked for every
 * line, reading, convention and candidate total), and the hash, which the checks' sets and maps of
 * lines ask again and again and which a record works out through the row, its cells and their
 * places each time, is worked out once. Likewise the label's normal form (the one every rule, cue
 * and reading compares, {@code understand.Labels}): worked out once by whoever understood the row
 * and carried here, since the model cannot work it out and the rules ask for it again and again
 * (BENCHMARKS.md, "Issue 14, twelfth round"). It follows from the label, so it takes no part in
 * equality, hash or text.
 */
public final class StatementRow {

    private final Row row;
    private final String normalLabel;
    private final int index;
    private final int depth;
    private final RowRole role;
    private final List<String> sectionPath;
    private final String concept;
    private final Measure measure;
    private final List<CellValue> values;
    private final List<Amount> amounts;
    private final CellValue[] valueAt;
    private final Amount[] amountAt;
    /** 0 until asked; a row whose hash is 0 works it out at each call, as a record does. */
    private int hash;

    /** {@code normalLabel}: the row's label in its normal form ({@code understand.Labels.normalise}). */
    public StatementRow(Row row, String normalLabel, int index, int depth, RowRole role, List<String> sectionPath,
                        String concept, Measure measure, List<CellValue> values, List<Amount> amounts) {
        this.row = row;
        this.normalLabel = java.util.Objects.requireNonNull(normalLabel);
        this.index = index;
        this.depth = depth;
        this.role = role;
        this.sectionPath = List.copyOf(sectionPath);
        this.concept = concept;
        this.measure = measure;
        this.values = List.copyOf(values);
        this.valueAt = this.values.toArray(new CellValue[0]);
        // An amount is null where a cell is not a number, which List.copyOf refuses: the list is a view of the row's
        // own copy, which nothing writes (one copy, not a list's and then its array's).
        this.amountAt = amounts.toArray(new Amount[0]);
        this.amounts = Collections.unmodifiableList(Arrays.asList(amountAt));
    }

    /** A row made of parts already copied by another row: nothing is copied again. */
    private StatementRow(Row row, String normalLabel, int index, int depth, RowRole role, List<String> sectionPath,
                         String concept, Measure measure, StatementRow cells) {
        this.row = row;
        this.normalLabel = java.util.Objects.requireNonNull(normalLabel);
        this.index = index;
        this.depth = depth;
        this.role = role;
        this.sectionPath = List.copyOf(sectionPath);
        this.concept = concept;
        this.measure = measure;
        this.values = cells.values;
        this.amounts = cells.amounts;
        this.valueAt = cells.valueAt;
        this.amountAt = cells.amountAt;
    }

    /**
     * This row's cells, values and amounts under another reading of the table's structure (the table read without its
     * rows' depths): the same as {@code new StatementRow(row, normalLabel, index(), depth, role, sectionPath, concept,
     * measure, values(), amounts())}, the values and amounts shared rather than copied again (a table with depths
     * builds every row twice).
     */
    public StatementRow readAs(Row row, String normalLabel, int depth, RowRole role, List<String> sectionPath,
                               String concept, Measure measure) {
        return new StatementRow(row, normalLabel, index, depth, role, sectionPath, concept, measure, this);
    }

    public Row row() {
        return row;
    }

    public int index() {
        return index;
    }

    public int depth() {
        return depth;
    }

    public RowRole role() {
        return role;
    }

    public List<String> sectionPath() {
        return sectionPath;
    }

    public String concept() {
        return concept;
    }

    public Measure measure() {
        return measure;
    }

    public List<CellValue> values() {
        return values;
    }

    public List<Amount> amounts() {
        return amounts;
    }

    public String label() {
        return row.label();
    }

    /** The label in the normal form every matcher compares, as {@code understand.Labels.normalise} writes it. */
    public String normalLabel() {
        return normalLabel;
    }

    public Amount amount(int column) {
        return column < amountAt.length ? amountAt[column] : null;
    }

    public CellValue value(int column) {
        return column < valueAt.length ? valueAt[column] : new CellValue.Absent();
    }

    public Cell cell(int column) {
        return row.cell(column);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof StatementRow that && index == that.index && depth == that.depth
                && Objects.equals(row, that.row) && role == that.role && sectionPath.equals(that.sectionPath)
                && Objects.equals(concept, that.concept) && measure == that.measure && values.equals(that.values)
                && amounts.equals(that.amounts);
    }

    /** The value a record of these components gives: each component's hash folded in by 31, from 0. */
    @Override
    public int hashCode() {
        int known = hash;
        if (known == 0) {
            known = 0;
            known = 31 * known + Objects.hashCode(row);
            known = 31 * known + Integer.hashCode(index);
            known = 31 * known + Integer.hashCode(depth);
            known = 31 * known + Objects.hashCode(role);
            known = 31 * known + sectionPath.hashCode();
            known = 31 * known + Objects.hashCode(concept);
            known = 31 * known + Objects.hashCode(measure);
            known = 31 * known + values.hashCode();
            known = 31 * known + amounts.hashCode();
            hash = known;
        }
        return known;
    }

    @Override
    public String toString() {
        return "StatementRow[row=" + row + ", index=" + index + ", depth=" + depth + ", role=" + role + ", sectionPath="
                + sectionPath + ", concept=" + concept + ", measure=" + measure + ", values=" + values + ", amounts="
                + amounts + "]";
    }
}
