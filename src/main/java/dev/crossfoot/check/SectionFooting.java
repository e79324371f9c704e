package dev.crossfoot.check;

import dev.crossfoot.model.Measure;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Hierarchy;

import java.util.ArrayList;
import java.util.List;

/**
 * Structural footing: a section's items add up to the row that totals them. Needs no concepts,
 * so it runs on every table in any language. Which rows a total adds up:
 * <ul>
 *   <li>walking back from the total at its own level, every item; a headed subsection counts
 *       once, as its own total; a previous total at the same level is a running total that
 *       already holds everything before it, so the walk stops there;</li>
 *   <li>a row that directly follows deeper rows that no header owns is their subtotal
 *       ("Cost of revenue" after its product and service lines).</li>
 * </ul>
 * Percentages and per-share amounts are never footed: they do not add.
 */
final class SectionFooting {

    /**
     * The most lines a subtotal marked only by its indent (lost) is looked for over: such runs are
     * short, and looking further back from every line made footing a long table cubic.
     */
    private static final int MAX_IMPLICIT_PARTS = 30;

    /** A total whose label ends in a dash heads the lines below it ("Total Retail Sales-"). */
    private static final java.util.regex.Pattern ENDS_IN_DASH = java.util.regex.Pattern.compile(".*[-–—]$");
    /** "Debt / net income": a ratio of two lines, named by both. */
    private static final java.util.regex.Pattern RATIO_SLASH = java.util.regex.Pattern.compile("\\s*/\\s*");

    private final Rule rule;

    SectionFooting(Rule rule) {
        this.rule = rule;
    }

