package dev.crossfoot.check;

import dev.crossfoot.model.AmountFormat;
import dev.crossfoot.model.Interval;

import java.util.List;
import java.util.Map;

/**
 * One side of an identity with every concept bound to a reported cell: what a check evaluates,
 * and what diagnosis re-evaluates with a suspected cell replaced.
 */
public sealed interface BoundExpr {

    /** The interval this side stands for; null when a divisor may be zero. */
    Interval evaluate(Map<CellKey, Interval> overrides);

    /** The side with the reported numbers filled in, as a reviewer reads it. */
    String render();

    void collectTerms(List<Term> terms);

    /**
     * Whether every cell the side uses is a readable number: what {@link #collectTerms} and a look at each term say,
     * without a list of them (a check's side is asked once when it is evaluated and once when diagnosis looks for
     * anything to blame).
     */
    boolean readable();

    record Leaf(Term term) implements BoundExpr {
        @Override
        public Interval evaluate(Map<CellKey, Interval> overrides) {
            // Checking evaluates with no cell replaced: no key to build and hash.
            Interval replaced = overrides.isEmpty() ? null : overrides.get(term.key());
            if (replaced == null) {
                return term.interval();
            }
            return term.orientation() < 0 ? replaced.negate() : replaced;
        }

        /** The value as the identity uses it: a provision shown "(448)" and subtracted prints as 448. */
        @Override
        public String render() {
            if (!term.readable()) {
                return "'" + term.row().cell(term.column()).text() + "'";
            }
            return AmountFormat.like(term.amount(), term.amount().value().multiply(java.math.BigDecimal.valueOf(term.orientation())));
        }

        @Override
        public void collectTerms(List<Term> terms) {
            terms.add(term);
        }

        @Override
        public boolean readable() {
            return term.readable();
        }
    }

    /** A constant: a literal of the rule, or an optional concept that is absent (zero). */
    record Constant(Interval value, String text) implements BoundExpr {
        @Override
        public Interval evaluate(Map<CellKey, Interval> overrides) {
            return value;
        }

        @Override
        public String render() {
            return text;
        }

        @Override
        public void collectTerms(List<Term> terms) {
            // A constant uses no cell.
        }

        @Override
        public boolean readable() {
            return true;
        }
    }

    record Negate(BoundExpr operand) implements BoundExpr {
        @Override
        public Interval evaluate(Map<CellKey, Interval> overrides) {
            Interval inner = operand.evaluate(overrides);
            return inner == null ? null : inner.negate();
        }

        @Override
        public String render() {
            return "−" + operand.render();
        }

        @Override
        public void collectTerms(List<Term> terms) {
            operand.collectTerms(terms);
        }

        @Override
        public boolean readable() {
            return operand.readable();
        }
    }

    record Binary(char operator, BoundExpr left, BoundExpr right) implements BoundExpr {
        @Override
        public Interval evaluate(Map<CellKey, Interval> overrides) {
            Interval l = left.evaluate(overrides);
            Interval r = right.evaluate(overrides);
            if (l == null || r == null) {
                return null;
            }
            return switch (operator) {
                case '+' -> l.plus(r);
                case '-' -> l.minus(r);
                case '*' -> l.times(r);
                default -> l.dividedBy(r);
            };
        }

        @Override
        public String render() {
            String symbol = switch (operator) {
                case '-' -> "−";
                case '*' -> "×";
                case '/' -> "/";
                default -> "+";
            };
            if (right instanceof Constant constant && constant.value().equals(Interval.ZERO) && (operator == '+' || operator == '-')) {
                return left.render();
            }
            String r = right instanceof Binary || right instanceof Sum ? "(" + right.render() + ")" : right.render();
            return left.render() + " " + symbol + " " + r;
        }

        @Override
        public void collectTerms(List<Term> terms) {
            left.collectTerms(terms);
            right.collectTerms(terms);
        }

        @Override
        public boolean readable() {
            return left.readable() && right.readable();
        }
    }

    /**
     * Many cells added, evaluated in a loop: a chain of {@link Binary} nodes as deep as a
     * 10,000-line table has lines would exhaust the stack when evaluated or printed. The sum as
     * read is computed once; with a few cells replaced (what diagnosis asks for every candidate
     * value of every suspect cell) only those cells are taken out and put back, exactly, so a
     * question costs the cells replaced rather than the lines of the table.
     */
    final class Sum implements BoundExpr {
        private final List<Leaf> parts;
        private volatile Interval asRead;
        private volatile Map<CellKey, List<Leaf>> byCell;
        private final boolean allReadable;

        Sum(List<Leaf> parts) {
            this.parts = List.copyOf(parts);
            boolean readable = true;
            for (Leaf part : this.parts) {
                readable &= part.term().readable();
            }
            this.allReadable = readable;
        }

        private boolean allReadable() {
            return allReadable;
        }

        @Override
        public boolean readable() {
            return allReadable;
        }

        public List<Leaf> parts() {
            return parts;
        }

        @Override
        public Interval evaluate(Map<CellKey, Interval> overrides) {
            if (overrides.isEmpty()) {
                return asRead();
            }
            if (overrides.size() >= parts.size() || !allReadable()) {
                // A cell that is not a number has no value as read: only a replacement gives it one.
                return total(overrides);
            }
            Interval read = asRead();
            java.math.BigDecimal low = read.low();
            java.math.BigDecimal high = read.high();
            Map<CellKey, List<Leaf>> index = byCell();
            for (CellKey key : overrides.keySet()) {
                for (Leaf leaf : index.getOrDefault(key, List.of())) {
                    Interval before = leaf.evaluate(Map.of());
                    Interval after = leaf.evaluate(overrides);
                    low = low.subtract(before.low()).add(after.low());
                    high = high.subtract(before.high()).add(after.high());
                }
            }
            return new Interval(low, high);
        }

        private Interval asRead() {
            Interval read = asRead;
            if (read == null) {
                read = total(Map.of());
                asRead = read;
            }
            return read;
        }

        private Map<CellKey, List<Leaf>> byCell() {
            Map<CellKey, List<Leaf>> index = byCell;
            if (index == null) {
                index = new java.util.HashMap<>();
                for (Leaf part : parts) {
                    index.computeIfAbsent(part.term().key(), key -> new java.util.ArrayList<>()).add(part);
                }
                byCell = index;
            }
            return index;
        }

        private Interval total(Map<CellKey, Interval> overrides) {
            Interval total = Interval.ZERO;
            for (Leaf part : parts) {
                total = total.plus(part.evaluate(overrides));
            }
            return total;
        }

        @Override
        public String render() {
            StringBuilder text = new StringBuilder();
            for (Leaf part : parts) {
                text.append(text.length() == 0 ? "" : " + ").append(part.render());
            }
            return text.toString();
        }

        @Override
        public void collectTerms(List<Term> terms) {
            parts.forEach(part -> part.collectTerms(terms));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Sum sum && sum.parts.equals(parts);
        }

        @Override
        public int hashCode() {
            return parts.hashCode();
        }

        @Override
        public String toString() {
            return "Sum" + parts;
        }
    }

    /** A sum of many cells, printed as one line: what footing checks build. */
    static BoundExpr sum(List<Term> terms) {
        if (terms.isEmpty()) {
            return new Constant(Interval.ZERO, "0");
        }
        if (terms.size() == 1) {
            return new Leaf(terms.get(0));
        }
        List<Leaf> leaves = new java.util.ArrayList<>(terms.size());
        for (Term term : terms) {
            leaves.add(new Leaf(term));
        }
        return new Sum(leaves);
    }
}
