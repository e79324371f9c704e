package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;

import java.util.ArrayList;
import java.util.List;

/**
 * A rule's side bound in one column, kept as a plan for the table's other columns: which lines stand for each of its
 * concepts, with which signs, depends on the table's lines and labels, not on a column's values — except where a choice
 * is made by the column. Binding a column records those choices as it makes them ({@link Recorder}): the row of a
 * concept several lines report (the first, or last, with a number in the column), the option of a
 * {@code first_of} reported for the column's period, each cell read (a line with no number in a column is left out of
 * a sum, or leaves a concept missing), and each tie to another statement (found per column, for its period). In
 * another column the plan holds where every recorded choice answers alike; its side is then the same expression with
 * that column's cells, its ties bound afresh. Where a choice answers otherwise the column is bound afresh. A binding
 * that chose by the values themselves (a line restating the result so far, the last of several rows with a number
 * before a total) makes no plan.
 */
final class BindingPlan {

    /** A column the plan is evaluated in: its answers to the plan's questions, the way a fresh binding of it would give them. */
    interface Column {
        /** The cell of {@code row} in this column as a term with {@code sign} (null: the cell reports nothing). */
        Term cell(StatementRow row, int sign);

        /** This column's answer to a choice the plan recorded ({@link Recorder#choice}). */
        Object choose(Object question);

        /** The tie {@code ref} bound in this column, as a fresh binding binds it. */
        BoundExpr tie(Expr.Ref ref);
    }

    private final BoundExpr side;
    /** The choices recorded, question and answer in turn. */
    private final Object[] choices;
    private final StatementRow[] cellRows;
    private final int[] cellSigns;
    private final boolean[] cellNull;
    /** How many of the cells read gave a term: the side's cells, in the order it reads them. */
    private final int terms;
    /** The ties' bound expressions in the column the plan was made in, in the order the side reads them, and their references. */
    private final BoundExpr[] tieNodes;
    private final Expr.Ref[] tieRefs;

    private BindingPlan(Recorder recorder, BoundExpr side) {
        this.side = side;
        this.choices = recorder.choices == null ? new Object[0] : recorder.choices.toArray();
        this.cellRows = java.util.Arrays.copyOf(recorder.cellRows, recorder.cells);
        this.cellSigns = java.util.Arrays.copyOf(recorder.cellSigns, recorder.cells);
        this.cellNull = new boolean[recorder.cells];
        int given = 0;
        for (int i = 0; i < recorder.cells; i++) {
            cellNull[i] = recorder.cellTerms[i] == null;
            given += cellNull[i] ? 0 : 1;
        }
        this.terms = given;
        this.tieNodes = recorder.tieNodes == null ? new BoundExpr[0] : recorder.tieNodes.toArray(new BoundExpr[0]);
        this.tieRefs = recorder.tieRefs == null ? new Expr.Ref[0] : recorder.tieRefs.toArray(new Expr.Ref[0]);
    }

    /**
     * The side in {@code column}, or null where a recorded choice answers otherwise there (the column must be bound
     * afresh). The cells are read in the order the binding read them, and ties bound in the order it bound them.
     */
    BoundExpr at(Column column) {
        for (int i = 0; i < choices.length; i += 2) {
            if (column.choose(choices[i]) != choices[i + 1]) {
                return null;
            }
        }
        Term[] read = new Term[terms];
        int given = 0;
        for (int i = 0; i < cellRows.length; i++) {
            Term term = column.cell(cellRows[i], cellSigns[i]);
            if ((term == null) != cellNull[i]) {
                return null;
            }
            if (term != null) {
                read[given++] = term;
            }
        }
        return new Copy(read, column).of(side);
    }

    /** The side's expression again, with another column's cells in place of the plan's, in the order they are read. */
    private final class Copy {
        private final Term[] read;
        private final Column column;
        private int nextTerm;
        private int nextTie;

        Copy(Term[] read, Column column) {
            this.read = read;
            this.column = column;
        }