    /**
     * The footing of each line footed, at most one check a column. Which lines reach a reading is bounded by
     * {@link DepthCue#mostEvidence} (a table's other reading is skipped by it): a line of a new kind footed here goes there too.
     */
    List<EvaluatedCheck> check(StatementTable table) {
        List<EvaluatedCheck> checks = new ArrayList<>();
        List<StatementRow> rows = table.rows();
        FootingRows rowsOf = FootingRows.of(table);
        boolean totalsAbove = rowsOf.inferred() && totalsAboveTheirLines(table);
        // The table's comprehensive income columns, worked out when a roll-forward first asks.
        List<Integer> comprehensiveIncome = null;
        for (int t = 0; t < rows.size(); t++) {
            StatementRow total = rows.get(t);
            if (total.measure() == Measure.PER_SHARE && total.role() == RowRole.TOTAL && total.row().totalOf() == null) {
                checks.addAll(footPerShare(table, t));
                continue;
            }
            if (!rowsOf.additive(total) || total.role() == RowRole.HEADER) {
                continue;
            }
            if (total.row().totalOf() != null) {
                checks.addAll(footAsGiven(table, t));
                continue;
            }
            if (NetLines.isNetLine(rows, t)) {
                checks.addAll(footNetLine(table, t));
                continue;
            }
            boolean heading = rowsOf.inferred() && total.role() == RowRole.TOTAL && Hierarchy.isHeadingTotal(total.label());
            int spanned = heading || total.role() != RowRole.TOTAL ? -1 : spannedFrom(rows, t);
            List<StatementRow> addends = heading ? linesUnder(rows, t)
                    : spanned >= 0 ? grandTotalLines(rows, spanned, t, false)
                    : closesDeeperRun(rows, t) ? deeperRun(rows, t)
                    : total.role() == RowRole.TOTAL ? walkBack(rows, t) : List.of();
            List<StatementRow> uncollapsed = addends;
            addends = NetLines.counted(table, addends);
            List<StatementRow> below = totalsAbove && total.role() == RowRole.TOTAL ? linesBelow(rows, t) : List.of();
            if (below.size() >= 2) {
                // The layout prints totals above their lines: the lines below are the reading, and
                // the lines above (the previous total's) only another.
                List<StatementRow> above = addends;
                addends = below;
                below = above;
            } else {
                below = List.of();
            }
            if (addends.isEmpty() || addends.stream().anyMatch(row -> !rowsOf.additive(row)) || isRatioOf(total, addends)) {
                continue;
            }
            boolean inferred = rowsOf.inferred();
            boolean rollForward = inferred && (Hierarchy.isBalanceLabel(total.label()) || RollForward.isRunningBalance(table, t));
            List<StatementRow> sinceOpening = rollForward ? RollForward.movementsSince(table, t) : List.of();
            List<List<StatementRow>> enclosing = List.of();
            boolean innerShown = false;
            if (inferred && sinceOpening.isEmpty() && addends.size() == 1 && addends.get(0).role() == RowRole.TOTAL) {
                // A total right under another total, nothing in between: not a sum of one line. Either
                // two totals side by side (operating, investing, financing cash), or the total of
                // the section enclosing the one above; only the numbers can tell.
                enclosing = enclosingReadings(rows, t);
                if (enclosing.isEmpty()) {
                    continue;
                }
                addends = enclosing.get(0);
                innerShown = innerSectionShown(rows, t);
            }
            if (rollForward) {
                addends = sinceOpening.isEmpty() ? sinceOpeningBalance(addends) : NetLines.counted(table, sinceOpening);
            }
            List<List<StatementRow>> alternatives = new ArrayList<>(rollForward ? List.of()
                    : spanned >= 0 ? (inferred ? grandTotalLinesByNumbers(table, spanned, t, addends) : List.of())
                    : inferred ? inferredReadings(table, rows, t, addends) : List.of());
            if (enclosing.size() > 1) {
                alternatives.addAll(enclosing.subList(1, enclosing.size()));
            }
            if (inferred && spanned < 0 && !heading && total.role() == RowRole.TOTAL) {
                // "Total liabilities and shareholders' equity" where no "Total liabilities" is shown:
                // the side's sections after the total of assets, read by their layout and by their
                // numbers, are readings like the others (Open Text's minority interest between its
                // long-term liabilities and its equity).
                int side = sideOfUnshownFirstSection(rows, t);
                if (side >= 0) {
                    alternatives.add(NetLines.counted(table, grandTotalLines(rows, side, t, false)));
                    alternatives.addAll(grandTotalLinesByNumbers(table, side, t, alternatives.get(alternatives.size() - 1)));
                }
            }
            if (inferred && !rollForward && !heading && spanned < 0 && total.role() == RowRole.TOTAL
                    && LineKinds.ofTotal(total) == LineKinds.Kind.BALANCE) {
                // A total of balances may close every section above it, each counted once by its own
                // total ("Total assets" under the current assets, "Long-term investments, total",
                // "Property, plant and equipment, net, total" and the lines after): a reading like
                // the others, the last in rank, taken where it holds in more columns. Below the total
                // of assets, its sections start after it ("Total liabilities" over the financing,
                // trading and other payables, each closed by its total).
                List<StatementRow> fromTop = Sections.linesBetween(rows, totalOfAssetsAbove(rows, t), t, true);
                if (fromTop.size() >= 2 && !fromTop.equals(uncollapsed) && fromTop.stream().anyMatch(row -> row.role() == RowRole.TOTAL)) {
                    alternatives.add(fromTop);
                }
            }
            if (rollForward && !sinceOpening.isEmpty()) {
                List<StatementRow> byLines = RollForward.movementsSinceByTheirLines(table, t);
                if (!byLines.isEmpty()) {
                    alternatives.add(NetLines.counted(table, byLines));
                }
                if (addends.size() >= 3) {
                    // A component that does not roll forward: the comprehensive income column of an
                    // equity statement, whose "ending balance" is the period's net income and other
                    // comprehensive income, its "beginning balance" the year before's.
                    alternatives.add(addends.subList(1, addends.size()));
                }
            }
            List<List<StatementRow>> asGross = new ArrayList<>();
            asGross.add(NetLines.countedAsGross(table, uncollapsed));
            alternatives.forEach(reading -> asGross.add(NetLines.countedAsGross(table, reading)));
            alternatives.replaceAll(reading -> NetLines.counted(table, reading));
            // A net line may also count by the amount it is net of: "Total comprehensive income"
            // adds the consolidated "Net income (loss)" above "Net loss attributable to Fannie
            // Mae", the part of the noncontrolling interest included. A reading like the others.
            for (List<StatementRow> reading : asGross) {
                if (!reading.isEmpty() && !reading.equals(addends) && !alternatives.contains(reading)) {
                    alternatives.add(reading);
                }
            }
            if (inferred && !rollForward) {
                // A flow total ("Total comprehensive income" in an equity column) adds movements,
                // never the balance they start from.
                addends = RollForward.afterLastBalance(addends);
                alternatives.replaceAll(RollForward::afterLastBalance);
                alternatives.removeIf(List::isEmpty);
                if (addends.isEmpty()) {
                    continue;
                }
            }
            if (!below.isEmpty()) {
                alternatives.add(0, below);
            } else if (totalsAbove && total.role() == RowRole.TOTAL && !heading) {
                List<StatementRow> opening = openingTotals(rows, t);
                if (opening.size() >= 2 && opening.stream().allMatch(rowsOf::additive)) {
                    alternatives.add(0, opening);
                }
            }
            if (inferred) {
                alternatives = withImplicitSubtotals(table, addends, alternatives);
                for (List<StatementRow> reading : LinesShownTwice.readings(addends)) {
                    if (!alternatives.contains(reading)) {
                        alternatives.add(reading);
                    }
                }
            }
            List<StatementRow> memberLines = MemberLines.under(rows, t, addends);
            if (!memberLines.isEmpty()) {
                List<StatementRow> withMembers = new ArrayList<>(addends);
                withMembers.addAll(memberLines);
                alternatives.add(withMembers);
            }
            // Rows listed once per year in a column of years: a total adds the rows of its year.
            addends = YearKeys.ofYear(table, total, addends);
            alternatives.replaceAll(reading -> YearKeys.ofYear(table, total, reading));
            // A total that names a balance (assets) is no sum of flows (revenues, earnings), nor
            // the net cash of an activity a sum of balances: readings that mix them are dropped.
            boolean standsAlone = false;
            LineKinds.Mixing mixing = inferred && !rollForward ? new LineKinds.Mixing(total) : null;
            if (mixing != null && mixing.mixes(addends)) {
                List<List<StatementRow>> fitting = alternatives.stream()
                        .filter(reading -> !mixing.mixes(reading)).toList();
                standsAlone = fitting.isEmpty();
                if (!standsAlone) {
                    addends = fitting.get(0);
                    alternatives = new ArrayList<>(fitting.subList(1, fitting.size()));
                }
            } else if (mixing != null) {
                alternatives.removeIf(mixing::mixes);
            }
            if (!enclosing.isEmpty()) {
                // A reading left with the total above alone (the lines before it were an opening
                // balance) is two totals side by side again, not a sum.
                alternatives.removeIf(SectionFooting::onlyATotal);
                if (onlyATotal(addends)) {
                    if (alternatives.isEmpty()) {
                        continue;
                    }
                    addends = alternatives.remove(0);
                }
            }
            // A total over one line that differs from it, with no longer reading of the rows above:
            // its lines are not in the table as read.
            boolean singleLine = inferred && !heading && addends.size() == 1
                    && alternatives.stream().allMatch(reading -> reading.size() <= 1);
            // A closing balance whose opening the table shows is read as the roll-forward, whatever precedes it.
            boolean followsTotal = inferred && sinceOpening.isEmpty() && t > 0 && (rows.get(t - 1).role() == RowRole.TOTAL || closesLinesAbove(table, t - 1));
            boolean grossOfNet = inferred && total.role() == RowRole.TOTAL && grossOfNetBelow(table, t);
            boolean namedTotal = inferred && namedAsItsConceptsTotal(total);
            List<Integer> columns = footedColumns(table);
            if (rollForward) {
                // An equity statement's comprehensive income column states the period's comprehensive
                // income on its balance rows: it does not roll forward, and is no component to foot.
                if (comprehensiveIncome == null) {
                    comprehensiveIncome = ColumnFooting.comprehensiveIncomeColumns(table);
                }
                List<Integer> results = comprehensiveIncome;
                for (int c : results) {
                    if (columns.contains(c) && Term.at(table, total, c, 1) != null) {
                        checks.add(EvaluatedCheck.notEvaluated(rule, table, c, "'" + total.label().strip() + "' in the column of"
                                + " comprehensive income states the period's comprehensive income, not a balance: it does not roll forward"));
                    }
                }
                columns = columns.stream().filter(c -> !results.contains(c)).toList();
            }
            if (standsAlone) {
                for (int c : columns) {
                    if (Term.at(table, total, c, 1) != null) {
                        checks.add(EvaluatedCheck.notEvaluated(rule, table, c, "'" + total.label() + "' names a "
                                + (LineKinds.ofTotal(total) == LineKinds.Kind.BALANCE ? "balance" : "flow")
                                + " and every reading of the rows above it holds lines it cannot (of the other kind,"
                                + " or another activity's net cash): it stands on its own"));
                    }
                }
                continue;
            }
            List<ReadingChoice.Candidate> candidates = candidates(table, total, addends, alternatives, inferred, t);
            List<Integer> withoutParts = columns.stream().filter(c -> partsNotShown(table, total, candidates, c)).toList();
            if (!withoutParts.isEmpty()) {
                columns = columns.stream().filter(c -> !withoutParts.contains(c)).toList();
                for (int c : withoutParts) {
                    checks.add(EvaluatedCheck.notEvaluated(rule, table, c, "every line above '" + total.label().strip()
                            + "' is a dash in this column and it is not: the column does not show its parts"));
                }
            }
            java.util.function.Supplier<List<ReadingChoice.Candidate>> reversed = !inferred ? List::of
                    : () -> candidates.stream().filter(c -> c.lines().stream().noneMatch(c.deducted()))
                            .flatMap(c -> ReversedSigns.readings(table, c.lines()).stream())
                            .map(reading -> candidate(table, total, reading.lines(), reading.deducted()::contains)).toList();
            for (EvaluatedCheck check : ReadingChoice.choose(rule, table, total, candidates, columns, !inferred, reversed)) {
                // A layout that may hide what a total adds (a heading over its main parts, a total
                // right under another) excuses a failure only where no column shows the reading
                // holds: where the other columns hold it, the one that breaks it is a wrong cell.
                boolean unsupported = check.status() == dev.crossfoot.model.CheckStatus.FAILED && check.reading().held() == 0;
                if (namedTotal && unsupported) {
                    check = notEvaluated(check, "'" + total.label().strip() + "' is named as the total of its own concept, and no"
                            + " reading of the rows above adds up to it in any column: the table need not show its parts");
                } else if (heading && unsupported) {
                    check = notEvaluated(check, "'" + total.label() + "' heads the lines below it, "
                            + "which do not add up to it: a heading may list only the main parts of its total");
                } else if (singleLine && unsupported) {
                    check = notEvaluated(check, "'" + total.label() + "' follows a single line that "
                            + "differs from it and no other reading of the rows above matches: the layout does not show its lines");
                } else if (grossOfNet && unsupported) {
                    check = notEvaluated(check, "'" + total.label() + "' is the amount '" + rows.get(t + 2).label()
                            + "' below it is net of, and no sum of the rows above it matches: the table does not show its parts");
                } else if (!enclosing.isEmpty() && !innerShown && check.status() == dev.crossfoot.model.CheckStatus.FAILED
                        && check.reading().held() * 2 <= check.reading().compared() && !onlyReadingOfTwoColumns(check.reading())) {
                    // Which lines a total right under another adds, only the numbers say. Where the
                    // lines of the total above it do not add up to it in every column, a reading
                    // that fails in as many columns as it holds has not said it — unless, of two
                    // columns, it holds in one and no other reading holds in any: there one wrong
                    // cell leaves no majority.
                    check = notEvaluated(check, "'" + total.label().strip() + "' stands right under another total and the"
                            + " reading of what it adds holds in no more columns than it fails: "
                            + check.reading().summary());
                } else if (followsTotal && unsupported) {
                    check = notEvaluated(check, "'" + total.label() + "' directly follows another "
                            + "total (or a line that adds up the lines above it) and no sum of the rows above it matches: "
                            + "the layout does not show what it totals");
                }
                checks.add(check);
            }
        }
        return checks;
    }

