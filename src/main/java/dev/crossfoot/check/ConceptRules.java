package dev.crossfoot.check;

import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.ConceptDictionary;
import dev.crossfoot.understand.Units;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Applies identity rules to a table, column by column. A rule applies where the table reports
 * its left-hand concept. Conventions that differ between filers are settled once per table: each
 * concept marked {@code sign varies} takes the orientation, and share counts whose unit the
 * caption leaves unsaid take the unit, under which most checks of the table hold, across all its
 * columns.
 */
final class ConceptRules {

    private final List<Rule> rules;
    private final ConceptDictionary concepts;
    private final ResultOrder order;
    /** Whether a rule's checks under a convention already tried are taken again ({@link #checkWith}); off only to test that law. */
    private final boolean rulesRemembered;
    /** Whether a presentation of income effects that answers as one evaluated already is skipped ({@link #ruleChecks}); off only to test that law. */
    private final boolean presentationsCompared;
    /**
     * Whether the readings of an identity with the lines a table shows between its rows are worked out and evaluated
     * only where the identity as written fails in some column ({@link #evaluate}); off only to test that law.
     */
    private final boolean shownOnlyForFailures;
    private final Map<StatementKind, java.util.Set<String>> optionalByKind = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Of each rule whose identity only adds and subtracts concepts of its own table, those concepts with their signs
     * ({@link #signedRefs(Rule)}): worked out once per rule, where the lines shown between its rows asked it four times
     * for every table, rule and convention. Never written after it is made.
     */
    private final Map<Rule, SignedRefs> signedRefsByRule = new java.util.IdentityHashMap<>();

    ConceptRules(List<Rule> rules, ConceptDictionary concepts) {
        this(rules, concepts, true);
    }

    ConceptRules(List<Rule> rules, ConceptDictionary concepts, boolean rulesRemembered) {
        this(rules, concepts, rulesRemembered, true);
    }

    ConceptRules(List<Rule> rules, ConceptDictionary concepts, boolean rulesRemembered, boolean shownOnlyForFailures) {
        this.shownOnlyForFailures = shownOnlyForFailures;
        this.rulesRemembered = rulesRemembered;
        this.presentationsCompared = rulesRemembered;
        this.rules = rules.stream().filter(rule -> !rule.isStructural()).toList();
        this.concepts = concepts;
        this.order = new ResultOrder(this.rules);
        for (Rule rule : this.rules) {
            signedRefsByRule.put(rule, SignedRefs.of(rule));
        }
    }

    /**
     * A rule's result and the concepts its identity adds and subtracts, each with its sign (in the order the identity
     * names them, a concept named twice with the sign it is named with last), and the concepts alone.
     */
    record SignedRefs(Expr.Ref left, Map<Expr.Ref, Integer> signs, List<Expr.Ref> items) {

        /** Null where the rule's result is not a concept or its identity does more than add and subtract concepts of its own table. */
        static SignedRefs of(Rule rule) {
            Map<Expr.Ref, Integer> refs = new java.util.LinkedHashMap<>();
            if (!(rule.left() instanceof Expr.Ref left) || !signedRefs(rule.right(), 1, refs)) {
                return null;
            }
            return new SignedRefs(left, java.util.Collections.unmodifiableMap(refs), List.copyOf(refs.keySet()));
        }
    }

    /** {@link SignedRefs#of} the rule, as worked out once for this book's rules. */
    SignedRefs signedRefs(Rule rule) {
        return signedRefsByRule.containsKey(rule) ? signedRefsByRule.get(rule) : SignedRefs.of(rule);
    }

    /**
     * The table's identities, under the convention that explains most of them. {@code outOfOrder}
     * says why the table's lines are not in its statement's order, where they are not: an identity
     * that reads the lines between its rows is then not evaluated, and one of named rows alone is
     * read as written. {@code structural} are the table's structural checks: a cell one of them
     * holds with is vouched for, whichever row of a restated concept the rules read.
     */
    List<EvaluatedCheck> check(StatementTable table, DocumentTables document, Optional<String> outOfOrder,
                               List<EvaluatedCheck> structural) {
        List<String> varying = table.rows().stream().map(StatementRow::concept)
                .filter(concept -> concept != null && concepts.signVaries(concept)).distinct().limit(4).toList();
        TableLines lines = new TableLines(table, outOfOrder.isEmpty());
        List<List<EvaluatedCheck>> best = new ArrayList<>();
        long bestPassed = -1;
        int bestDepartures = Integer.MAX_VALUE;
        Convention chosenConvention = null;
        List<BigDecimal> shareFactors = shareFactors(table);
        java.util.Set<String> repeated = repeatedConcepts(table);
        List<Tried> tried = new ArrayList<>();
        List<List<Tried>> triedByRule = new ArrayList<>();
        rules.forEach(rule -> triedByRule.add(new ArrayList<>()));
        for (java.util.Set<String> lastOf : rowChoices(repeated))
        for (boolean deductionsNegative : deductionSigns(table))
        for (BigDecimal shareFactor : shareFactors) {
            for (int mask = 0; mask < (1 << varying.size()); mask++) {
                Map<String, Integer> orientation = new HashMap<>();
                for (int i = 0; i < varying.size(); i++) {
                    orientation.put(varying.get(i), (mask & (1 << i)) == 0 ? 1 : -1);
                }
                Convention convention = new Convention(orientation, shareFactor, deductionsNegative, lastOf, repeated);
                List<EvaluatedCheck> checks = sameAsTried(convention, tried);
                if (checks == null) {
                    checks = checkWith(table, document, convention, lines, outOfOrder, triedByRule);
                    tried.add(new Tried(convention, checks));
                }
                long passed = checks.stream().filter(check -> check.status() == CheckStatus.PASSED).count();
                // A row other than the first of its concept must explain more than the plain
                // reading, not as much.
                int departures = lastOf.size();
                if (passed > bestPassed || passed == bestPassed && departures < bestDepartures) {
                    best.clear();
                    bestPassed = passed;
                    bestDepartures = departures;
                    chosenConvention = convention;
                }
                if (passed == bestPassed && departures == bestDepartures) {
                    best.add(checks);
                }
            }
        }
        List<EvaluatedCheck> chosen = best.size() == 1 ? best.get(0) : failuresOfEither(best);
        return chosenConvention == null ? chosen : withRestatedRowsRead(table, chosen, chosenConvention, tried, structural);
    }

    /**
     * The chosen checks, with what reading a restated concept from its other row says (see
     * {@link RowChoiceRival}): for each concept the table shows twice under one label, the
     * convention that differs from the chosen one in that row alone, as the table's evaluation
     * answered it.
     */
    private static List<EvaluatedCheck> withRestatedRowsRead(StatementTable table, List<EvaluatedCheck> chosen, Convention convention,
                                                             List<Tried> tried, List<EvaluatedCheck> structural) {
        List<EvaluatedCheck> result = chosen;
        for (String concept : convention.repeated.stream().sorted().toList()) {
            if (!RowChoiceRival.restated(table, concept)) {
                continue;
            }
            java.util.Set<String> lastOf = new java.util.HashSet<>(convention.lastOf);
            if (!lastOf.remove(concept)) {
                lastOf.add(concept);
            }
            List<EvaluatedCheck> rival = sameAsTried(new Convention(convention.orientation, convention.shareFactor,
                    convention.deductionsNegative, lastOf, convention.repeated), tried);
            if (rival != null) {
                result = RowChoiceRival.warnWhereItFails(table, result, concept, convention.lastOf.contains(concept), rival, structural);
            }
        }
        return result;
    }

    /** A convention the table's rules were evaluated under, and the checks it gave. */
    private record Tried(Convention convention, List<EvaluatedCheck> checks) {
    }

    /**
     * The checks of a convention already tried that answers every question its evaluation asked
     * as this one would: evaluating this one would take the same steps to the same checks. Most
     * tables ask the sign of few of their varying concepts and the presentation of no income
     * effect, so most of the many conventions tried repeat one already evaluated.
     */
    private static List<EvaluatedCheck> sameAsTried(Convention convention, List<Tried> tried) {
        for (Tried earlier : tried) {
            if (earlier.convention().answersAs(convention)) {
                return earlier.checks();
            }
        }
        return null;
    }

    /** The concepts more than one row of the table matches: only for them can first and last row differ. */
    private static java.util.Set<String> repeatedConcepts(StatementTable table) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        java.util.Set<String> repeated = new java.util.HashSet<>();
        for (StatementRow row : table.rows()) {
            if (row.concept() != null && !seen.add(row.concept())) {
                repeated.add(row.concept());
            }
        }
        return repeated;
    }

    /**
     * How a table shows what filers show differently: the sign of each concept marked
     * {@code sign varies}, the unit of share counts where the caption leaves it unsaid, how income
     * effects and deductions are shown, and which of several rows of one concept is meant.
     * It remembers which of these its evaluation asked about, so that a convention that would
     * answer the same is not evaluated again.
     */
    private static final class Convention {
        private final Map<String, Integer> orientation;
        private final BigDecimal shareFactor;
        private final boolean deductionsNegative;
        /** The concepts read from the last of their rows. */
        private final java.util.Set<String> lastOf;
        /** The concepts several rows match: only for them can the choice of row differ. */
        private final java.util.Set<String> repeated;
        /** Whether the optional terms of an identity are read as not among its lines (see {@link #withoutOptional}). */
        private final boolean optionalLeftOut;
        private final java.util.Set<String> signsAsked = new java.util.HashSet<>();
        private final java.util.Set<String> rowsAsked = new java.util.HashSet<>();
        private boolean shareUnitAsked;
        private boolean deductionsAsked;

        Convention(Map<String, Integer> orientation, BigDecimal shareFactor, boolean deductionsNegative,
                   java.util.Set<String> lastOf, java.util.Set<String> repeated) {
            this(orientation, shareFactor, deductionsNegative, lastOf, repeated, false);
        }

        private Convention(Map<String, Integer> orientation, BigDecimal shareFactor, boolean deductionsNegative,
                           java.util.Set<String> lastOf, java.util.Set<String> repeated, boolean optionalLeftOut) {
            this.orientation = orientation;
            this.shareFactor = shareFactor;
            this.deductionsNegative = deductionsNegative;
            this.lastOf = lastOf;
            this.repeated = repeated;
            this.optionalLeftOut = optionalLeftOut;
        }

        /** The same convention reading an identity's optional terms as not among its lines. */
        Convention withoutOptional() {
            return new Convention(orientation, shareFactor, deductionsNegative, lastOf, repeated, true);
        }

        boolean optionalLeftOut() {
            return optionalLeftOut;
        }

        int sign(String concept) {
            Integer sign = orientation.get(concept);
            if (sign == null) {
                return 1;
            }
            signsAsked.add(concept);
            return sign;
        }

        /** The same convention, nothing asked of it yet. */
        Convention anew() {
            return new Convention(orientation, shareFactor, deductionsNegative, lastOf, repeated, optionalLeftOut);
        }

        /** Takes the questions {@code other} (a convention that answers them as this one does) was asked as asked of this one. */
        void askedAs(Convention other) {
            signsAsked.addAll(other.signsAsked);
            shareUnitAsked |= other.shareUnitAsked;
            deductionsAsked |= other.deductionsAsked;
            rowsAsked.addAll(other.rowsAsked);
        }

        /** Whether the table settles the concept's sign (the same concepts under every convention of a table). */
        boolean settles(String concept) {
            return orientation.containsKey(concept);
        }

        /**
         * Whether {@code other} gives every answer this convention gave while its checks were
         * evaluated: the same sign of each concept asked, and the same share unit,
         * deduction sign and choice of row wherever one of them was asked.
         */
        boolean answersAs(Convention other) {
            if (shareUnitAsked && shareFactor.compareTo(other.shareFactor) != 0
                    || deductionsAsked && deductionsNegative != other.deductionsNegative) {
                return false;
            }
            for (String concept : rowsAsked) {
                if (lastOf.contains(concept) != other.lastOf.contains(concept)) {
                    return false;
                }
            }
            for (String concept : signsAsked) {
                if (!orientation.get(concept).equals(other.orientation.get(concept))) {
                    return false;
                }
            }
            return true;
        }

        /** Whether a concept several rows match is read from the last of them, not the first. */
        boolean lastOf(String concept) {
            if (repeated.contains(concept)) {
                rowsAsked.add(concept);
            }
            return lastOf.contains(concept);
        }

        StatementRow row(StatementTable table, String concept, int column) {
            if (!lastOf(concept)) {
                return DocumentTables.rowOf(table, concept, column);
            }
            StatementRow last = null;
            StatementRow lastWithNumber = null;
            for (StatementRow row : DocumentTables.rowsOf(table, concept)) {
                last = row;
                lastWithNumber = row.amount(column) != null ? row : lastWithNumber;
            }
            return lastWithNumber != null ? lastWithNumber : last;
        }

        /**
         * The row of a result computed down from the row at {@code above}: the first row of the
         * concept below it, whichever row of several the table's other identities read. A result
         * is shown below what it is computed from, and next to it; a row of the concept above is
         * another line that bears its name ("Income from continuing operations" for the operating
         * result, over the tax line), one further down repeats it (the part attributable to the
         * parent, below the per-share lines).
         */
        StatementRow rowBelow(StatementTable table, String concept, int above) {
            for (StatementRow row : DocumentTables.rowsOf(table, concept)) {
                if (row.index() > above) {
                    return row;
                }
            }
            return null;
        }

        StatementRow row(StatementTable table, String concept) {
            if (!lastOf(concept)) {
                return DocumentTables.rowOf(table, concept);
            }
            List<StatementRow> rows = DocumentTables.rowsOf(table, concept);
            return rows.isEmpty() ? null : rows.get(rows.size() - 1);
        }

        /**
         * The sign of a line shown among an identity's rows: after a line the identity subtracts it
         * is subtracted too, unless the table shows its deductions negative, or the line it follows
         * is itself shown negative ("Net income attributable to noncontrolling interests (164)",
         * "Preferred dividends (60)"): then it adds as shown.
         */
        int lineSign(ShownLine line) {
            int sign = sign(line.row().concept());
            if (line.takenBack()) {
                // The identity as written counts the line with its concept's sign; this reading takes it back.
                return -sign;
            }
            if (line.deducted() && orientation.containsKey(line.row().concept())) {
                // A second line of a concept whose sign the table settles ("Net income attributable to
                // noncontrolling interests - other" under the first such line): deducted as that concept is.
                return -sign;
            }
            if (!line.deducted() || line.followsNegative()) {
                return sign;
            }
            deductionsAsked = true;
            return deductionsNegative ? sign : -sign;
        }

        /** The sign of a concept an identity subtracts: negated where the table shows its deductions as negative amounts. */
        int deductedSign(String concept) {
            if (orientation.containsKey(concept)) {
                return sign(concept);
            }
            deductionsAsked = true;
            return deductionsNegative ? -sign(concept) : sign(concept);
        }

        /** The cell as a term, its share count rescaled when the table's share unit is being tried. */
        Term term(StatementTable table, StatementRow row, int column, int sign) {
            Term term = Term.at(table, row, column, sign);
            if (term == null || !term.readable() || term.amount().measure() != dev.crossfoot.model.Measure.SHARES) {
                return term;
            }
            shareUnitAsked = true;
            if (shareFactor.compareTo(BigDecimal.ONE) == 0) {
                return term;
            }
            dev.crossfoot.model.Amount shown = term.amount();
            return new Term(table, row, column, new dev.crossfoot.model.Amount(shown.value(), shown.precision(),
                    shown.measure(), shown.scale().multiply(shareFactor)), sign);
        }
    }

    /**
     * "In millions, except share and per share amounts" does not say whether shares are counted
     * in units or thousands; like a sign convention, the unit is settled once per table, by the
     * reading under which most of its checks hold (units first, when several do). A table with no
     * caption says neither unit, and the share unit is tried against the money's as well.
     */
    private static List<BigDecimal> shareFactors(StatementTable table) {
        if (!countsShares(table)) {
            // No cell to rescale: every unit would give the same checks.
            return List.of(BigDecimal.ONE);
        }
        String caption = table.table().unit().isBlank() ? table.table().title() : table.table().unit();
        if (Units.namesNoScale(caption)) {
            // Neither the money's unit nor the shares' is stated: only their ratio can be settled,
            // and money in millions over shares in thousands is shares counted in thousandths.
            return List.of(BigDecimal.ONE, new BigDecimal("0.001"), new BigDecimal("0.000001"),
                    new BigDecimal("1000"), new BigDecimal("1000000"));
        }
        if (Units.parse(caption).sharesScaleStated()) {
            return List.of(BigDecimal.ONE);
        }
        return List.of(BigDecimal.ONE, new BigDecimal("1000"), new BigDecimal("1000000"));
    }

    private static boolean countsShares(StatementTable table) {
        int width = table.width();
        for (StatementRow row : table.rows()) {
            for (int c = 0; c < width; c++) {
                dev.crossfoot.model.Amount amount = row.amount(c);
                if (amount != null && amount.measure() == dev.crossfoot.model.Measure.SHARES) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Which row an identity means where several rows of the table match one concept ("Sales",
     * excise taxes, then "Net sales"; "Net sales", other revenues, then "Total revenues"): the first
     * or the last, the nearer to the result computed from it. A reading of the table like the
     * others, settled once by its columns; the first wins a tie. (A result run down through the
     * lines below its inputs is the first of its rows below them, in either reading.)
     */
    /**
     * Which of the concepts several rows match are read from their last row: each on its own, for
     * up to {@link #ROW_CHOICES_APART} of them, so that what the last row of one concept explains
     * (a per-share line repeated under a heading) does not settle which revenue line another
     * identity reads; beyond that, all of them alike.
     */
    private static List<java.util.Set<String>> rowChoices(java.util.Set<String> repeated) {
        if (repeated.isEmpty()) {
            return List.of(java.util.Set.of());
        }
        if (repeated.size() > ROW_CHOICES_APART) {
            return List.of(java.util.Set.of(), repeated);
        }
        List<String> concepts = repeated.stream().sorted().toList();
        List<java.util.Set<String>> choices = new ArrayList<>();
        for (int mask = 0; mask < 1 << concepts.size(); mask++) {
            java.util.Set<String> lastOf = new java.util.HashSet<>();
            for (int i = 0; i < concepts.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    lastOf.add(concepts.get(i));
                }
            }
            choices.add(lastOf);
        }
        return choices;
    }

    private static final int ROW_CHOICES_APART = 3;

    /**
     * Whether the table shows what an identity subtracts (cost of sales, operating expenses) as
     * positive amounts, or as negative ones ("(640.6)") that add up to the result as shown. Like
     * the other conventions it is settled once for the table, by its columns; it is tried only
     * where a subtracted line is shown negative in most columns, the mark of that presentation.
     */
    private List<Boolean> deductionSigns(StatementTable table) {
        for (Rule rule : rules) {
            if (!rule.appliesTo(table.kind())) {
                continue;
            }
            List<Expr.Ref> deducted = new ArrayList<>();
            collectDeducted(rule.right(), false, deducted);
            for (Expr.Ref ref : deducted) {
                StatementRow row = ref.statement() == null && !concepts.signVaries(ref.concept())
                        ? DocumentTables.rowOf(table, ref.concept()) : null;
                if (row != null && shownNegative(row, table)) {
                    return List.of(false, true);
                }
            }
        }
        return List.of(false);
    }

    private static void collectDeducted(Expr expr, boolean deducting, List<Expr.Ref> deducted) {
        if (expr instanceof Expr.Ref ref && deducting) {
            deducted.add(ref);
        } else if (expr instanceof Expr.Binary binary) {
            collectDeducted(binary.left(), deducting, deducted);
            collectDeducted(binary.right(), deducting || binary.operator() == '-', deducted);
        }
    }

    /** Whether two rows show the same figure in every column, and one at least. */
    private static boolean sameFigures(StatementRow row, StatementRow other) {
        return Sections.sameFigures(row, other, 0);
    }

    private static boolean shownNegative(StatementRow row, StatementTable table) {
        int negative = 0;
        int shown = 0;
        for (int c = 0; c < table.width(); c++) {
            dev.crossfoot.model.Amount amount = row.amount(c);
            if (amount != null) {
                shown++;
                negative += amount.value().signum() < 0 ? 1 : 0;
            }
        }
        return shown > 0 && negative * 2 > shown;
    }

    /**
     * When two sign conventions explain the table equally well (two columns, one of them wrong),
     * the columns cannot say which convention is right, so neither may hide a failure: a check
     * fails if it fails under any of the tied conventions.
     */
    private static List<EvaluatedCheck> failuresOfEither(List<List<EvaluatedCheck>> tied) {
        List<EvaluatedCheck> merged = new ArrayList<>(tied.get(0));
        for (List<EvaluatedCheck> other : tied.subList(1, tied.size())) {
            for (int i = 0; i < merged.size() && i < other.size(); i++) {
                if (merged.get(i).status() == CheckStatus.PASSED && other.get(i).status() == CheckStatus.FAILED) {
                    merged.set(i, other.get(i));
                }
            }
        }
        return merged;
    }

    /**
     * The table's checks under one convention. A rule's checks depend on the convention only through the questions its
     * evaluation asks of it (as {@link #sameAsTried} says of the table's), so a rule whose evaluation under an earlier
     * convention asked nothing this one answers otherwise takes that evaluation's checks ({@code triedByRule}, per rule
     * of {@link #rules}): a table that tries a second share unit or row choice for one rule re-evaluates only that rule.
     */
    private List<EvaluatedCheck> checkWith(StatementTable table, DocumentTables document, Convention convention, TableLines lines,
                                           Optional<String> outOfOrder, List<List<Tried>> triedByRule) {
        List<EvaluatedCheck> checks = new ArrayList<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            if (!rule.appliesTo(table.kind()) || !(rule.left() instanceof Expr.Ref left) || left.statement() != null) {
                continue;
            }
            if (DocumentTables.rowOf(table, left.concept()) == null || !referencedStatementsExist(rule.right(), table, document)) {
                continue;
            }
            StatementRow movement = shownMovement(table, rule);
            if (movement != null) {
                checks.addAll(withheld(table, rule, "the statement shows '" + movement.label() + "', which the identity does not count"));
                continue;
            }
            DocumentTables.Located elsewhere = shownMovementElsewhere(table, document, rule);
            if (elsewhere != null) {
                String title = elsewhere.table().table().title().strip();
                checks.addAll(withheld(table, rule, "the statement '" + (title.isEmpty() ? elsewhere.table().table().id() : title)
                        + "' shows '" + elsewhere.row().label() + "' for the period, which the identity does not count"));
                continue;
            }
            if (outOfOrder.isPresent() && (readsLinesBetween(rule.right()) || runFrom(rule.right(), left.concept()) != null)) {
                checks.addAll(withheld(table, rule, outOfOrder.get()));
                continue;
            }
            Tried earlier = rulesRemembered ? sameRuleAsTried(convention, triedByRule.get(r)) : null;
            if (earlier != null) {
                convention.askedAs(earlier.convention());
                checks.addAll(earlier.checks());
                continue;
            }
            Convention asked = convention.anew();
            List<EvaluatedCheck> ruleChecks = ruleChecks(table, document, asked, rule, lines, outOfOrder);
            convention.askedAs(asked);
            triedByRule.get(r).add(new Tried(asked, ruleChecks));
            checks.addAll(ruleChecks);
        }
        return checks;
    }

    /** The first line of a movement the rule does not count ({@code unless shown}), or null. */
    private static StatementRow shownMovement(StatementTable table, Rule rule) {
        for (String concept : rule.unlessShown()) {
            StatementRow row = DocumentTables.rowOf(table, concept);
            if (row != null) {
                return row;
            }
        }
        return null;
    }

    /**
     * A movement the rule does not count ({@code unless shown}) on another statement of the table's
     * kind for one of its periods, or null: a summary in the discussion (a cash-flow summary showing
     * net income and the activities' totals) leaves out the dividends the statement itself shows,
     * and retained earnings moved by them all the same.
     */
    private static DocumentTables.Located shownMovementElsewhere(StatementTable table, DocumentTables document, Rule rule) {
        for (String concept : rule.unlessShown()) {
            for (int c = 0; c < table.width(); c++) {
                DocumentTables.Located found = document.find(table.kind(), concept, table.period(c), table);
                if (found != null && found.table() != table) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The checks of a rule under a convention already tried whose evaluation of that rule it answers as, or null. */
    private static Tried sameRuleAsTried(Convention convention, List<Tried> tried) {
        for (Tried earlier : tried) {
            if (earlier.convention().answersAs(convention)) {
                return earlier;
            }
        }
        return null;
    }

    /** One rule's checks of a table that reports its result, under one convention. */
    private List<EvaluatedCheck> ruleChecks(StatementTable table, DocumentTables document, Convention convention, Rule rule,
                                            TableLines lines, Optional<String> outOfOrder) {
        // The readings with the lines shown can only change a rule's checks where the identity as written fails in some
        // column (see evaluate): worked out the first time an evaluation has a failure, once for every reading of the rule.
        ShownReadings shown = new ShownReadings(() -> outOfOrder.isPresent()
                ? unplacedReadings(table, rule, convention) : shownReadings(table, rule, convention));
        // How the lines an identity runs through show their effect on income (signed, expenses
        // as positive amounts, every line alike…) is the convention of that span of the
        // statement: a section of "(income) expense" lines before the tax and lines after it
        // may differ. Its labels suggest one, its columns settle it: another presentation must
        // hold in more columns than the labels' one.
        // A presentation that gives every run of lines an earlier one's evaluation asked about the same effects would
        // take the same steps to the same checks, which cannot hold in more columns than the checks chosen so far.
        List<EvaluatedCheck> chosen = null;
        List<List<TableLines.Effects>> answered = new ArrayList<>();
        for (IncomeEffects.Presentation presentation : presentations(table, rule)) {
            if (answeredAlike(lines, answered, presentation)) {
                continue;
            }
            lines.startEffects();
            List<EvaluatedCheck> read = readLines(table, document, convention, rule, shown, lines, presentation);
            answered.add(lines.effectsAsked());
            chosen = chosen == null || held(read) > held(chosen) ? read : chosen;
        }
        return chosen;
    }

    /** Whether an evaluation already made asked only for effects that {@code presentation} gives alike. */
    private boolean answeredAlike(TableLines lines, List<List<TableLines.Effects>> answered, IncomeEffects.Presentation presentation) {
        if (!presentationsCompared) {
            return false;
        }
        for (List<TableLines.Effects> asked : answered) {
            if (lines.sameEffects(asked, presentation)) {
                return true;
            }
        }
        return false;
    }

    /** One check per column of the rule's result, not evaluated for {@code why}. */
    private static List<EvaluatedCheck> withheld(StatementTable table, Rule rule, String why) {
        List<EvaluatedCheck> withheld = new ArrayList<>();
        StatementRow result = DocumentTables.rowOf(table, ((Expr.Ref) rule.left()).concept());
        for (int c = 0; c < table.width(); c++) {
            if (!ComparisonColumns.contains(table, c) && result.value(c) instanceof dev.crossfoot.model.CellValue.Number) {
                withheld.add(EvaluatedCheck.notEvaluated(rule, table, c, "'" + result.label() + "': " + why));
            }
        }
        return withheld;
    }

    private static List<IncomeEffects.Presentation> presentations(StatementTable table, Rule rule) {
        return table.kind() == StatementKind.INCOME && readsIncomeEffects(rule.right())
                ? List.of(IncomeEffects.Presentation.values()) : List.of(IncomeEffects.Presentation.BY_LABELS);
    }

    private static boolean readsIncomeEffects(Expr expr) {
        if (expr instanceof Expr.IncomeEffect) {
            return true;
        }
        if (expr instanceof Expr.Binary binary) {
            return readsIncomeEffects(binary.left()) || readsIncomeEffects(binary.right());
        }
        return expr instanceof Expr.Negate negate && readsIncomeEffects(negate.operand());
    }

    /** A rule's checks under one presentation of income effects, its sections read as its columns say. */
    private List<EvaluatedCheck> readLines(StatementTable table, DocumentTables document, Convention convention, Rule rule,
                                           ShownReadings shown, TableLines lines, IncomeEffects.Presentation presentation) {
        lines.startRule();
        List<EvaluatedCheck> byLayout = evaluate(table, document, convention, rule, shown, lines, false, false, presentation);
        // The numbers' reading changes a rule's checks only through the lines between its rows.
        List<EvaluatedCheck> byNumbers = readsLinesBetween(rule.right()) && lines.readingsDifferForRule()
                ? evaluate(table, document, convention, rule, shown, lines, true, false, presentation) : byLayout;
        // Where the sections among the lines between start is a reading like any other: the
        // numbers' reading is the table's when it holds in more of its columns, in a table of
        // two columns at least (one column alone cannot tell a structure from a chance fit).
        boolean voted = byNumbers.stream().filter(check -> check.status() != CheckStatus.NOT_EVALUATED).count() >= 2;
        List<EvaluatedCheck> chosen = voted && held(byNumbers) > held(byLayout) ? byNumbers : byLayout;
        if (sectionsAboveFirst(table, rule.right(), lines)) {
            // A grand total closes every section above it: a balance sheet that opens on
            // property, plant and equipment (a utility's) shows a section before the current
            // assets that "Total assets" adds too. A reading like the others, taken where it
            // holds in more columns.
            // Its sections, like those between the rows, read by layout and by the numbers
            // ("Other Property and Investments" closing the lines above it without a "Total").
            List<EvaluatedCheck> fromTop = evaluate(table, document, convention, rule, shown, lines, false, true, presentation);
            chosen = held(fromTop) > held(chosen) ? fromTop : chosen;
            if (voted && lines.readingsDifferForRule()) {
                List<EvaluatedCheck> fromTopByNumbers = evaluate(table, document, convention, rule, shown, lines, true, true, presentation);
                chosen = held(fromTopByNumbers) > held(chosen) ? fromTopByNumbers : chosen;
            }
        }
        if (held(chosen) == 0 && hasOptionalTerm(rule.right())) {
            // An optional line the table shows may not be one of the identity's terms: an
            // "Effect of exchange rate changes on cash" shown above the net change that the filer
            // adds only to the ending cash. Read so where the identity as written holds in no
            // column of two or more, and without the line in every column but one at most (a
            // wrong cell there): a wrong cell of the optional line itself leaves the written
            // reading holding in the other columns, so it stays a finding.
            Convention without = convention.withoutOptional();
            List<EvaluatedCheck> leftOut = evaluate(table, document, without, rule, shown, lines, false, false, presentation);
            convention.askedAs(without);
            long compared = leftOut.stream().filter(check -> check.status() != CheckStatus.NOT_EVALUATED).count();
            if (compared >= 2 && held(leftOut) >= compared - 1
                    && compared == chosen.stream().filter(check -> check.status() != CheckStatus.NOT_EVALUATED).count()) {
                chosen = leftOut;
            }
        }
        return chosen;
    }

    /**
     * Whether {@code between(a, b)} in the expression starts at a total with lines shown above its
     * section: sections above it that the grand total may add too.
     */
    private static boolean sectionsAboveFirst(StatementTable table, Expr expr, TableLines lines) {
        if (expr instanceof Expr.Binary binary) {
            return sectionsAboveFirst(table, binary.left(), lines) || sectionsAboveFirst(table, binary.right(), lines);
        }
        if (!(expr instanceof Expr.Between between)) {
            return false;
        }
        StatementRow from = DocumentTables.rowOf(table, between.from());
        StatementRow to = DocumentTables.rowOf(table, between.to());
        if (from == null || to == null || from.role() != dev.crossfoot.model.RowRole.TOTAL || from.index() >= to.index()) {
            return false;
        }
        // The same span the reading from the top binds, worked out once per table, not per convention:
        // by layout a total takes every line above it, by the numbers only those that add up to it.
        return lines.between(-1, to.index(), false).stream().anyMatch(row -> row.index() < from.index())
                || lines.between(-1, to.index(), true).stream().anyMatch(row -> row.index() < from.index());
    }

    private static boolean hasOptionalTerm(Expr expr) {
        if (expr instanceof Expr.Ref ref) {
            return ref.optional() && ref.statement() == null;
        }
        if (expr instanceof Expr.Binary binary) {
            return hasOptionalTerm(binary.left()) || hasOptionalTerm(binary.right());
        }
        return expr instanceof Expr.Negate negate && hasOptionalTerm(negate.operand());
    }

    private static boolean readsLinesBetween(Expr expr) {
        if (expr instanceof Expr.Between || expr instanceof Expr.IncomeEffect || expr instanceof Expr.Others) {
            return true;
        }
        if (expr instanceof Expr.Binary binary) {
            return readsLinesBetween(binary.left()) || readsLinesBetween(binary.right());
        }
        return expr instanceof Expr.Negate negate && readsLinesBetween(negate.operand());
    }

    /** A column's bound identity as written: what a reading with lines shown adds its cells to. */
    private record Bound(int column, Term reported, BoundExpr right, java.util.function.Supplier<Binding> fresh) { }

    /**
     * The readings of a rule's identity with the lines a table shows between its rows ({@link #shownReadings},
     * {@link #unplacedReadings}), worked out on the first ask: only an evaluation with a failure asks.
     */
    static final class ShownReadings implements java.util.function.Supplier<List<List<ShownLine>>> {
        private final java.util.function.Supplier<List<List<ShownLine>>> work;
        private List<List<ShownLine>> readings;

        ShownReadings(java.util.function.Supplier<List<List<ShownLine>>> work) {
            this.work = work;
        }

        @Override
        public List<List<ShownLine>> get() {
            if (readings == null) {
                readings = work.get();
            }
            return readings;
        }
    }

    private List<EvaluatedCheck> evaluate(StatementTable table, DocumentTables document, Convention convention, Rule rule,
                                          ShownReadings shown, TableLines lines, boolean sectionsByNumbers,
                                          boolean fromTop, IncomeEffects.Presentation presentation) {
        Expr.Ref left = (Expr.Ref) rule.left();
        Probe[] probes = new Probe[table.width()];
        java.util.Set<StatementRow> runningResults = runningResults(table, document, convention, rule, lines, sectionsByNumbers, presentation, probes);
        List<EvaluatedCheck> asWritten = new ArrayList<>();
        // Per check of asWritten, in order: the column's reported term, bound side and fresh binding, or null for a check
        // not bound (the same check in every reading).
        List<Bound> bound = new ArrayList<>();
        int width = table.width();
        for (int c = 0; c < width; c++) {
            if (ComparisonColumns.contains(table, c)) {
                continue;
            }
            StatementRow reportedRow = resultRow(table, convention, rule, c);
            if (reportedRow == null) {
                // No row of the result below what it is run down from: the identity is not this table's.
                continue;
            }
            if (passesAnyOf(table, convention, rule, reportedRow) || !belowItsInputs(table, convention, rule, c)) {
                // The table states on the way a result another rule runs this one on from; or the
                // result this one runs on from is not where its own inputs put it.
                continue;
            }
            Term reportedTerm = convention.term(table, reportedRow, c, convention.sign(left.concept()));
            if (reportedTerm == null) {
                continue;
            }
            // A column whose probe met no line restating the result binds the same with the results settled.
            Probe probe = fromTop ? null : probes[c];
            Binding binding = probe != null ? probe.binding()
                    : new Binding(table, c, document, convention, rule, lines, sectionsByNumbers, runningResults, fromTop, presentation, order);
            BoundExpr right = probe != null ? probe.right() : binding.bind(rule.right());
            if (binding.untied) {
                continue;
            }
            if (binding.missing != null) {
                asWritten.add(EvaluatedCheck.notEvaluated(rule, table, c, binding.missing));
                bound.add(null);
                continue;
            }
            int column = c;
            java.util.function.Supplier<Binding> fresh = () -> new Binding(table, column, document, convention, rule, lines,
                    sectionsByNumbers, runningResults, fromTop, presentation, order);
            asWritten.add(withConditions(ambiguousTie(EvaluatedCheck.of(rule, table, c, reportedTerm, right), binding), fresh));
            bound.add(new Bound(c, reportedTerm, right, fresh));
        }
        if (shownOnlyForFailures && asWritten.stream().noneMatch(check -> check.status() == CheckStatus.FAILED)) {
            // A reading with lines shown adds cells to the same side, column by column: it is not evaluated where the
            // identity as written is not (a cell not readable, a divisor that may be zero, no binding), so it cannot hold
            // in more columns than the identity that fails in none, and the rivals only matter for a failure. The
            // identity as written is chosen, as it was when every reading was evaluated.
            return asWritten;
        }
        List<List<ShownLine>> readings = shown.get();
        List<List<EvaluatedCheck>> withShown = new ArrayList<>();
        for (List<ShownLine> reading : readings) {
            List<EvaluatedCheck> checks = new ArrayList<>(asWritten.size());
            for (int i = 0; i < asWritten.size(); i++) {
                Bound column = bound.get(i);
                if (column == null) {
                    checks.add(asWritten.get(i));
                    continue;
                }
                List<Term> extra = new ArrayList<>();
                for (ShownLine line : reading) {
                    Term term = convention.term(table, line.row(), column.column(), convention.lineSign(line));
                    if (term != null) {
                        extra.add(term);
                    }
                }
                checks.add(extra.isEmpty() ? asWritten.get(i)
                        : withConditions(EvaluatedCheck.of(rule, table, column.column(), column.reported(),
                                new BoundExpr.Binary('+', column.right(), BoundExpr.sum(extra))), column.fresh()));
            }
            withShown.add(checks);
        }
        // Each reading with the lines shown must explain more than the identity as written, and
        // more than the readings before it.
        List<EvaluatedCheck> chosen = asWritten;
        for (List<EvaluatedCheck> reading : withShown) {
            boolean heldEnough = lines.inStatementOrder() || held(reading) >= UnplacedLines.MIN_COLUMNS_HELD;
            chosen = heldEnough && held(reading) > held(chosen) ? reading : chosen;
        }
        List<List<EvaluatedCheck>> rivals = new ArrayList<>(withShown);
        rivals.add(asWritten);
        rivals.remove(chosen);
        return undecidedWhereRivalCannotTell(chosen, rivals);
    }

    /**
     * A failure under the chosen reading where a rival reading that fails nowhere cannot be
     * evaluated, because a line it adds has no figure (a line shown between the activities and
     * the net change in cash that the data set gives no value for): the failure may be that
     * line's, so the identity is not evaluated there, with the rival's reason.
     */
    private static List<EvaluatedCheck> undecidedWhereRivalCannotTell(List<EvaluatedCheck> chosen, List<List<EvaluatedCheck>> rivals) {
        List<EvaluatedCheck> result = null;
        for (int i = 0; i < chosen.size(); i++) {
            if (chosen.get(i).status() != CheckStatus.FAILED) {
                continue;
            }
            for (List<EvaluatedCheck> rival : rivals) {
                // The readings' checks are of the same columns, in the same order.
                EvaluatedCheck theirs = rival.get(i);
                if (theirs.status() == CheckStatus.NOT_EVALUATED
                        && rival.stream().noneMatch(check -> check.status() == CheckStatus.FAILED)) {
                    if (result == null) {
                        result = new ArrayList<>(chosen);
                    }
                    result.set(i, theirs);
                    break;
                }
            }
        }
        return result == null ? chosen : result;
    }

    /**
     * A failed tie to a statement that reports the concept on several rows with different figures
     * (the group's result and, further down, the parent's part of it), that holds with another of
     * them, or with all of them together (a balance sheet in sectors, each showing its own cash,
     * no line the company's): the statement does not say which row the tie means, so it is
     * ambiguous, a warning naming the other reading, never an error. Where no reading agrees it
     * stays a failure.
     */
    private static EvaluatedCheck ambiguousTie(EvaluatedCheck check, Binding binding) {
        if (check.status() != CheckStatus.FAILED || binding.tiedTo.isEmpty()) {
            return check;
        }
        // Only a failure asks which other rows and statements the tie could mean.
        Map<Term, List<Term>> tiedElsewhere = binding.tiedElsewhere();
        Map<Term, java.util.function.Supplier<List<Term>>> tiedInRivals = binding.tiedInRivals();
        for (Map.Entry<Term, List<Term>> tied : tiedElsewhere.entrySet()) {
            Interval together = tied.getKey().amount().interval();
            for (Term other : tied.getValue()) {
                if (check.holdsWith(Map.of(tied.getKey().key(), other.amount().interval()))) {
                    return underTieTo(check, "the tie to '" + other.row().label() + "' (" + other.table().id() + ", row "
                            + (other.row().index() + 1) + ", " + other.amount().value().toPlainString() + ")");
                }
                together = together.plus(other.amount().interval());
            }
            if (check.holdsWith(Map.of(tied.getKey().key(), together))) {
                return underTieTo(check, "the tie to the sum of the " + (tied.getValue().size() + 1) + " rows of '"
                        + tied.getKey().row().label() + "' in " + tied.getKey().table().id()
                        + " (" + together.midpoint().stripTrailingZeros().toPlainString() + ")");
            }
        }
        // Another statement the titles do not tell apart from the one tied to, each on its own.
        for (Map.Entry<Term, java.util.function.Supplier<List<Term>>> tied : tiedInRivals.entrySet()) {
            for (Term other : tied.getValue().get()) {
                if (check.holdsWith(Map.of(tied.getKey().key(), other.amount().interval()))) {
                    return underTieTo(check, "the tie to '" + other.row().label() + "' of " + other.table().id()
                            + ", a statement its title does not tell apart from " + tied.getKey().table().id()
                            + " (row " + (other.row().index() + 1) + ", " + other.amount().value().toPlainString() + ")");
                }
            }
        }
        return check;
    }

    private static EvaluatedCheck underTieTo(EvaluatedCheck check, String runnerUp) {
        return check.underReading(new Reading(check.rule().identity(), 0, 1, runnerUp, 1, true, false));
    }

    /**
     * A failed check with the rule's margins that may explain it: the unconditional ones, and each
     * conditional one whose identity holds in the same column, bound as the rule's own concepts are.
     */
    private static EvaluatedCheck withConditions(EvaluatedCheck check, java.util.function.Supplier<Binding> fresh) {
        if (check.status() != CheckStatus.FAILED || check.rule().leniences().stream().noneMatch(Rule.Lenience::conditional)) {
            return check;
        }
        List<Rule.Lenience> applicable = new ArrayList<>();
        for (Rule.Lenience lenience : check.rule().leniences()) {
            if (lenience.when().stream().allMatch(condition -> fresh.get().holds(condition))) {
                applicable.add(lenience);
            }
        }
        return check.excusedBy(applicable);
    }

    /**
     * The lines after a running result's last named row that restate the result so far in most of
     * the columns ("Income from operations after income tax" under the tax line, before the equity
     * in affiliates' earnings): subtotals of the running result whatever their labels say, settled
     * by the columns like the table's other readings, so that a wrong cell in one of them fails its
     * own column instead of being taken for a line of its own. Empty unless the rule runs a result
     * through lines ({@code pretax − tax + income_effect(tax, net)}).
     */
    private java.util.Set<StatementRow> runningResults(StatementTable table, DocumentTables document, Convention convention,
                                                              Rule rule, TableLines lines, boolean sectionsByNumbers,
                                                              IncomeEffects.Presentation presentation, Probe[] unchanged) {
        if (!(rule.right() instanceof Expr.Binary binary && binary.operator() == '+' && binary.right() instanceof Expr.IncomeEffect)) {
            return java.util.Set.of();
        }
        if (IntStream.range(0, table.width()).filter(c -> !ComparisonColumns.contains(table, c)).count() < 2) {
            // One column alone is no evidence (see below): nothing to probe.
            return java.util.Set.of();
        }
        Map<StatementRow, int[]> tally = new java.util.IdentityHashMap<>();
        for (int c = 0; c < table.width(); c++) {
            if (ComparisonColumns.contains(table, c)) {
                continue;
            }
            Binding probe = new Binding(table, c, document, convention, rule, lines, sectionsByNumbers, null, false, presentation, order);
            BoundExpr right = probe.bind(rule.right());
            if (!probe.restated.containsValue(Boolean.TRUE)) {
                // No line restated the result so far: whichever lines the columns settle as running
                // results, this column binds as the probe did, so the probe is its binding.
                unchanged[c] = new Probe(probe, right);
            }
            probe.restated.forEach((row, restates) -> {
                int[] counts = tally.computeIfAbsent(row, key -> new int[2]);
                counts[0]++;
                counts[1] += restates ? 1 : 0;
            });
        }
        java.util.Set<StatementRow> results = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        tally.forEach((row, counts) -> {
            // Two columns at least: one column alone cannot tell a subtotal from a line that
            // happens to equal the result so far. A line its label names as one no rule computes
            // (discontinued operations, a tax) is a line of the statement, not a subtotal, even
            // where it equals the result so far in every column (Textron's discontinued operations,
            // (4) and 43, under its continuing operations' (4) and 43).
            int needed = counts[0] <= 2 ? counts[0] : counts[0] / 2 + 1;
            boolean namedLine = row.concept() != null && !order.computed(row.concept());
            if (counts[0] >= 2 && counts[1] >= needed && !namedLine) {
                results.add(row);
            }
        });
        return results;
    }

    /**
     * The row a rule's result is read from in a column: for a result run down through the lines
     * below a row ({@code … + income_effect(tax, net_income)}, {@code … + between(current, total)}),
     * the first of its rows below that row; otherwise the convention's row of the concept.
     */
    private static StatementRow resultRow(StatementTable table, Convention convention, Rule rule, int column) {
        Expr.Ref left = (Expr.Ref) rule.left();
        if (runOnFrom(rule) != null) {
            StatementRow result = convention.row(table, left.concept(), column);
            return result == null || runOnStart(table, convention, rule, column) == null ? null : result;
        }
        String from = runFrom(rule.right(), left.concept());
        StatementRow fromRow = from == null ? null : convention.row(table, from);
        return fromRow == null ? convention.row(table, left.concept(), column)
                : convention.rowBelow(table, left.concept(), fromRow.index());
    }

    /**
     * Whether a row of a result the rule names in {@code unless through} lies between its start and its
     * result row: any row of it, whichever of several the convention reads, since what the filer shows
     * on the way, not a reading of it, says which identity is the table's.
     */
    private static boolean passesAnyOf(StatementTable table, Convention convention, Rule rule, StatementRow result) {
        if (rule.unlessThrough().isEmpty()) {
            return false;
        }
        String from = runFrom(rule.right(), ((Expr.Ref) rule.left()).concept());
        StatementRow start = from == null ? null : convention.row(table, from);
        for (int i = start == null ? 0 : start.index() + 1; i < result.index(); i++) {
            String concept = table.rows().get(i).concept();
            if (concept != null && rule.unlessThrough().contains(concept)) {
                return true;
            }
        }
        return false;
    }

    /**
     * For a result run on from a stated result ({@code net_income.continuing + income_effect(…)}):
     * whether that result's row lies below the rows it is computed from, as a presented statement
     * shows it. An "Income from continuing operations" above the income before taxes is an operating
     * result under another name, not the one net income runs on from.
     */
    private boolean belowItsInputs(StatementTable table, Convention convention, Rule rule, int column) {
        String start = runOnFrom(rule);
        StatementRow startRow = start == null ? null : runOnStart(table, convention, rule, column);
        if (startRow == null) {
            return true;
        }
        for (String input : order.inputs(start)) {
            StatementRow inputRow = convention.row(table, input);
            if (inputRow != null && inputRow.index() >= startRow.index()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The stated result a rule runs its result on from ({@code net_income.continuing} in
     * {@code net_income = net_income.continuing + income_effect(net_income.continuing, net_income)}), or null.
     */
    private static String runOnFrom(Rule rule) {
        return rule.right() instanceof Expr.Binary binary && binary.operator() == '+' && binary.left() instanceof Expr.Ref start
                && binary.right() instanceof Expr.IncomeEffect effect && effect.from().equals(start.concept())
                && rule.left() instanceof Expr.Ref result && effect.to().equals(result.concept()) ? start.concept() : null;
    }

    /**
     * The row a result is run on from: of the stated result's rows, the nearest above the result's
     * row (of two "Income from continuing operations", the one the discontinued lines follow);
     * null where none lies above it.
     */
    private static StatementRow runOnStart(StatementTable table, Convention convention, Rule rule, int column) {
        String start = runOnFrom(rule);
        StatementRow result = start == null ? null : convention.row(table, ((Expr.Ref) rule.left()).concept(), column);
        if (result == null) {
            return null;
        }
        for (int i = result.index() - 1; i >= 0; i--) {
            if (start.equals(table.rows().get(i).concept())) {
                return table.rows().get(i);
            }
        }
        return null;
    }

    /** The concept a rule's result is run down from through the lines below it, or null. */
    private static String runFrom(Expr expr, String result) {
        if (expr instanceof Expr.IncomeEffect effect && effect.to().equals(result)) {
            return effect.from();
        }
        if (expr instanceof Expr.Between between && between.to().equals(result)) {
            return between.from();
        }
        if (expr instanceof Expr.Binary binary) {
            String left = runFrom(binary.left(), result);
            return left != null ? left : runFrom(binary.right(), result);
        }
        return null;
    }

    private static long held(List<EvaluatedCheck> checks) {
        long held = 0;
        for (EvaluatedCheck check : checks) {
            held += check.status() == CheckStatus.PASSED ? 1 : 0;
        }
        return held;
    }

    /**
     * The lines a table shows between the rows an identity names that the identity does not name:
     * "Net cash provided by discontinued operations" or an exchange-rate line worded as the
     * dictionary does not know, between the activities and the net change in cash; the exchange
     * effect between the net change and the ending balance; restructuring charges or excise taxes
     * shown between the cost of sales and gross profit. Subsections count once, by their totals.
     * Each line takes the sign of the section it follows: after a line the identity subtracts it is
     * subtracted too. They are a second reading of the identity, taken for the table when it holds
     * in more of its columns than the identity as written (as written wins ties). Only identities
     * that add and subtract concepts of this table, with their result below them.
     */
    private List<List<ShownLine>> shownReadings(StatementTable table, Rule rule, Convention convention) {
        List<List<ShownLine>> readings = new ArrayList<>();
        List<ShownLine> between = linesShownBetween(table, rule, convention, false, false, false);
        if (!between.isEmpty()) {
            readings.add(between);
            List<ShownLine> lessDeducted = linesShownBetween(table, rule, convention, false, true, false);
            if (!lessDeducted.equals(between)) {
                readings.add(lessDeducted);
            }
        }
        // Where the sections among them start is a reading too: "Net cash used in discontinued
        // operating activities" right after the operating total is a line of its own by the
        // numbers, where the layout takes it into the investing section below.
        List<ShownLine> byNumbers = linesShownBetween(table, rule, convention, false, false, true);
        if (!byNumbers.isEmpty() && !byNumbers.equals(between)) {
            readings.add(byNumbers);
        }
        List<ShownLine> fromTop = linesShownBetween(table, rule, convention, true, false, false);
        if (fromTop.size() > between.size()) {
            readings.add(fromTop);
        }
        List<ShownLine> unfigured = unfiguredAfterSpanStart(table, rule.right());
        if (!unfigured.isEmpty()) {
            readings.add(unfigured);
        }
        return readings;
    }

    /** The readings of an identity over named rows where the table's lines are not in its statement's order. */
    private List<List<ShownLine>> unplacedReadings(StatementTable table, Rule rule, Convention convention) {
        Map<Expr.Ref, Integer> refs = new java.util.LinkedHashMap<>();
        if (!(rule.left() instanceof Expr.Ref left) || !signedRefs(rule.right(), 1, refs)) {
            return List.of();
        }
        StatementRow total = convention.row(table, left.concept());
        if (total == null) {
            return List.of();
        }
        List<StatementRow> named = new ArrayList<>();
        List<StatementRow> optional = new ArrayList<>();
        for (Map.Entry<Expr.Ref, Integer> ref : refs.entrySet()) {
            StatementRow row = convention.row(table, ref.getKey().concept());
            if (row == null && !ref.getKey().optional()) {
                return List.of();
            }
            if (row != null) {
                named.add(row);
                // Taken back with the sign it was added with: only an item the identity adds.
                if (ref.getKey().optional() && ref.getValue() > 0) {
                    optional.add(row);
                }
            }
        }
        return UnplacedLines.readings(table, total, named, optional, optionalConcepts(table.kind()));
    }

    /** The concepts some identity of a statement of this kind counts as optional, worked out once per kind. */
    private java.util.Set<String> optionalConcepts(StatementKind kind) {
        return optionalByKind.computeIfAbsent(kind, k -> {
            java.util.Set<String> optional = new java.util.HashSet<>();
            for (Rule rule : rules) {
                if (rule.appliesTo(k)) {
                    collectOptional(rule.right(), optional);
                }
            }
            return java.util.Set.copyOf(optional);
        });
    }

    private static void collectOptional(Expr expr, java.util.Set<String> optional) {
        if (expr instanceof Expr.Ref ref && ref.optional() && ref.statement() == null) {
            optional.add(ref.concept());
        } else if (expr instanceof Expr.Binary binary) {
            collectOptional(binary.left(), optional);
            collectOptional(binary.right(), optional);
        } else if (expr instanceof Expr.Negate negate) {
            collectOptional(negate.operand(), optional);
        }
    }

    /**
     * The lines right after the row a span of lines starts from ({@code between(a, b)}) that the
     * input gives no figure for in any column: preferred stock the data set does not value, right
     * under total liabilities. Such a line may open the section below or stand on its own between
     * (as a grand total naming it says); with it on its own the identity cannot be evaluated, so a
     * failure without it is not an error.
     */
    private static List<ShownLine> unfiguredAfterSpanStart(StatementTable table, Expr expr) {
        if (expr instanceof Expr.Binary binary) {
            List<ShownLine> left = unfiguredAfterSpanStart(table, binary.left());
            return left.isEmpty() ? unfiguredAfterSpanStart(table, binary.right()) : left;
        }
        if (!(expr instanceof Expr.Between between)) {
            return List.of();
        }
        StatementRow from = DocumentTables.rowOf(table, between.from());
        StatementRow to = DocumentTables.rowOf(table, between.to());
        if (from == null || to == null || from.index() >= to.index()) {
            return List.of();
        }
        List<ShownLine> unfigured = new ArrayList<>();
        for (int r = from.index() + 1; r < to.index(); r++) {
            StatementRow row = table.rows().get(r);
            if (noFigureGiven(row)) {
                unfigured.add(ShownLine.added(row, false, false));
            } else if (!captionOnly(row)) {
                break;
            }
            // A caption with no figure at all ("Commitments and contingencies (Note 9)") neither
            // adds nor ends the run.
        }
        return unfigured;
    }

    /** Whether the line has no cell at all: a caption, not a line the input leaves without a figure. */
    private static boolean captionOnly(StatementRow row) {
        for (dev.crossfoot.model.CellValue value : row.values()) {
            if (!(value instanceof dev.crossfoot.model.CellValue.Absent)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the input gives no figure for the line in any column, saying so in one at least. */
    private static boolean noFigureGiven(StatementRow row) {
        boolean notGiven = false;
        for (dev.crossfoot.model.CellValue value : row.values()) {
            if (value instanceof dev.crossfoot.model.CellValue.NotGiven) {
                notGiven = true;
            } else if (!(value instanceof dev.crossfoot.model.CellValue.Absent)) {
                return false;
            }
        }
        return notGiven && row.role() == dev.crossfoot.model.RowRole.ITEM;
    }

    /**
     * As the lines shown between an identity's rows, and with {@code fromTop} also the
     * sections shown above the identity's first row where that row is a total: a grand total closes
     * every section above it, and a balance sheet that opens on property, plant and equipment
     * (a utility's) shows a section before the current assets that "Total assets" adds too. Each
     * section above counts once, by its total; it is a reading like the other, taken where it holds
     * in more columns.
     */
    private List<ShownLine> linesShownBetween(StatementTable table, Rule rule, Convention convention, boolean fromTop,
                                              boolean lessDeducted, boolean sectionsByNumbers) {
        SignedRefs signed = signedRefs(rule);
        if (signed == null) {
            return List.of();
        }
        Expr.Ref left = signed.left();
        Map<Expr.Ref, Integer> refs = signed.signs();
        // The rows the convention reads for the identity's concepts: where several rows match one
        // ("Effects of exchange rate changes on monetary assets" among the operating adjustments,
        // and the exchange effect on cash after the activities), the lines between are those
        // between the rows the identity is evaluated on, not between the first of each.
        StatementRow total = convention.row(table, left.concept());
        // By identity: the rows are this table's own, and hashing a row hashes all its cells.
        Map<StatementRow, Integer> named = new java.util.IdentityHashMap<>();
        named.put(total, 1);
        List<Expr.Ref> items = signed.items();
        for (Map.Entry<Expr.Ref, Integer> ref : refs.entrySet()) {
            StatementRow row = convention.row(table, ref.getKey().concept());
            if (row == null && !ref.getKey().optional()) {
                return List.of();
            }
            if (row != null && !(ref.getKey().optional() && beyond(total, row, items, table))) {
                named.put(row, ref.getValue());
            }
        }
        int first = named.keySet().stream().mapToInt(StatementRow::index).min().orElse(0);
        int last = named.keySet().stream().mapToInt(StatementRow::index).max().orElse(0);
        boolean subtracts = named.values().stream().anyMatch(sign -> sign < 0);
        if (last - first < 2 || subtracts && last != total.index()) {
            return List.of();
        }
        StatementRow end = table.rows().get(last);
        StatementRow opening = table.rows().get(first);
        if (fromTop && (subtracts || opening.role() != dev.crossfoot.model.RowRole.TOTAL)) {
            return List.of();
        }
        boolean startsFromBalance = named.keySet().stream().anyMatch(ConceptRules::startsPeriod);
        List<StatementRow> unnamed = new ArrayList<>();
        List<StatementRow> lines = Sections.linesBetween(table.rows(), fromTop ? -1 : first, last, sectionsByNumbers);
        // By the numbers, a net line ("Net proceeds (repayments) in debt") may stand among the
        // lines it is net of: it counts for them, once.
        for (StatementRow row : sectionsByNumbers ? NetLines.counted(table, lines) : lines) {
            // A row of a concept the identity names, with that row's figures in every column, is the
            // line shown again ("Net decrease in cash" repeated between the beginning cash and the
            // lines that adjust it), not a line of its own.
            boolean repeat = row.concept() != null && named.keySet().stream()
                    .anyMatch(other -> row.concept().equals(other.concept()) && sameFigures(row, other));
            // A balance at the start of the period is never one of the flows an identity of flows
            // adds: "Cash at beginning of period" may stand above the net change in cash, among
            // the lines shown after the activities. An identity that starts from a balance (the
            // ending cash) adds the other balances it shows ("Add: Cash balance of discontinued
            // operations, beginning of the period").
            boolean periodStart = !startsFromBalance && startsPeriod(row);
            if (!named.containsKey(row) && !repeat && !periodStart && row.role() != dev.crossfoot.model.RowRole.HEADER && row.measure() == end.measure()) {
                unnamed.add(row);
            }
        }
        if (SectionFooting.inferred(table)) {
            // Without depths, a line that adds up the lines just above it is their subtotal
            // ("Net cash provided by discontinued operations" under its operating, investing and
            // financing lines): it counts once, for them.
            unnamed = SectionFooting.collapseSubtotals(table, unnamed);
        }
        if (!subtracts) {
            unnamed = withoutRunningSums(named.keySet(), total, unnamed);
        }
        List<ShownLine> shown = new ArrayList<>();
        for (StatementRow row : unnamed) {
            int section = 1;
            StatementRow after = null;
            for (int i = row.index() - 1; i >= first && after == null; i--) {
                Integer sign = named.get(table.rows().get(i));
                if (sign != null) {
                    section = sign;
                    after = table.rows().get(i);
                }
            }
            // Read with lessDeducted, a line that says it is deducted ("Less: Cash balance of
            // discontinued operations, end of the period", between the net change and the ending
            // cash) takes the other sign.
            boolean less = lessDeducted && dev.crossfoot.understand.Lexicon.current().matches(dev.crossfoot.understand.Cue.DEDUCTION,
                    row.normalLabel());
            shown.add(ShownLine.added(row, (section < 0) != less, !less && after != null && shownNegative(after, table)));
        }
        return shown;
    }

    private static boolean startsPeriod(StatementRow row) {
        return dev.crossfoot.understand.Lexicon.current().matches(dev.crossfoot.understand.Cue.PERIOD_START, row.normalLabel());
    }

    /**
     * The lines shown between an identity's rows less those that restate its sum so far: "Cash
     * provided by continuing operations" under the operating, investing and financing cash (and the
     * exchange effect), above the discontinued operations' cash that the net change in cash adds
     * to it, is the identity's own running result, not a line of its own to add again. A line
     * is that result where the rows named above it and the lines kept before it add up to it in
     * every column it has a figure in, two of them at least. So is a line right under the line
     * kept before it with its very figures ("Cash used for discontinued operations" under "Cash
     * used for discontinued operating activities"): the total of a section of one line, counted once.
     */
    private static List<StatementRow> withoutRunningSums(java.util.Set<StatementRow> named, StatementRow total, List<StatementRow> unnamed) {
        List<StatementRow> kept = new ArrayList<>();
        for (StatementRow row : unnamed) {
            List<StatementRow> sumSoFar = new ArrayList<>(kept);
            for (StatementRow other : named) {
                if (other != total && other.index() < row.index()) {
                    sumSoFar.add(other);
                }
            }
            // In the table's order: the rows named come from an identity map, and sums are floating point.
            sumSoFar.sort(java.util.Comparator.comparingInt(StatementRow::index));
            StatementRow before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            boolean restatesLineAbove = before != null && before.index() == row.index() - 1 && sameFigures(row, before);
            if (!restatesLineAbove && (sumSoFar.size() < 2 || !Sections.addsUpInEveryColumn(sumSoFar, row))) {
                kept.add(row);
            }
        }
        return kept.size() == unnamed.size() ? unnamed : kept;
    }

    /** Whether an expression only adds and subtracts concepts of this table, collecting each with its sign. */
    private static boolean signedRefs(Expr expr, int sign, Map<Expr.Ref, Integer> refs) {
        if (expr instanceof Expr.Ref ref) {
            refs.put(ref, sign);
            return ref.statement() == null && ref.at() == null;
        }
        return expr instanceof Expr.Binary binary && (binary.operator() == '+' || binary.operator() == '-')
                && signedRefs(binary.left(), sign, refs)
                && signedRefs(binary.right(), binary.operator() == '-' ? -sign : sign, refs);
    }

    /** Whether a row lies past a total, on the side where none of the sum's required items are. */
    private static boolean beyond(StatementRow total, StatementRow row, List<Expr.Ref> items, StatementTable table) {
        int above = 0;
        int below = 0;
        for (Expr.Ref item : items) {
            StatementRow itemRow = item.optional() ? null : DocumentTables.rowOf(table, item.concept());
            if (itemRow != null) {
                above += itemRow.index() < total.index() ? 1 : 0;
                below += itemRow.index() > total.index() ? 1 : 0;
            }
        }
        return row.index() > total.index() ? below == 0 && above > 0 : above == 0 && below > 0;
    }

    /** A tie to a statement the document does not have is not a check that failed to run. */
    private static boolean referencedStatementsExist(Expr expr, StatementTable table, DocumentTables document) {
        if (expr instanceof Expr.Ref ref) {
            return ref.statement() == null || ref.optional() || document.has(StatementKind.parse(ref.statement()), table);
        }
        if (expr instanceof Expr.Binary binary) {
            return referencedStatementsExist(binary.left(), table, document)
                    && referencedStatementsExist(binary.right(), table, document);
        }
        if (expr instanceof Expr.Negate negate) {
            return referencedStatementsExist(negate.operand(), table, document);
        }
        if (expr instanceof Expr.FirstOf choice) {
            return choice.options().stream().anyMatch(option -> referencedStatementsExist(option, table, document));
        }
        return true;
    }

    /** A cell of another statement a binding tied to, where it was found, and the concept and period it was found under. */
    private record Tie(Term term, DocumentTables.Located found, String concept, Period at) { }

    /** A column's binding of a rule's right side while probing for running results, and what it bound. */
    private record Probe(Binding binding, BoundExpr right) { }

    /**
     * Binds one side of a rule to the cells of one column; remembers the first missing concept. Its maps are made when
     * first written: a rule's side is bound once for every column, rule, convention and reading, and most bindings
     * write none.
     */
    private static final class Binding {
        private final StatementTable table;
        private final int column;
        private final DocumentTables document;
        private final Convention convention;
        private final Rule rule;
        private final TableLines lines;
        private final boolean sectionsByNumbers;
        private String missing;
        private boolean untied;
        /** The cells of another statement tied to, each where it was found and under which concept, in the order bound. */
        private List<Tie> tiedTo = List.of();
        /**
         * The running results settled by the columns, or null while probing a column for them:
         * then every line that restates the result so far is taken for one and noted in {@code restated}.
         */
        private final java.util.Set<StatementRow> runningResults;
        private Map<StatementRow, Boolean> restated = Map.of();
        /** {@code between(total, grand)} reads every section above the grand total but the first total's. */
        private final boolean fromTop;
        private final ResultOrder order;
        /** How the lines of {@code income_effect} show their effect on income. */
        private final IncomeEffects.Presentation presentation;
        /** Binding what the identity subtracts, whose sign the table's deduction convention sets. */
        private boolean deducting;

        Binding(StatementTable table, int column, DocumentTables document, Convention convention, Rule rule,
                TableLines lines, boolean sectionsByNumbers, java.util.Set<StatementRow> runningResults, boolean fromTop,
                IncomeEffects.Presentation presentation, ResultOrder order) {
            this.order = order;
            this.presentation = presentation;
            this.runningResults = runningResults;
            this.fromTop = fromTop;
            this.lines = lines;
            this.sectionsByNumbers = sectionsByNumbers;
            this.table = table;
            this.column = column;
            this.document = document;
            this.convention = convention;
            this.rule = rule;
        }

        /** Whether {@code left = right} holds in this column, every concept of it reported here. */
        /** Whether a margin's condition may hold in this column, within rounding: equal, or bounded as it says. */
        boolean holds(Rule.Condition condition) {
            BoundExpr boundLeft = bind(condition.left());
            BoundExpr boundRight = bind(condition.right());
            if (untied || missing != null) {
                return false;
            }
            Interval l = valueOf(boundLeft);
            Interval r = valueOf(boundRight);
            if (l == null || r == null) {
                return false;
            }
            return switch (condition.operator()) {
                case "<=" -> l.low().compareTo(r.high()) <= 0;
                case ">=" -> l.high().compareTo(r.low()) >= 0;
                default -> l.intersects(r);
            };
        }

        BoundExpr bind(Expr expr) {
            if (expr instanceof Expr.Literal literal) {
                return new BoundExpr.Constant(Interval.exact(literal.value()), literal.value().toPlainString());
            }
            if (expr instanceof Expr.Negate negate) {
                return new BoundExpr.Negate(bind(negate.operand()));
            }
            if (expr instanceof Expr.Binary binary && binary.operator() == '+' && binary.right() instanceof Expr.IncomeEffect effect) {
                // "pretax − tax + income_effect(tax, net)": the result so far is known, and a line
                // among those after it that restates it is a running subtotal, not a new amount.
                BoundExpr soFar = bind(binary.left());
                return new BoundExpr.Binary('+', soFar, bindLines(effect.from(), effect.to(), true, soFar));
            }
            if (expr instanceof Expr.Binary binary) {
                BoundExpr left = bind(binary.left());
                boolean outer = deducting;
                deducting |= binary.operator() == '-';
                BoundExpr right = bind(binary.right());
                deducting = outer;
                return new BoundExpr.Binary(binary.operator(), left, right);
            }
            if (expr instanceof Expr.Between between) {
                return bindLines(between.from(), between.to(), false, null);
            }
            if (expr instanceof Expr.IncomeEffect effect) {
                return bindLines(effect.from(), effect.to(), true, null);
            }
            if (expr instanceof Expr.Others others) {
                return bindOthers(others);
            }
            if (expr instanceof Expr.FirstOf choice) {
                Expr.Ref chosen = firstReported(choice);
                return chosen.statement() == null ? bindHere(chosen) : bindElsewhere(chosen);
            }
            Expr.Ref ref = (Expr.Ref) expr;
            return ref.statement() == null ? bindHere(ref) : bindElsewhere(ref);
        }

        private BoundExpr bindHere(Expr.Ref ref) {
            StatementRow row = ref.optional() && convention.optionalLeftOut() ? null
                    : ref.concept().equals(runOnFrom(rule)) ? runOnStart(table, convention, rule, column)
                    : convention.row(table, ref.concept(), column);
            if (row != null && ref.optional() && lines.inStatementOrder() && beyondItsTotal(row)) {
                // "Effect of exchange rate changes" under "Net increase in cash": a line the filer
                // shows past the total is not one of its items, whatever the identity allows
                // (where the lines are in the statement's order: elsewhere its place says nothing).
                // Read as the last of several rows, the item is the last of them shown before the
                // total: a schedule after the statement ("Reconciliation of net income to net cash
                // provided by operating activities:") repeats the operating lines below it.
                row = convention.lastOf(ref.concept()) ? lastBefore(ref.concept(), row) : null;
            }
            if (row == null) {
                // A rule applies only to tables that report every concept it needs.
                untied |= !ref.optional();
                return new BoundExpr.Constant(Interval.ZERO, "0");
            }
            int sign = deducting ? convention.deductedSign(ref.concept()) : convention.sign(ref.concept());
            Term term = convention.term(table, row, column, sign);
            if (term == null) {
                return absent(ref, "'" + row.label() + "' has no number in this column");
            }
            return new BoundExpr.Leaf(term);
        }

        /**
         * The last row of the concept between the sum's required items and its total, with a number
         * in this column: where the sum's other items stand shows where its own lines are, and a row
         * among an item's lines (an operating adjustment worded like the exchange effect) is not one.
         */
        private StatementRow lastBefore(String concept, StatementRow beyond) {
            Map<Expr.Ref, Integer> refs = new java.util.LinkedHashMap<>();
            if (!(rule.left() instanceof Expr.Ref left) || !signedRefs(rule.right(), 1, refs)) {
                return null;
            }
            StatementRow total = convention.row(table, left.concept(), column);
            int lastItem = -1;
            for (Expr.Ref item : refs.keySet()) {
                StatementRow itemRow = item.optional() ? null : DocumentTables.rowOf(table, item.concept());
                lastItem = itemRow == null ? lastItem : Math.max(lastItem, itemRow.index());
            }
            StatementRow chosen = null;
            for (StatementRow row : DocumentTables.rowsOf(table, concept)) {
                if (row.index() > lastItem && row.index() < total.index() && row.index() < beyond.index() && row.amount(column) != null) {
                    chosen = row;
                }
            }
            return chosen;
        }

        /**
         * Whether an optional item of a sum lies on the other side of the sum's total from all its
         * required items: a total closes the lines above it (or opens those below it), so a line
         * beyond it belongs to what comes next.
         */
        private boolean beyondItsTotal(StatementRow row) {
            Map<Expr.Ref, Integer> refs = new java.util.LinkedHashMap<>();
            if (!(rule.left() instanceof Expr.Ref left) || !signedRefs(rule.right(), 1, refs) || refs.containsValue(-1)) {
                return false;
            }
            return beyond(convention.row(table, left.concept(), column), row, new ArrayList<>(refs.keySet()), table);
        }

        /**
         * The first option reported, by this table or, for another statement's concept, by that
         * statement for this column's period (the last when none is: the rule then does not apply).
         * A table that reports the other statement's concept itself (a cash-flow statement that shows
         * cash and restricted cash, less restricted cash, then cash alone) is not repeating that
         * statement: the option is not for it.
         */
        private Expr.Ref firstReported(Expr.FirstOf choice) {
            for (Expr.Ref option : choice.options()) {
                boolean reported = option.statement() == null ? DocumentTables.rowOf(table, option.concept()) != null
                        : DocumentTables.rowOf(table, option.concept()) == null
                                && document.find(StatementKind.parse(option.statement()), option.concept(),
                                        DocumentTables.periodAt(table.period(column), option.at()), table) != null;
                if (reported) {
                    return option;
                }
            }
            return choice.options().get(choice.options().size() - 1);
        }

        /**
         * The items of the section that the total closes, those above it at its level up to the
         * section's header or the total before, less the rows the identity names elsewhere.
         */
        private BoundExpr bindOthers(Expr.Others others) {
            StatementRow total = convention.row(table, others.total(), column);
            int header = total == null ? -1 : sectionHeader(total);
            if (total == null || total.role() != dev.crossfoot.model.RowRole.TOTAL || header < 0) {
                // Without a section there are no "other lines of it" to speak of: the rule does not apply.
                untied = true;
                return new BoundExpr.Constant(Interval.ZERO, "0");
            }
            java.util.Set<StatementRow> named = new java.util.HashSet<>();
            collectNamedRows(rule.left(), named);
            collectNamedRows(rule.right(), named);
            List<Term> terms = new ArrayList<>();
            for (StatementRow row : lines.between(header, total.index(), sectionsByNumbers)) {
                if (named.contains(row)) {
                    continue;
                }
                Term term = convention.term(table, row, column, convention.sign(row.concept()));
                if (term != null) {
                    terms.add(term);
                }
            }
            return BoundExpr.sum(terms);
        }

        /** The header that opens the section a total closes: the nearest header above it and shallower, or −1. */
        private int sectionHeader(StatementRow total) {
            for (int i = total.index() - 1; i >= 0; i--) {
                StatementRow row = table.rows().get(i);
                if (row.depth() < total.depth()) {
                    return row.role() == dev.crossfoot.model.RowRole.HEADER ? i : -1;
                }
            }
            return -1;
        }

        private void collectNamedRows(Expr expr, java.util.Set<StatementRow> named) {
            if (expr instanceof Expr.Ref ref && ref.statement() == null) {
                StatementRow row = convention.row(table, ref.concept(), column);
                if (row != null) {
                    named.add(row);
                }
            } else if (expr instanceof Expr.FirstOf choice) {
                collectNamedRows(firstReported(choice), named);
            } else if (expr instanceof Expr.Binary binary) {
                collectNamedRows(binary.left(), named);
                collectNamedRows(binary.right(), named);
            } else if (expr instanceof Expr.Negate negate) {
                collectNamedRows(negate.operand(), named);
            }
        }

        /**
         * The lines between two rows, each with its sign. Given the result the identity has reached
         * at the first row ({@code soFar}), a line that states the result so far in this column
         * ("Income before cumulative effect of accounting change" after the tax line, "Loss of parent
         * company" before the equity in its subsidiaries' earnings) is a running subtotal: counting
         * it would add the result twice, so it is left out. A misread subtotal no longer states the
         * result, stays in, and shows in the failure.
         */
        private BoundExpr bindLines(String fromConcept, String toConcept, boolean byEffect, BoundExpr soFar) {
            boolean runOn = fromConcept.equals(runOnFrom(rule));
            StatementRow from = runOn ? runOnStart(table, convention, rule, column) : convention.row(table, fromConcept);
            StatementRow to = from == null ? null
                    : runOn ? convention.row(table, toConcept, column) : convention.rowBelow(table, toConcept, from.index());
            if (from == null || to == null || from.index() >= to.index()) {
                // A result is shown below what it is computed from: net income at the head of a
                // statement of comprehensive income opens that statement, it is not run down to from
                // the tax lines of other comprehensive income below it.
                untied = true;
                return new BoundExpr.Constant(Interval.ZERO, "0");
            }
            List<Term> terms = new ArrayList<>();
            int first = fromTop && !byEffect && from.role() == dev.crossfoot.model.RowRole.TOTAL ? -1 : from.index();
            List<StatementRow> between = lines.between(first, to.index(), sectionsByNumbers);
            java.util.Set<String> computedLater = order.below(toConcept);
            if (between.stream().anyMatch(row -> row.concept() != null && computedLater.contains(row.concept()))) {
                // A line of what is computed from the result lies between its inputs and it (net
                // income between operating income and income before taxes): the rows are not in
                // the statement's order, and the lines between say nothing of the identity.
                untied = true;
                return new BoundExpr.Constant(Interval.ZERO, "0");
            }
            if (between.isEmpty() && (!byEffect || soFar instanceof BoundExpr.Leaf start && start.term().row() == from)) {
                // One result right under another ("Operating income", then "Earnings before income
                // taxes"; "Total current assets", then "Total assets"): the table lists results, not
                // the lines between them (a summary in the discussion), so the identity has nothing
                // to add them up from.
                untied = true;
                return new BoundExpr.Constant(Interval.ZERO, "0");
            }
            List<StatementRow> counted = withNestedResults(lines.counted(first, to.index(), sectionsByNumbers));
            if (first < 0) {
                counted = counted.stream().filter(row -> row != from).toList();
            }
            // A line whose sign convention the table settles (a tax provision) keeps it; the others
            // count, under income_effect, as their labels say.
            Map<StatementRow, Integer> effects = byEffect
                    ? lines.effects(from.index(), to.index(), sectionsByNumbers, presentation) : Map.of();
            Interval running = valueOf(soFar);
            java.util.Set<String> deductedConcepts = deductedConcepts();
            for (StatementRow row : counted) {
                boolean settled = row.concept() != null && convention.settles(row.concept());
                int sign = settled || !byEffect ? convention.sign(row.concept()) : effects.getOrDefault(row, 1);
                if (settled && byEffect && deductedConcepts.contains(row.concept())) {
                    // Another row of what the identity subtracts ("Deferred income taxes" under
                    // "Current income taxes"): subtracted like it.
                    sign = -sign;
                }
                Term term = convention.term(table, row, column, sign);
                if (term == null) {
                    continue;
                }
                if (running != null && term.readable() && soFar != null) {
                    boolean restates = term.amount().interval().intersects(running);
                    if (runningResults == null) {
                        if (restated.isEmpty()) {
                            restated = new java.util.IdentityHashMap<>();
                        }
                        restated.put(row, restates);
                    }
                    if (restates && (runningResults == null || runningResults.contains(row) || dev.crossfoot.understand.Lexicon.current()
                            .matches(dev.crossfoot.understand.Cue.RESULT_SO_FAR, row.normalLabel()))) {
                        continue;
                    }
                }
                terms.add(term);
                running = running == null || !term.readable() ? null : running.plus(term.interval());
            }
            return BoundExpr.sum(terms);
        }

        /**
         * The lines with each nested result counted once: a line of a concept the identity itself
         * subtracts (an income tax) between an amount and what is left of it ("Earnings from
         * discontinued operations before income taxes", "Income tax expense", "Earnings from
         * discontinued operations") repeats the identity within its lines, and the result
         * stands for the three, where it is the amount less the deduction in every column.
         */
        private List<StatementRow> withNestedResults(List<StatementRow> lines) {
            java.util.Set<String> deductedConcepts = deductedConcepts();
            List<StatementRow> kept = new ArrayList<>(lines);
            for (int i = 1; i + 1 < kept.size(); i++) {
                StatementRow deduction = kept.get(i);
                if (deduction.concept() == null || !deductedConcepts.contains(deduction.concept())) {
                    continue;
                }
                // The amount is the line right above the deduction. A run of lines above it
                // ("Income (loss) from discontinued operations", "Gain on sale", their tax, then
                // the result net of taxes) was tried: collapsed unchecked, an error in one of its
                // lines went unseen (injected-error recall and blame fell by about a point), so it
                // waits for the nested identity to be a check of its own.
                if (isAmountLess(kept.subList(i - 1, i), deduction, kept.get(i + 1))) {
                    kept.subList(i - 1, i + 1).clear();
                    i = i - 1;
                }
            }
            return kept;
        }

        /** The concepts the identity subtracts: a line of one among the lines it runs through is subtracted too. */
        private java.util.Set<String> deductedConcepts() {
            List<Expr.Ref> deducted = new ArrayList<>();
            collectDeducted(rule.right(), false, deducted);
            String start = runOnFrom(rule);
            if (start != null) {
                // A result run on from a stated result ("net income from continuing operations",
                // then the discontinued lines) meets the same nested identity as the rule that
                // computes that result: "... before income taxes", "Income tax expense", the result.
                order.computing(start).forEach(computing -> collectDeducted(computing.right(), false, deducted));
            }
            java.util.Set<String> concepts = new java.util.HashSet<>();
            deducted.forEach(ref -> concepts.add(ref.concept()));
            return concepts;
        }

        /**
         * Whether {@code result} is {@code amount} less {@code deduction} (as a cost, or as shown)
         * in most columns that show all three (every one, in a table of one or two): one wrong cell
         * then breaks its own column, not the reading.
         */
        private boolean isAmountLess(List<StatementRow> amount, StatementRow deduction, StatementRow result) {
            int compared = 0;
            int asCost = 0;
            int asShown = 0;
            for (int c = 0; c < table.width(); c++) {
                Interval a = Interval.ZERO;
                for (StatementRow line : amount) {
                    dev.crossfoot.model.Amount part = line.amount(c);
                    a = part == null || a == null ? null : a.plus(part.interval());
                }
                dev.crossfoot.model.Amount d = deduction.amount(c);
                dev.crossfoot.model.Amount r = result.amount(c);
                if (a == null || d == null || r == null) {
                    continue;
                }
                compared++;
                asCost += a.plus(d.interval().negate()).intersects(r.interval()) ? 1 : 0;
                asShown += a.plus(d.interval()).intersects(r.interval()) ? 1 : 0;
            }
            int needed = compared <= 2 ? compared : compared / 2 + 1;
            return compared > 0 && (asCost >= needed || asShown >= needed);
        }

        /** The interval a bound side stands for, or null when a cell of it is unreadable or a divisor may be zero. */
        private static Interval valueOf(BoundExpr side) {
            if (side == null) {
                return null;
            }
            List<Term> used = new ArrayList<>();
            side.collectTerms(used);
            for (Term term : used) {
                if (!term.readable()) {
                    return null;
                }
            }
            return side.evaluate(Map.of());
        }

        private BoundExpr bindElsewhere(Expr.Ref ref) {
            StatementRow own = rule.left() instanceof Expr.Ref left && left.statement() == null
                    ? DocumentTables.rowOf(table, left.concept(), column) : null;
            Period at = DocumentTables.periodAt(table.period(column), ref.at());
            DocumentTables.Located found = document.find(StatementKind.parse(ref.statement()), ref.concept(), at, table,
                    own == null ? null : own.label());
            Term term = found == null ? null : Term.at(found.table(), found.row(), found.column(), 1);
            if (term == null) {
                // Not reported there, or only as a ratio (a percentage in a line of money): nothing to tie to.
                if (!ref.optional()) {
                    untied = true;
                }
                return new BoundExpr.Constant(Interval.ZERO, "0");
            }
            // The other rows there that report the concept, and the statements the titles rank alike with it (as much
            // the one tied to: a failure they explain is ambiguous, never an error), are looked for only where the tie
            // fails ({@link #tiedElsewhere}, {@link #tiedInRivals}).
            if (tiedTo.isEmpty()) {
                tiedTo = new ArrayList<>(2);
            }
            tiedTo.add(new Tie(term, found, ref.concept(), at));
            return new BoundExpr.Leaf(term);
        }

        /**
         * The cells of another statement tied to, each with the other rows there that report its concept differently
         * (readable ones, in the statement's order; a cell tied twice has the rows of each tie): what a failed tie asks.
         */
        Map<Term, List<Term>> tiedElsewhere() {
            Map<Term, List<Term>> tied = Map.of();
            for (Tie tie : tiedTo) {
                for (StatementRow other : DocumentTables.otherRowsOf(tie.found(), tie.concept())) {
                    Term alternative = Term.at(tie.found().table(), other, tie.found().column(), 1);
                    if (alternative != null && alternative.readable()) {
                        if (tied.isEmpty()) {
                            tied = new java.util.LinkedHashMap<>();
                        }
                        tied.computeIfAbsent(tie.term(), key -> new ArrayList<>()).add(alternative);
                    }
                }
            }
            return tied;
        }

        /**
         * The cells of another statement tied to, each with (found when asked) the cells of the statements ranked alike
         * with it ({@link DocumentTables#rankedAlike}) where the last tie to it found them; in the order first tied.
         */
        Map<Term, java.util.function.Supplier<List<Term>>> tiedInRivals() {
            Map<Term, java.util.function.Supplier<List<Term>>> tied = new java.util.LinkedHashMap<>();
            for (Tie tie : tiedTo) {
                tied.put(tie.term(), () -> {
                    List<Term> alternatives = new ArrayList<>();
                    for (DocumentTables.Located rival : document.rankedAlike(tie.found(), tie.concept(), tie.at(), table)) {
                        Term alternative = Term.at(rival.table(), rival.row(), rival.column(), 1);
                        if (alternative != null && alternative.readable()) {
                            alternatives.add(alternative);
                        }
                    }
                    return alternatives;
                });
            }
            return tied;
        }

        private BoundExpr absent(Expr.Ref ref, String why) {
            if (!ref.optional() && missing == null) {
                missing = why;
            }
            return new BoundExpr.Constant(Interval.ZERO, "0");
        }
    }
}