        BoundExpr of(BoundExpr expr) {
            if (nextTie < tieNodes.length && tieNodes[nextTie] == expr) {
                return column.tie(tieRefs[nextTie++]);
            }
            if (expr instanceof BoundExpr.Leaf) {
                return new BoundExpr.Leaf(read[nextTerm++]);
            }
            if (expr instanceof BoundExpr.Constant) {
                return expr;
            }
            if (expr instanceof BoundExpr.Negate negate) {
                return new BoundExpr.Negate(of(negate.operand()));
            }
            if (expr instanceof BoundExpr.Binary binary) {
                BoundExpr left = of(binary.left());
                return new BoundExpr.Binary(binary.operator(), left, of(binary.right()));
            }
            int parts = ((BoundExpr.Sum) expr).parts().size();
            List<Term> summed = java.util.Arrays.asList(read).subList(nextTerm, nextTerm + parts);
            nextTerm += parts;
            return BoundExpr.sum(summed);
        }
    }

    /** What a binding of one column chose as it bound, to make its plan from. */
    static final class Recorder {
        private List<Object> choices;
        private StatementRow[] cellRows = new StatementRow[8];
        private int[] cellSigns = new int[8];
        private Term[] cellTerms = new Term[8];
        private int cells;
        private List<BoundExpr> tieNodes;
        private List<Expr.Ref> tieRefs;
        private boolean byValues;

        /** A choice the column made: {@code answer} to {@code question}, which another column may answer otherwise. */
        void choice(Object question, Object answer) {
            if (choices == null) {
                choices = new ArrayList<>();
            }
            choices.add(question);
            choices.add(answer);
        }

        /** A cell read, and the term it gave (null: it reports nothing in the column). */
        Term cell(StatementRow row, int sign, Term term) {
            if (cells == cellRows.length) {
                cellRows = java.util.Arrays.copyOf(cellRows, cells * 2);
                cellSigns = java.util.Arrays.copyOf(cellSigns, cells * 2);
                cellTerms = java.util.Arrays.copyOf(cellTerms, cells * 2);
            }
            cellRows[cells] = row;
            cellSigns[cells] = sign;
            cellTerms[cells++] = term;
            return term;
        }

        /** A tie to another statement, as bound in the column (a found cell, or a constant where none was). */
        BoundExpr tie(BoundExpr bound, Expr.Ref ref) {
            if (tieNodes == null) {
                tieNodes = new ArrayList<>();
                tieRefs = new ArrayList<>();
            }
            tieNodes.add(bound);
            tieRefs.add(ref);
            return bound;
        }

        /** The binding chose by the column's values themselves: it makes no plan. */
        void byValues() {
            byValues = true;
        }

        /**
         * The plan of the bound side, or null where the binding chose by its values, or where the side does not read
         * its cells and ties in the order they were recorded (then a copy could not put another column's in place).
         */
        BindingPlan plan(BoundExpr side) {
            if (byValues) {
                return null;
            }
            int[] next = new int[2];
            int[] given = new int[1];
            for (int i = 0; i < cells; i++) {
                given[0] += cellTerms[i] == null ? 0 : 1;
            }
            Term[] read = new Term[given[0]];
            int k = 0;
            for (int i = 0; i < cells; i++) {
                if (cellTerms[i] != null) {
                    read[k++] = cellTerms[i];
                }
            }
            int ties = tieNodes == null ? 0 : tieNodes.size();
            return inOrder(side, read, next) && next[0] == read.length && next[1] == ties ? new BindingPlan(this, side) : null;
        }

        private boolean inOrder(BoundExpr expr, Term[] read, int[] next) {
            if (tieNodes != null && next[1] < tieNodes.size() && tieNodes.get(next[1]) == expr) {
                next[1]++;
                return true;
            }
            if (expr instanceof BoundExpr.Leaf leaf) {
                return next[0] < read.length && read[next[0]++] == leaf.term();
            }
            if (expr instanceof BoundExpr.Constant) {
                return true;
            }
            if (expr instanceof BoundExpr.Negate negate) {
                return inOrder(negate.operand(), read, next);
            }
            if (expr instanceof BoundExpr.Binary binary) {
                return inOrder(binary.left(), read, next) && inOrder(binary.right(), read, next);
            }
            for (BoundExpr.Leaf part : ((BoundExpr.Sum) expr).parts()) {
                if (next[0] >= read.length || read[next[0]++] != part.term()) {
                    return false;
                }
            }
            return true;
        }
    }
}