    /** A reading that holds in one of two columns where no other reading holds in either. */
    private static boolean onlyReadingOfTwoColumns(Reading reading) {
        return reading.compared() == 2 && reading.held() == 1 && reading.runnerUpHeld() == 0;
    }

    /** Whether the line is a total only by being named the total of its own concept ("…, net, total"). */
    private static boolean namedAsItsConceptsTotal(StatementRow total) {
        dev.crossfoot.understand.Lexicon lexicon = dev.crossfoot.understand.Lexicon.current();
        String label = total.normalLabel();
        return lexicon.matches(dev.crossfoot.understand.Cue.NAMED_TOTAL, label) && !lexicon.matches(dev.crossfoot.understand.Cue.TOTAL, label);
    }

    /**
     * Whether the total is the amount a net line two rows below is net of: "Total other-than-temporary
     * impairment losses", "Portion recognized in other comprehensive income", "Net impairment losses
     * recognized in earnings" — a gross figure whose parts the statement does not show. The net line
     * says so by its label, and the figures by agreeing (the gross amount plus or less the line
     * between) in every column where the three have one, one column at least.
     */
    private static boolean grossOfNetBelow(StatementTable table, int t) {
        List<StatementRow> rows = table.rows();
        if (t + 2 >= rows.size() || rows.get(t + 1).role() != RowRole.ITEM || rows.get(t + 2).role() == RowRole.HEADER) {
            return false;
        }
        StatementRow net = rows.get(t + 2);
        return NetLines.namesNet(net) && Sections.netOfInEveryColumn(rows.get(t), rows.get(t + 1), net);
    }

    /**
     * The net line of an amount less a deduction (see {@link NetLines}): whichever reading of the
     * lines above it holds, and when none does, the one that comes closest.
     */
    private List<EvaluatedCheck> footNetLine(StatementTable table, int t) {
        List<EvaluatedCheck> checks = new ArrayList<>();
        StatementRow net = table.rows().get(t);
        List<List<StatementRow>> readings = NetLines.readings(table.rows(), t);
        FootingRows rowsOf = FootingRows.of(table);
        if (!rowsOf.additive(net) || readings.stream().flatMap(List::stream).anyMatch(row -> !rowsOf.additive(row))) {
            return checks;
        }
        List<ReadingChoice.Candidate> candidates = new ArrayList<>();
        for (List<StatementRow> reading : readings) {
            StatementRow deduction = reading.get(reading.size() - 1);
            for (boolean subtract : new boolean[] {true, false}) {
                candidates.add(new ReadingChoice.Candidate(reading, row -> subtract && row == deduction, c -> {
                    Term reported = Term.at(table, net, c, 1);
                    BoundExpr identity = reported == null ? null : NetLines.identity(table, reading, c, subtract);
                    return identity == null ? null : EvaluatedCheck.of(rule, table, c, reported, identity);
                }));
            }
        }
        checks.addAll(ReadingChoice.choose(rule, table, net, candidates, footedColumns(table), !rowsOf.inferred()));
        return checks;
    }

    /**
     * A total whose input names the rows it adds ({@code total_of}, like an XBRL calculation arc):
     * the one reading, taken as given and checked in every column.
     */
    private List<EvaluatedCheck> footAsGiven(StatementTable table, int t) {
        StatementRow total = table.rows().get(t);
        List<StatementRow> lines = new ArrayList<>();
        java.util.Set<StatementRow> deducted = new java.util.HashSet<>();
        for (dev.crossfoot.model.TotalPart part : total.row().totalOf()) {
            StatementRow line = table.rows().get(part.row());
            lines.add(line);
            if (part.weight() < 0) {
                deducted.add(line);
            }
        }
        return ReadingChoice.choose(rule, table, total, List.of(candidate(table, total, lines, deducted::contains)),
                footedColumns(table), true);
    }

    /**
     * A total of amounts per share adds the per-share lines right above it: earnings per share from
     * continuing and discontinued operations add up to net earnings per share, each over the same
     * shares, within the rounding of each. Only such a run counts (items per share, back to a header,
     * another total or a line of another measure); per-share lines never join a total of money.
     */
    private List<EvaluatedCheck> footPerShare(StatementTable table, int t) {
        List<StatementRow> rows = table.rows();
        List<StatementRow> lines = new ArrayList<>();
        for (int i = t - 1; i >= 0; i--) {
            StatementRow row = rows.get(i);
            if (row.role() != RowRole.ITEM || row.measure() != Measure.PER_SHARE) {
                break;
            }
            lines.add(0, row);
        }
        if (lines.size() < 2) {
            return List.of();
        }
        return ReadingChoice.choose(rule, table, rows.get(t), List.of(candidate(table, rows.get(t), lines, line -> false)),
                footedColumns(table), false);
    }

    /** The columns a total is footed in: every column but those that compare others (changes, percentages of change). */
    private static List<Integer> footedColumns(StatementTable table) {
        List<Integer> columns = new ArrayList<>();
        for (int c = 0, width = table.width(); c < width; c++) {
            if (!ComparisonColumns.contains(table, c)) {
                columns.add(c);
            }
        }
        return columns;
    }

    /**
     * The readings of a total in the order of their cues: the lines its section shows, the other
     * readings the layout allows, then, for a table whose structure is inferred, the same readings
     * with "Less:" lines deducted and the deductions its labels name.
     */
    private List<ReadingChoice.Candidate> candidates(StatementTable table, StatementRow total, List<StatementRow> addends,
                                                     List<List<StatementRow>> alternatives, boolean inferred, int t) {
        List<ReadingChoice.Candidate> candidates = new ArrayList<>();
        List<List<StatementRow>> readings = new ArrayList<>();
        readings.add(addends);
        readings.addAll(alternatives);
        for (List<StatementRow> reading : readings) {
            candidates.add(candidate(table, total, reading, row -> false));
        }
        if (!inferred) {
            return candidates;
        }
        FootingRows rowsOf = FootingRows.of(table);
        for (List<StatementRow> reading : readings) {
            if (reading.stream().anyMatch(rowsOf::deducted)) {
                candidates.add(candidate(table, total, reading, rowsOf::deducted));
            } else if (reading.stream().anyMatch(rowsOf::less)) {
                candidates.add(candidate(table, total, reading, rowsOf::less));
            }
        }
        for (Deductions.Reading deduction : Deductions.readings(table.rows(), t)) {
            candidates.add(candidate(table, total, deduction.lines(), deduction.deducted()::contains));
        }
        return candidates;
    }

