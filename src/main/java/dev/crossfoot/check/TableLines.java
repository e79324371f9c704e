package dev.crossfoot.check;

import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lines between rows of one table, under either reading of where its sections start, and how
 * each run of them counts toward income under each presentation, each worked out once. A table's
 * identities are evaluated under many sign conventions, share units and presentations, column by
 * column; the lines between two rows are the same in all of them, and working them out again
 * (sums of every run of lines above each total) was the largest cost of checking. It also tells
 * whether the two readings of the sections give any identity of the table different lines: where
 * they do not, the second reading cannot give a different outcome and is not evaluated.
 * One instance serves one table on one thread.
 */
final class TableLines {

    /**
     * The range two rows span, and the reading of sections the lines between were read by. Looked
     * up for every rule, column and reading: equality and hash written out (the generated ones
     * read each field through a method handle), the hash the generated one's.
     */
    private record Span(int from, int to, boolean sectionsByNumbers) {
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Span span
                    && from == span.from && to == span.to && sectionsByNumbers == span.sectionsByNumbers;
        }

        @Override
        public int hashCode() {
            return (from * 31 + to) * 31 + Boolean.hashCode(sectionsByNumbers);
        }
    }

    record Effects(Span span, IncomeEffects.Presentation presentation) {
        @Override
        public boolean equals(Object other) {
            return this == other || other instanceof Effects effects
                    && span.equals(effects.span) && presentation == effects.presentation;
        }

        @Override
        public int hashCode() {
            return span.hashCode() * 31 + java.util.Objects.hashCode(presentation);
        }
    }

    private final StatementTable table;
    private final boolean inStatementOrder;
    private final Map<Span, List<StatementRow>> between = new HashMap<>();
    private final Map<Span, List<StatementRow>> counted = new HashMap<>();
    private final Map<Effects, Map<StatementRow, Integer>> effects = new HashMap<>();
    /** The spans asked for since {@link #startRule()}, by the layout's reading. */
    private final Set<Span> asked = new LinkedHashSet<>();
    /** The spans whose effects on income were asked since {@link #startEffects()}, each under the presentation asked. */
    private final Set<Effects> effectsAsked = new LinkedHashSet<>();

    TableLines(StatementTable table, boolean inStatementOrder) {
        this.table = table;
        this.inStatementOrder = inStatementOrder;
    }

    /**
     * Whether the table lists its lines in its statement's order ({@link StatementOrder}): only
     * then does where a line stands say what it adds to.
     */
    boolean inStatementOrder() {
        return inStatementOrder;
    }

    /** Starts listening for the spans one rule asks for. */
    void startRule() {
        asked.clear();
    }

    /** {@link Sections#linesBetween(List, int, int, boolean)} of this table's rows. */
    List<StatementRow> between(int from, int to, boolean sectionsByNumbers) {
        Span span = new Span(from, to, sectionsByNumbers);
        if (!sectionsByNumbers) {
            asked.add(span);
        }
        return linesOf(span);
    }

    private List<StatementRow> linesOf(Span span) {
        return between.computeIfAbsent(span, key -> Sections.linesBetween(table.rows(), key.from(), key.to(), key.sectionsByNumbers()));
    }

    /**
     * The lines between two rows that count in a sum of effects on income: net lines once, and in
     * a table without depths neither the running result nor the subtotals of lines just above.
     */
    List<StatementRow> counted(int from, int to, boolean sectionsByNumbers) {
        Span span = new Span(from, to, sectionsByNumbers);
        List<StatementRow> known = counted.get(span);
        if (known == null) {
            known = NetLines.counted(table, between(from, to, sectionsByNumbers));
            if (SectionFooting.inferred(table)) {
                // Without depths, a line that carries the running result ("Income from continuing
                // operations", "Consolidated net income") repeats what the rule already counts, and a
                // line that adds up the lines just above it is their subtotal. The running result goes
                // first: a result after it ("Income before equity earnings of subsidiaries" after
                // continuing and discontinued operations) adds it up too, and is a result so far, not
                // a subtotal that stands for the lines above it.
                known = SectionFooting.collapseSubtotals(table, known.stream()
                        .filter(row -> !dev.crossfoot.understand.Lexicon.current().matches(dev.crossfoot.understand.Cue.RUNNING_RESULT,
                                row.normalLabel()))
                        .toList());
                if (sectionsByNumbers) {
                    // By the numbers, a line repeating the one above it may be that one-line
                    // section's total, its heading lost ("Adjustment to gain on disposal" 0.8 and
                    // "Income from discontinued operations" 0.8): counted once.
                    known = SectionFooting.collapseRestatements(known);
                }
            }
            counted.put(span, known);
        }
        return known;
    }

    /** {@link IncomeEffects#orientations} of {@link #counted the lines counted} between two rows. */
    Map<StatementRow, Integer> effects(int from, int to, boolean sectionsByNumbers, IncomeEffects.Presentation presentation) {
        Effects key = new Effects(new Span(from, to, sectionsByNumbers), presentation);
        effectsAsked.add(key);
        return effectsOf(key);
    }

    private Map<StatementRow, Integer> effectsOf(Effects key) {
        Span span = key.span();
        int from = span.from();
        int to = span.to();
        boolean sectionsByNumbers = span.sectionsByNumbers();
        IncomeEffects.Presentation presentation = key.presentation();
        Map<StatementRow, Integer> known = effects.get(key);
        if (known == null) {
            known = IncomeEffects.orientations(table, counted(from, to, sectionsByNumbers),
                    between(from, to, sectionsByNumbers), presentation);
            effects.put(key, known);
        }
        return known;
    }

    /** Starts listening for the effects on income one evaluation asks for. */
    void startEffects() {
        effectsAsked.clear();
    }

    /** The spans whose effects were asked since {@link #startEffects()}, with the presentation each was asked under. */
    List<Effects> effectsAsked() {
        return List.copyOf(effectsAsked);
    }

    /**
     * Whether {@code presentation} gives every span in {@code asked} the same effects as the presentation it was asked
     * under: an evaluation depends on the presentation only through these effects, so an evaluation that asked
     * {@code asked} would take the same steps to the same checks under {@code presentation}.
     */
    boolean sameEffects(List<Effects> asked, IncomeEffects.Presentation presentation) {
        for (Effects effects : asked) {
            if (!effectsOf(effects).equals(effectsOf(new Effects(effects.span(), presentation)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether reading the sections by the numbers gives different lines for any span the rule
     * asked for since {@link #startRule()}. A rule's evaluation depends on the reading only through
     * these lines, so where none differ both readings give the same checks.
     */
    boolean readingsDifferForRule() {
        for (Span span : asked) {
            List<StatementRow> byLayout = linesOf(span);
            if (!sameRows(byLayout, linesOf(new Span(span.from(), span.to(), true)))
                    || SectionFooting.inferred(table) && SectionFooting.collapseRestatements(byLayout).size() < byLayout.size()) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameRows(List<StatementRow> some, List<StatementRow> others) {
        if (some.size() != others.size()) {
            return false;
        }
        for (int i = 0; i < some.size(); i++) {
            if (some.get(i) != others.get(i)) {
                return false;
            }
        }
        return true;
    }
}