    private ReadingChoice.Candidate candidate(StatementTable table, StatementRow total, List<StatementRow> lines,
                                              java.util.function.Predicate<StatementRow> deducted) {
        return new ReadingChoice.Candidate(lines, deducted, c -> footColumn(table, total, lines, c, deducted));
    }

    /**
     * Whether, in this column, every line of the total's section is a dash (two at least) while
     * the total states a figure, and no reading adds up to it there: the column does not break the
     * total down ("Number of securities remaining available" given by plan, not by instrument), so
     * it has no vote.
     */
    private static boolean partsNotShown(StatementTable table, StatementRow total, List<ReadingChoice.Candidate> candidates, int column) {
        Term reported = Term.at(table, total, column, 1);
        if (reported == null || !reported.readable() || reported.amount().value().signum() == 0) {
            return false;
        }
        // The lines of the section as laid out (the first, best-cued reading): a reading that
        // reaches past the total above into other figures is no sign that this column shows parts.
        List<StatementRow> lines = candidates.isEmpty() ? List.of() : candidates.get(0).lines();
        return lines.size() >= 2 && lines.stream()
                .allMatch(line -> line.cell(column).text().chars().noneMatch(Character::isDigit))
                && candidates.stream().map(candidate -> candidate.footing().apply(column))
                .noneMatch(check -> check != null && check.status() == dev.crossfoot.model.CheckStatus.PASSED);
    }

    private static EvaluatedCheck notEvaluated(EvaluatedCheck check, String why) {
        return new EvaluatedCheck(check.rule(), check.table(), check.column(), null, null, check.tolerance(),
                dev.crossfoot.model.CheckStatus.NOT_EVALUATED, why, check.reading());
    }

    /**
     * A grand total that joins sections ("Total liabilities and equity", "Total liabilities,
     * redeemable noncontrolling interests and equity") starts at the total of the first section it
     * names: the row of that total above it, or -1. Such a total is no section's total: the equity
     * lines right above it are only its last part.
     */
    private static int spannedFrom(List<StatementRow> rows, int t) {
        java.util.Optional<java.util.regex.MatchResult> spanning = dev.crossfoot.understand.Lexicon.current()
                .find(dev.crossfoot.understand.Cue.SPANNING_TOTAL, rows.get(t).normalLabel());
        if (spanning.isEmpty()) {
            return sideFrom(rows, t);
        }
        String first = spanning.get().group(1).strip();
        for (int i = t - 1; i >= 0; i--) {
            if (rows.get(i).role() == RowRole.TOTAL && rows.get(i).normalLabel().equals(first)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a grand total that joins sections names a first section no total of which is shown
     * above it, the first of the side's section totals after the total of assets, as for a total
     * naming its side ({@link #sideFrom}); -1 otherwise.
     */
    private static int sideOfUnshownFirstSection(List<StatementRow> rows, int t) {
        java.util.Optional<java.util.regex.MatchResult> spanning = dev.crossfoot.understand.Lexicon.current()
                .find(dev.crossfoot.understand.Cue.SPANNING_TOTAL, rows.get(t).normalLabel());
        return spanning.isPresent() ? sideSections(rows, t) : -1;
    }

    /**
     * A total that names its side as a whole ("Summe Passiva", "Total du passif": the lexicon's
     * {@code side-total}) and no first section: it adds the sections between the other side's total
     * (the nearest total of assets above it) and itself, read from its first section's total as a
     * spanning total is; -1 where there is no total of assets above or fewer than two totals
     * between.
     */
    private static int sideFrom(List<StatementRow> rows, int t) {
        dev.crossfoot.understand.Lexicon lexicon = dev.crossfoot.understand.Lexicon.current();
        if (rows.get(t).role() != RowRole.TOTAL || !lexicon.matches(dev.crossfoot.understand.Cue.SIDE_TOTAL, rows.get(t).normalLabel())) {
            return -1;
        }
        return sideSections(rows, t);
    }

    /** The nearest total of assets above {@code t}, or -1 (the top of the table) where there is none. */
    private static int totalOfAssetsAbove(List<StatementRow> rows, int t) {
        dev.crossfoot.understand.Lexicon lexicon = dev.crossfoot.understand.Lexicon.current();
        for (int i = t - 1; i >= 0; i--) {
            if (lexicon.matches(dev.crossfoot.understand.Cue.TOTAL_ASSETS_LINE, rows.get(i).normalLabel())) {
                return i;
            }
        }
        return -1;
    }

    /** The first of the section totals between the nearest total of assets above {@code t} and it (see {@link #sideFrom}), or -1. */
    private static int sideSections(List<StatementRow> rows, int t) {
        int other = totalOfAssetsAbove(rows, t);
        if (other < 0 || other + 1 >= t) {
            return -1;
        }
        int level = Integer.MAX_VALUE;
        for (int i = other + 1; i < t; i++) {
            level = Math.min(level, rows.get(i).depth());
        }
        List<Integer> totals = new ArrayList<>();
        for (int i = other + 1; i < t; i++) {
            if (rows.get(i).role() == RowRole.TOTAL && rows.get(i).depth() == level) {
                totals.add(i);
            }
        }
        if (totals.size() < 2) {
            return -1;
        }
        // The last section's total is the one right above; before it, a total right under another total closes the
        // sections above it ("Summe Schulden" under "Summe langfristige Schulden"): the first section. Without one,
        // the sections are the totals themselves, from the first.
        int beforeLast = totals.get(totals.size() - 2);
        return rows.get(beforeLast - 1).role() == RowRole.TOTAL && totals.contains(beforeLast - 1) ? beforeLast : totals.get(0);
    }

    /**
     * The grand total's lines with the sections among them read by their numbers: preferred stock
     * shown between total liabilities and the shareholders' equity that does not include it is a
     * line of its own where the equity lines add up without it. A reading like the others; none
     * where it gives the same lines.
     */
    private static List<List<StatementRow>> grandTotalLinesByNumbers(StatementTable table, int first, int t, List<StatementRow> byLayout) {
        List<StatementRow> lines = NetLines.counted(table, grandTotalLines(table.rows(), first, t, true));
        return lines.equals(byLayout) ? List.of() : List.of(lines);
    }

    /**
     * The first section's total and every line after it, each subsection counted once by its
     * total, with the sections read by the layout or by their numbers.
     */
    private static List<StatementRow> grandTotalLines(List<StatementRow> rows, int first, int t, boolean sectionsByNumbers) {
        List<StatementRow> lines = new ArrayList<>();
        lines.add(rows.get(first));
        lines.addAll(Sections.linesBetween(rows, first, t, sectionsByNumbers));
        return lines;
    }

    /**
     * Readings of a table without depths in which lines that add up the lines just above them
     * count once: "Family of Apps" after "Advertising" and "Other revenue", "Net current period
     * other comprehensive income" after its two parts. Such a line is a subtotal the layout marks
     * only by its indent, which is lost; it is recognised when it equals the sum of the two or more
     * lines right above it in most columns that report it (every one, in a table of one or two), so
     * no single column decides: a wrong cell in the subtotal fails its own column. Of several runs
     * the one that holds in the most columns is taken, the shortest of those.
     */
    private static List<List<StatementRow>> withImplicitSubtotals(StatementTable table, List<StatementRow> primary,
                                                                  List<List<StatementRow>> readings) {
        List<List<StatementRow>> result = new ArrayList<>();
        List<StatementRow> collapsed = collapseSubtotals(table, primary);
        if (collapsed.size() < primary.size()) {
            result.add(collapsed);
        }
        List<StatementRow> headed = collapseHeadings(table, primary);
        if (headed.size() < primary.size()) {
            result.add(headed);
        }
        List<StatementRow> restated = collapseRestatements(primary);
        if (restated.size() < primary.size()) {
            result.add(restated);
        }
        for (List<StatementRow> reading : readings) {
            result.add(reading);
            List<StatementRow> other = collapseSubtotals(table, reading);
            if (other.size() < reading.size()) {
                result.add(other);
            }
            other = collapseHeadings(table, reading);
            if (other.size() < reading.size()) {
                result.add(other);
            }
        }
        return result;
    }

    /**
     * The same reading with lines that head their parts counted once: "Surgery" 9,845 above
     * "Advanced" 4,488 and "General" 5,358, a franchise over its products, the indent lost. Such a
     * line is recognised when the two or more lines right below it add up to it in most columns
     * that report it (as for subtotals); the run that holds in the most columns, the shortest of those.
     */
    static List<StatementRow> collapseHeadings(StatementTable table, List<StatementRow> lines) {
        List<StatementRow> kept = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            StatementRow line = lines.get(i);
            kept.add(line);
            int run = 0;
            if (line.role() == RowRole.ITEM && i + 2 < lines.size() && lines.get(i + 1).role() == RowRole.ITEM) {
                int end = i + 1;
                while (end < lines.size() && lines.get(end).role() == RowRole.ITEM) {
                    end++;
                }
                run = RunSums.bestRun(table, line, lines.subList(i + 1, end), MAX_IMPLICIT_PARTS);
            }
            i += 1 + run;
        }
        return kept;
    }

    /**
     * The same reading with a line that repeats the figures of the line right above it counted
     * once: the total of a section of one line, its heading lost ("Pension and postretirement
     * benefits" (2) and "Other comprehensive loss, net of tax" (2) under a heading the data set
     * leaves out). Two lines alike in every column, two figures at least other than nil; a reading
     * like the others, so the columns choose it only where it holds in more of them.
     */
    static List<StatementRow> collapseRestatements(List<StatementRow> lines) {
        List<StatementRow> kept = new ArrayList<>();
        for (StatementRow line : lines) {
            StatementRow before = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (before != null && before.index() == line.index() - 1 && line.role() == RowRole.ITEM && before.role() == RowRole.ITEM
                    && Sections.sameFigures(before, line, 2)) {
                kept.set(kept.size() - 1, line);
            } else {
                kept.add(line);
            }
        }
        return kept;
    }

    static List<StatementRow> collapseSubtotals(StatementTable table, List<StatementRow> lines) {
        List<StatementRow> kept = new ArrayList<>();
        for (StatementRow line : lines) {
            int run = line.role() == RowRole.ITEM ? subtotalRun(table, kept, line) : 0;
            if (run > 0) {
                kept.subList(kept.size() - run, kept.size()).clear();
            }
            kept.add(line);
        }
        return kept;
    }

    /** How many of the lines just above {@code line} (two or more) it adds up in most columns, or 0. */
    private static int subtotalRun(StatementTable table, List<StatementRow> above, StatementRow line) {
        if (above.size() < 2) {
            return 0;
        }
        return RunSums.bestRunAbove(table, line, above, MAX_IMPLICIT_PARTS);
    }

    private static boolean addsUpInEveryColumn(StatementTable table, List<StatementRow> parts, StatementRow line) {
        int compared = 0;
        int width = table.width();
        for (int c = 0; c < width; c++) {
            // Looking for implicit subtotals sums runs of lines column by column: this too is work
            // the table's time budget must be able to stop.
            TimeBudget.tick();
            if (ComparisonColumns.contains(table, c)) {
                continue;
            }
            Term total = Term.at(table, line, c, 1);
            if (total == null || !total.readable()) {
                continue;
            }
            dev.crossfoot.model.Interval sum = dev.crossfoot.model.Interval.ZERO;
            boolean nonZero = false;
            for (StatementRow part : parts) {
                Term term = Term.at(table, part, c, 1);
                if (term == null) {
                    continue;
                }
                if (!term.readable()) {
                    return false;
                }
                nonZero |= term.amount().value().signum() != 0;
                sum = sum.plus(term.interval());
            }
            if (!nonZero && total.amount().value().signum() == 0) {
                continue;
            }
            if (!nonZero || !sum.intersects(total.interval())) {
                return false;
            }
            compared++;
        }
        return compared > 0;
    }

    /**
     * Whether the item at {@code line} carries a total forward: it adds up two or more of the lines
     * right above it in every column, and those lines go back to a total with nothing but items
     * between ("Free cash flow" after net cash from operating activities and capital expenditures).
     * It is a result like any total, and a total right after it has no lines of its own in view.
     * Subtotals of plain items ("Operating expense" after its three lines) are not such results:
     * the total after them adds them up.
     */
    private static boolean closesLinesAbove(StatementTable table, int line) {
        List<StatementRow> rows = table.rows();
        FootingRows rowsOf = FootingRows.of(table);
        if (rows.get(line).role() != RowRole.ITEM || !rowsOf.additive(rows.get(line))) {
            return false;
        }
        int start = line;
        while (start > 0 && rows.get(start - 1).role() != RowRole.HEADER && rowsOf.additive(rows.get(start - 1))) {
            start--;
            if (rows.get(start).role() == RowRole.TOTAL) {
                break;
            }
        }
        return line - start >= 2 && rows.get(start).role() == RowRole.TOTAL
                && subtotalRun(table, rows.subList(start, line), rows.get(line)) > 0;
    }

    /**
     * Whether the table prints totals above their lines ("Total Immunology", then its products,
     * then "Total Infectious Diseases", …): a total opens its section, that is it comes first in
     * the table, right under a header or right under another total, with items of its level right below; or its label ends in
     * a dash, a heading that carries numbers ("Total Retail Sales-"). A net cash line atop a free
     * cash flow computation opens its table too, so the lines below must add up to the opening
     * total in every column before the table is read this way.
     */
    private static boolean totalsAboveTheirLines(StatementTable table) {
        List<StatementRow> rows = table.rows();
        for (int t = 0; t < rows.size(); t++) {
            StatementRow row = rows.get(t);
            if (row.role() != RowRole.TOTAL || t + 1 >= rows.size()) {
                continue;
            }
            StatementRow next = rows.get(t + 1);
            boolean itemsBelow = next.role() == RowRole.ITEM && next.depth() == row.depth();
            boolean dash = ENDS_IN_DASH.matcher(row.label().strip()).matches();
            boolean first = t == 0 || rows.get(t - 1).role() == RowRole.HEADER && rows.get(t - 1).depth() < row.depth()
                    || rows.get(t - 1).role() == RowRole.TOTAL && rows.get(t - 1).depth() == row.depth()
                    || rows.subList(0, t).stream().allMatch(above -> above.role() == RowRole.HEADER);
            List<StatementRow> below = linesBelow(rows, t);
            if (itemsBelow && (first || dash) && below.size() >= 2 && addsUpInEveryColumn(table, below, row)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where totals stand above their lines, a total with no lines below it (the grand total at
     * the end) adds the totals above it, each of which holds the lines printed under it, and any
     * line of its section that no total above holds.
     */
    private static List<StatementRow> openingTotals(List<StatementRow> rows, int t) {
        int level = rows.get(t).depth();
        int start = t - 1;
        while (start > 0 && !(rows.get(start - 1).role() == RowRole.HEADER && rows.get(start - 1).depth() < level)) {
            start--;
        }
        List<StatementRow> lines = new ArrayList<>();
        boolean underTotal = false;
        for (int i = Math.max(start, 0); i < t; i++) {
            StatementRow row = rows.get(i);
            if (row.depth() != level || row.role() == RowRole.HEADER) {
                continue;
            }
            if (row.role() == RowRole.TOTAL) {
                lines.add(row);
                underTotal = true;
            } else if (!underTotal) {
                lines.add(row);
            }
        }
        return lines;
    }

    /** The items one level below a heading total, right under it. */
    private static List<StatementRow> linesUnder(List<StatementRow> rows, int t) {
        List<StatementRow> lines = new ArrayList<>();
        for (int i = t + 1; i < rows.size() && rows.get(i).depth() > rows.get(t).depth(); i++) {
            if (rows.get(i).depth() == rows.get(t).depth() + 1 && rows.get(i).role() == RowRole.ITEM) {
                lines.add(rows.get(i));
            }
        }
        return lines;
    }

    /** The items right below a total at its level, up to the next total, header or shallower row. */
    private static List<StatementRow> linesBelow(List<StatementRow> rows, int t) {
        List<StatementRow> lines = new ArrayList<>();
        for (int i = t + 1; i < rows.size(); i++) {
            StatementRow row = rows.get(i);
            if (row.depth() != rows.get(t).depth() || row.role() != RowRole.ITEM) {
                break;
            }
            lines.add(row);
        }
        return lines;
    }

    /**
     * A closing balance adds the movements since the last opening balance: one named as such, or
     * a balance that is no total (one right after another balance opens the next period).
     */
    private static List<StatementRow> sinceOpeningBalance(List<StatementRow> addends) {
        for (int i = addends.size() - 1; i > 0; i--) {
            StatementRow row = addends.get(i);
            if (Hierarchy.isOpeningBalance(row.label())
                    || row.role() == RowRole.ITEM && Hierarchy.isBalanceLabel(row.label())) {
                return addends.subList(i, addends.size());
            }
        }
        return addends;
    }


    /**
     * Without depths a total that follows another total is ambiguous. It may be a
     * running total ("Total liabilities" after "Total current liabilities" and the long-term
     * lines), the total of a new section ("Total current liabilities" after "Total assets"), or
     * a sum of earlier totals ("Total liabilities and equity" = "Total liabilities" + "Total
     * equity"). Any reading may hold; when none does, the one that comes closest is reported.
     */
    private static List<List<StatementRow>> otherReadings(List<StatementRow> rows, int t, List<StatementRow> running) {
        List<List<StatementRow>> readings = new ArrayList<>();
        if (running.size() > 1 && running.get(0).role() == RowRole.TOTAL) {
            readings.add(running.subList(1, running.size()));
        }
        List<StatementRow> totals = new ArrayList<>();
        for (int i = t - 1; i >= 0 && totals.size() < 6; i--) {
            StatementRow row = rows.get(i);
            if (row.role() == RowRole.TOTAL) {
                totals.add(0, row);
                if (totals.size() >= 2) {
                    readings.add(List.copyOf(totals));
                }
            } else if (totals.isEmpty() && row.role() == RowRole.ITEM && i == t - 1) {
                break;
            }
        }
        return readings;
    }

    /**
     * Other readings of a table whose hierarchy was inferred from its labels (HTML, text): the
     * headers and "Total …" rows say where sections end, but not always where they begin, and a
     * layout's indentation is lost. Besides the readings of a flat table, the total may add the
     * run of rows just above it (back to and including the nearest total, a running total), the
     * items of its section without a subtotal that the inference nested, or the totals above it.
     * Only a table with no depths given is read this way: where the input states the hierarchy,
     * there is one reading, so that a single wrong cell always shows.
     */
    private static List<List<StatementRow>> inferredReadings(StatementTable table, List<StatementRow> rows, int t,
                                                              List<StatementRow> primary) {
        FootingRows rowsOf = FootingRows.of(table);
        List<List<StatementRow>> readings = new ArrayList<>(otherReadings(rows, t, primary));
        if (t > 0 && restatesLineAbove(rows, t)) {
            // A section of one line: "Total comprehensive income" 268 under "Net income" 268 in the
            // noncontrolling interest's column, which has no other comprehensive income.
            readings.add(List.of(rows.get(t - 1)));
        }
        List<StatementRow> run = new ArrayList<>();
        for (int i = t - 1; i >= 0 && run.size() < 25; i--) {
            StatementRow row = rows.get(i);
            if (row.role() == RowRole.HEADER) {
                if (row.depth() < rows.get(t).depth()) {
                    break;
                }
                continue;
            }
            if (!rowsOf.additive(row)) {
                break;
            }
            run.add(0, row);
            if (run.size() >= 2) {
                readings.add(List.copyOf(run));
            }
            if (row.role() == RowRole.TOTAL) {
                List<StatementRow> withoutRunning = run.subList(1, run.size());
                if (withoutRunning.size() >= 2) {
                    readings.add(List.copyOf(withoutRunning));
                }
                break;
            }
        }
        for (int from : depthBlindStarts(rows, t)) {
            List<StatementRow> lines = depthBlind(table, rows, from, t);
            if (lines.size() >= 2 && lines.stream().allMatch(rowsOf::additive)) {
                readings.add(lines);
            }
        }
        return readings;
    }

    /** The item right above the total equals it in every column where both report, one at least. */
    private static boolean restatesLineAbove(List<StatementRow> rows, int t) {
        StatementRow above = rows.get(t - 1);
        return above.role() == RowRole.ITEM && additive(above)
                && Sections.addsUpInEveryColumn(List.of(above), rows.get(t)) && Sections.missInSigmas(List.of(above), rows.get(t)) == 0;
    }

    /**
     * Where a depth-blind reading may start: just after the previous total, at it (a running
     * total), after the header that opens the total's section, or at the top of the table. Headers are not trusted to begin sections here: a run
     * of "…:" headers without totals ("Cash equivalents:", "Marketable securities:") all belong to
     * the "Total assets" below them.
     */
    private static List<Integer> depthBlindStarts(List<StatementRow> rows, int t) {
        List<Integer> starts = new ArrayList<>();
        for (int i = t - 1; i >= 0; i--) {
            if (rows.get(i).role() == RowRole.TOTAL) {
                starts.add(i);
                starts.add(i - 1);
                break;
            }
        }
        for (int i = t - 1; i >= 0; i--) {
            if (rows.get(i).role() == RowRole.HEADER && rows.get(i).depth() < rows.get(t).depth()) {
                // The header that opens the total's section ("2023" over a repeated block of a
                // segment table): the section begins there, not at the top of the table.
                if (!starts.contains(i)) {
                    starts.add(i);
                }
                // A bare "Total" after sibling sections ("Equity securities:" and its lines, then
                // "Fixed income:" and its lines) may total them all: the first sibling begins it.
                int first = firstSibling(rows, i);
                if (first != i && !starts.contains(first)) {
                    starts.add(first);
                }
                break;
            }
        }
        starts.add(-1);
        return starts;
    }

    /**
     * The rows after {@code from} up to the total, read without depths: items count, and a total
     * stands for the items listed since the header above it (or since the previous total), which
     * it replaces, so that nothing counts twice. When those items do not add up to it but the last
     * two or more of them do, it replaces only those: the lines before them are items of the
     * section on their own ("Creon" with one line and no total, above "Linzess" and its "Total"),
     * unless one of them is a row of years: a column header repeated in the body ("Year | 2023 | 2024").
     */
    /** The first of the headers at the depth of {@code header} that open sections right before it, each over deeper lines. */
    private static int firstSibling(List<StatementRow> rows, int header) {
        int depth = rows.get(header).depth();
        int first = header;
        for (int i = header - 1; i >= 0; i--) {
            StatementRow row = rows.get(i);
            if (row.depth() > depth && row.role() == RowRole.ITEM) {
                continue;
            }
            if (row.depth() == depth && row.role() == RowRole.HEADER && rows.get(i + 1).depth() > depth) {
                first = i;
                continue;
            }
            break;
        }
        return first;
    }

    private static List<StatementRow> depthBlind(StatementTable table, List<StatementRow> rows, int from, int t) {
        List<StatementRow> lines = new ArrayList<>();
        int sectionStart = 0;
        for (int i = from + 1; i < t; i++) {
            StatementRow row = rows.get(i);
            if (row.role() == RowRole.HEADER) {
                sectionStart = lines.size();
            } else if (row.role() == RowRole.TOTAL) {
                List<StatementRow> own = lines.subList(Math.min(sectionStart, lines.size()), lines.size());
                int replaced = addsUpInEveryColumn(table, own, row) ? 0 : subtotalRun(table, own, row);
                if (replaced > 0 && own.subList(0, own.size() - replaced).stream().anyMatch(SectionFooting::namesYears)) {
                    replaced = 0;
                }
                own.subList(replaced == 0 ? 0 : own.size() - replaced, own.size()).clear();
                lines.add(row);
                sectionStart = lines.size();
            } else {
                lines.add(row);
            }
        }
        return lines;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^(19|20)\\d\\d$");

    /** A row whose every cell is a bare year: column headers, not amounts. */
    private static boolean namesYears(StatementRow row) {
        return row.row().cells().stream().anyMatch(cell -> !cell.text().isBlank())
                && row.row().cells().stream().allMatch(cell -> cell.text().isBlank() || YEAR.matcher(cell.text().strip()).matches());
    }

    /** No row of the table came with a depth: its hierarchy is the inference's guess. */
    static boolean inferred(StatementTable table) {
        for (dev.crossfoot.model.Row row : table.table().rows()) {
            if (row.depth() != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * A line named as one line of its section over another ("Debt / net income" under "Debt" and
     * "Net income") is their ratio, not their sum.
     */
    private static boolean isRatioOf(StatementRow total, List<StatementRow> lines) {
        String[] parts = RATIO_SLASH.split(total.normalLabel());
        if (parts.length != 2) {
            return false;
        }
        java.util.Set<String> labels = new java.util.HashSet<>();
        lines.forEach(line -> labels.add(line.normalLabel()));
        return labels.contains(parts[0]) && labels.contains(parts[1]);
    }

    private EvaluatedCheck footColumn(StatementTable table, StatementRow total, List<StatementRow> addends, int column) {
        return footColumn(table, total, addends, column, row -> false);
    }

    private EvaluatedCheck footColumn(StatementTable table, StatementRow total, List<StatementRow> addends, int column,
                                      java.util.function.Predicate<StatementRow> deducted) {
        Term reported = Term.at(table, total, column, 1);
        if (reported == null) {
            return null;
        }
        List<Term> terms = terms(table, addends, column, deducted);
        if (terms.isEmpty()) {
            return null;
        }
        EvaluatedCheck check = EvaluatedCheck.of(rule, table, column, reported, BoundExpr.sum(terms));
        StatementRow unshown = check.status() == dev.crossfoot.model.CheckStatus.FAILED ? LinesNotShown.unshownResult(table, addends, column, footedColumns(table)) : null;
        if (unshown != null) {
            // A result the total runs on, blank in this column where the other columns show it
            // (Nike's earnings before interest and taxes, left blank in the company column under its
            // segments, the reconciling lines and the income before taxes given there alone): the
            // column does not show what the total adds. Where the sum holds with it blank, it was nil.
            return EvaluatedCheck.notEvaluated(rule, table, column, "'" + unshown.label().strip() + "' is blank in this column"
                    + " where the other columns show it: the column does not show the result '" + total.label().strip() + "' runs on");
        }
        if (check.status() == dev.crossfoot.model.CheckStatus.NOT_EVALUATED) {
            // A line whose figures the input does not give is unknown, so the sum is not evaluated;
            // but where the lines that are given add up to the total without it in most columns,
            // it adds nothing (Hitachi's "Acquisition of treasury stock", listed twice, given once):
            // the sum is checked without it, and a column that breaks it is a finding.
            List<Term> given = LinesNotShown.given(terms, addends, column);
            if (!given.isEmpty() && given.size() < terms.size() && addsUpWithoutUnknownLines(table, total, addends, deducted)) {
                return EvaluatedCheck.of(rule, table, column, reported, BoundExpr.sum(given));
            }
        }
        return check;
    }

    private static List<Term> terms(StatementTable table, List<StatementRow> addends, int column,
                                    java.util.function.Predicate<StatementRow> deducted) {
        List<Term> terms = new ArrayList<>();
        StatementRow previous = null;
        for (StatementRow addend : addends) {
            int sign = deducted.test(addend) ? -1 : 1;
            Term term = Term.at(table, addend, column, sign);
            if (term != null) {
                terms.add(term);
            } else {
                terms.addAll(linesOfBlankSubtotal(table, previous, addend, column, sign));
            }
            previous = addend;
        }
        return terms;
    }

    /**
     * Whether the lines given add up to the total without the lines not given, by the vote of the
     * footed columns as every reading is chosen: in two columns at least and in more than they fail.
     * A column that breaks it where the others hold is what a wrong cell looks like.
     */
    private boolean addsUpWithoutUnknownLines(StatementTable table, StatementRow total, List<StatementRow> addends,
                                              java.util.function.Predicate<StatementRow> deducted) {
        int held = 0;
        int failed = 0;
        for (int c : footedColumns(table)) {
            Term reported = Term.at(table, total, c, 1);
            if (reported == null || !reported.readable()) {
                continue;
            }
            List<Term> terms = terms(table, addends, c, deducted);
            List<Term> given = LinesNotShown.given(terms, addends, c);
            if (given.size() == terms.size() || given.isEmpty()) {
                continue;
            }
            dev.crossfoot.model.CheckStatus status = EvaluatedCheck.of(rule, table, c, reported, BoundExpr.sum(given)).status();
            held += status == dev.crossfoot.model.CheckStatus.PASSED ? 1 : 0;
            failed += status == dev.crossfoot.model.CheckStatus.FAILED ? 1 : 0;
        }
        return held >= 2 && held > failed;
    }

    /**
     * A subtotal the reading adds that gives no figure in this column, where the lines it totals
     * (the reading passed over them for it) do: they stand for it. Duke Energy Indiana's equity shows
     * "Total comprehensive income" only for the year it has other comprehensive income; the year
     * before, its net income alone leads from the beginning to the ending balance.
     */
    private static List<Term> linesOfBlankSubtotal(StatementTable table, StatementRow previous, StatementRow subtotal,
                                                   int column, int sign) {
        if (previous == null || subtotal.role() != RowRole.TOTAL || previous.index() >= subtotal.index() - 1) {
            return List.of();
        }
        List<StatementRow> rows = table.rows();
        List<Term> lines = new ArrayList<>();
        for (int i = previous.index() + 1; i < subtotal.index(); i++) {
            StatementRow line = rows.get(i);
            if (line.role() != RowRole.ITEM || !additive(line)) {
                return List.of();
            }
            Term term = Term.at(table, line, column, sign);
            if (term != null) {
                lines.add(term);
            }
        }
        return lines;
    }

    /**
     * A weighted average of a price or a value ("Weighted-average grant-date fair value of awards
     * granted", "Weighted-average exercise price") does not add, whatever unit it is shown in; a
     * weighted-average count of shares does (basic plus dilutive shares is diluted). The lexicon's
     * {@code average-value} cue says which labels are such averages.
     */
    static boolean additive(StatementRow row) {
        return (row.measure() == Measure.MONEY || row.measure() == Measure.SHARES || row.measure() == Measure.PURE)
                && !dev.crossfoot.understand.Lexicon.current().matches(dev.crossfoot.understand.Cue.AVERAGE_VALUE,
                        row.normalLabel());
    }

    /**
     * Whether the rows just above are deeper and belong to no header (nor heading total) at this
     * row's level.
     */
    static boolean closesDeeperRun(List<StatementRow> rows, int t) {
        int level = rows.get(t).depth();
        if (t == 0 || rows.get(t - 1).depth() <= level) {
            return false;
        }
        for (int i = t - 1; i >= 0; i--) {
            StatementRow row = rows.get(i);
            if (row.depth() <= level) {
                boolean owned = row.role() == RowRole.HEADER || Hierarchy.isHeadingTotal(row.label());
                return !(owned && row.depth() == level);
            }
        }
        return true;
    }

    private static List<StatementRow> deeperRun(List<StatementRow> rows, int t) {
        int level = rows.get(t - 1).depth();
        List<StatementRow> run = new ArrayList<>();
        for (int i = t - 1; i >= 0 && rows.get(i).depth() > rows.get(t).depth(); i--) {
            if (rows.get(i).depth() == level && rows.get(i).role() != RowRole.HEADER) {
                run.add(0, rows.get(i));
            }
        }
        return run;
    }

    /**
     * The readings of a total right under another total ({@code t - 1}) as the total of the section
     * enclosing both ("Total shareholders' equity" under "Total accumulated other comprehensive
     * loss"): the lines of that section above the inner total's own, and the inner total. Where the
     * inner section starts, the numbers say first (the longest run above it that adds up to it in
     * most columns), then every other start, nearest first, for the columns to vote on as for every
     * total. None where no line stands above the inner total at its level.
     */
    private static List<List<StatementRow>> enclosingReadings(List<StatementRow> rows, int t) {
        StatementRow total = rows.get(t);
        StatementRow inner = rows.get(t - 1);
        int level = total.depth();
        if (inner.depth() != level) {
            return List.of();
        }
        int start = t - 1;
        while (start > 0 && t - 1 - start < MAX_IMPLICIT_PARTS && rows.get(start - 1).role() == RowRole.ITEM
                && rows.get(start - 1).depth() == level
                && !(TemporaryEquity.isEquityTotal(total) && TemporaryEquity.isTemporaryEquity(rows.get(start - 1)))) {
            start--;
        }
        List<Integer> splits = new ArrayList<>();
        for (int split = start + 1; split <= t - 2; split++) {
            if (Sections.addsUpInMostColumns(rows.subList(split, t - 1), inner)) {
                splits.add(split);
                break;
            }
        }
        for (int split = t - 2; split > start; split--) {
            if (!splits.contains(split)) {
                splits.add(split);
            }
        }
        List<List<StatementRow>> readings = new ArrayList<>();
        // Or the grand total of the section totals above it at its level ("Total segments" under
        // the regions' totals), every line above counted once, by the total it belongs to.
        List<StatementRow> totals = new ArrayList<>();
        for (int i = t - 1; i >= 0 && t - i <= MAX_IMPLICIT_PARTS * 2; i--) {
            StatementRow row = rows.get(i);
            if (row.depth() < level || row.role() == RowRole.HEADER) {
                break;
            }
            if (row.depth() == level && row.role() == RowRole.TOTAL) {
                totals.add(0, row);
            }
        }
        if (totals.size() >= 2) {
            readings.add(totals);
        }
        for (int split : splits) {
            // The enclosing section may start later than the run of lines does ("Total comprehensive
            // income" adds net income and the other comprehensive income, not the stock issued
            // above them): for the inner section the numbers show, every later start too.
            int lastStart = split == splits.get(0) && splits.size() > 1 ? split - 1 : start;
            for (int from = start; from <= lastStart; from++) {
                List<StatementRow> lines = new ArrayList<>(rows.subList(from, split));
                lines.add(inner);
                readings.add(lines);
            }
        }
        return readings;
    }

    /**
     * Whether a run of lines right above the total at {@code t - 1} adds up to it in every column,
     * a figure other than nil among them (dashes add up to a dash whatever the lines are).
     */
    private static boolean innerSectionShown(List<StatementRow> rows, int t) {
        StatementRow inner = rows.get(t - 1);
        boolean figured = inner.values().stream().anyMatch(value -> value instanceof dev.crossfoot.model.CellValue.Number number
                && number.value().signum() != 0);
        if (!figured) {
            return false;
        }
        for (int split = t - 2; split >= 0 && t - 1 - split <= MAX_IMPLICIT_PARTS; split--) {
            StatementRow line = rows.get(split);
            if (line.role() != RowRole.ITEM || line.depth() != inner.depth()) {
                return false;
            }
            if (Sections.addsUpInEveryColumn(rows.subList(split, t - 1), inner)) {
                return true;
            }
        }
        return false;
    }

    private static boolean onlyATotal(List<StatementRow> reading) {
        return reading.size() == 1 && reading.get(0).role() == RowRole.TOTAL;
    }

    private static List<StatementRow> walkBack(List<StatementRow> rows, int t) {
        int level = rows.get(t).depth();
        List<StatementRow> addends = new ArrayList<>();
        for (int i = t - 1; i >= 0; i--) {
            StatementRow row = rows.get(i);
            if (row.depth() > level) {
                continue;
            }
            if (row.depth() < level || TemporaryEquity.isEquityTotal(rows.get(t)) && TemporaryEquity.isTemporaryEquity(row)) {
                break;
            }
            if (row.role() == RowRole.HEADER) {
                addends.addAll(0, Sections.valueOf(rows, i));
            } else {
                addends.add(0, row);
                if (row.role() == RowRole.TOTAL) {
                    break;
                }
            }
        }
        return addends;
    }
}
