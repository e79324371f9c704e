package dev.crossfoot.check;

import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** How the rows of a section add up, shared by footing and by {@code between(…)} in rules. */
final class Sections {

    /** How much less rounding noise, in sigmas, shows a shorter run to be a section's lines rather than a longer one. */
    private static final double CLEARLY_TIGHTER = 1.0;

    private Sections() {
    }

    /**
     * A headed subsection counts as its closing total, or as its items and the values of its own
     * headed subsections when it has none ("Equity" over "Stockholders' equity", its total, and the
     * noncontrolling interests).
     */
    static List<StatementRow> valueOf(List<StatementRow> rows, int header) {
        return valueOf(rows, header, rows.size());
    }

    /** The value of a headed subsection, looking no further than row {@code end} (exclusive). */
    static List<StatementRow> valueOf(List<StatementRow> rows, int header, int end) {
        int level = rows.get(header).depth();
        List<StatementRow> members = new ArrayList<>();
        StatementRow closing = null;
        for (int i = header + 1; i < end && rows.get(i).depth() > level; i++) {
            StatementRow row = rows.get(i);
            if (row.depth() != level + 1) {
                continue;
            }
            if (row.role() == RowRole.TOTAL) {
                closing = row;
            } else if (row.role() == RowRole.ITEM) {
                members.add(row);
            } else {
                members.addAll(valueOf(rows, i, end));
            }
        }
        return closing != null ? List.of(closing) : members;
    }

    /**
     * The lines strictly between two rows at the level of the second: deeper lines are
     * represented by their subsection's total, and a total among them stands for the items
     * listed just above it (and for the total above those, as a running total, as footing reads
     * it), so nothing is counted twice.
     */
    static List<StatementRow> linesBetween(List<StatementRow> rows, int from, int to) {
        return linesBetween(rows, from, to, false);
    }

    /**
     * The lines between two rows ({@code from} −1: from the top of the table), with
     * {@code sectionsByNumbers} a second reading of where the sections among them start: a total
     * stands for the run of lines above it that adds up to it (and a total that restates the first
     * row and the lines since stands for nothing). Which of the two readings a table follows its
     * columns decide, as for every other reading.
     */
    static List<StatementRow> linesBetween(List<StatementRow> rows, int from, int to, boolean sectionsByNumbers) {
        if (!sectionsByNumbers) {
            return linesBetween(rows, from, to, false, Map.of(), new ArrayList<>());
        }
        List<Undecided> undecided = new ArrayList<>();
        List<StatementRow> lines = linesBetween(rows, from, to, true, Map.of(), undecided);
        if (undecided.isEmpty() || closes(rows, from, to, lines, false)) {
            return lines;
        }
        // A section whose run the numbers cannot compare (a line among them has no figure: Simon's
        // common stock, left blank by the data set) may still start later than its layout says:
        // the redeemable stock above "Total stockholders' equity" outside it. The total these
        // lines make up can tell, where no section's own numbers can: the start, of each such
        // section in turn, with which they add up to it in every column, two at least; else in
        // most, or in one of two (one wrong cell leaves no majority there, and the layout's
        // reading holds in neither).
        for (boolean everyColumn : new boolean[] {true, false}) {
            for (Undecided section : undecided) {
                for (int start = 1; start < section.items(); start++) {
                    List<StatementRow> other = linesBetween(rows, from, to, true, Map.of(section.total(), start), new ArrayList<>());
                    if (closes(rows, from, to, other, everyColumn)) {
                        return other;
                    }
                }
            }
        }
        return lines;
    }

    /**
     * A total among the lines between whose section's start the numbers could not compare, and how
     * many lines above it the layout gives it.
     */
    private record Undecided(StatementRow total, int items) {
    }

    /**
     * Whether the lines between two rows add up to the second, the first counted with them or not
     * (a grand total from its first section's total, or from the other side's), in two columns at
     * least: in every column, or in most (one of two).
     */
    private static boolean closes(List<StatementRow> rows, int from, int to, List<StatementRow> lines, boolean everyColumn) {
        StatementRow total = rows.get(to);
        if (closes(tally(lines, total), everyColumn)) {
            return true;
        }
        return from >= 0 && closes(tally(withFirst(rows.get(from), lines), total), everyColumn);
    }

    private static boolean closes(int[] tally, boolean everyColumn) {
        return tally[0] >= 2 && (everyColumn ? tally[1] == tally[0] : holdsDespiteOneCell(tally));
    }

    private static List<StatementRow> linesBetween(List<StatementRow> rows, int from, int to, boolean sectionsByNumbers,
                                                   Map<StatementRow, Integer> startsGiven, List<Undecided> undecided) {
        // Lines between may sit shallower than the second row ("Redeemable noncontrolling
        // interests" before the equity section that "Total liabilities and equity" closes): they
        // are read at the shallowest level among them, so none is left out.
        int level = rows.get(to).depth();
        for (int i = from + 1; i < to; i++) {
            level = Math.min(level, rows.get(i).depth());
        }
        List<StatementRow> lines = new ArrayList<>();
        // A headed section's closing total printed at its items' level ("Property and equipment:", its classes, "Total
        // property and equipment") stands for the section, at the header's level: a total after it runs on from it as
        // from any total of that level ("Property and equipment, net" under it and "Less accumulated depreciation").
        java.util.Set<StatementRow> headed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (int i = from + 1; i < to; i++) {
            StatementRow row = rows.get(i);
            if (row.depth() != level || row.measure() != rows.get(to).measure() && row.role() != RowRole.HEADER) {
                continue;
            }
            if (row.role() == RowRole.HEADER) {
                List<StatementRow> value = valueOf(rows, i, to);
                if (value.size() == 1 && value.get(0).role() == RowRole.TOTAL) {
                    headed.add(value.get(0));
                }
                lines.addAll(value);
            } else {
                if (row.role() == RowRole.TOTAL) {
                    // By labels, no total of the equity side reaches past redeemable stock shown above
                    // the equity section; by numbers, the run that adds up to it says where it starts.
                    List<StatementRow> items = new ArrayList<>();
                    while (!lines.isEmpty() && lines.get(lines.size() - 1).role() == RowRole.ITEM
                            && lines.get(lines.size() - 1).depth() == row.depth()
                            && !(!sectionsByNumbers && TemporaryEquity.stopsAt(row, lines.get(lines.size() - 1)))) {
                        items.add(0, lines.remove(lines.size() - 1));
                    }
                    if (!sectionsByNumbers && items.isEmpty() && !lines.isEmpty()
                            && lines.get(lines.size() - 1).role() == RowRole.TOTAL
                            && levelOf(lines.get(lines.size() - 1), headed, level) == row.depth()
                            && !addsUpInMostColumns(List.of(lines.get(lines.size() - 1)), row)) {
                        // By layout, a total right under another total that it does not restate
                        // closes the section enclosing both ("Total shareholders' equity" under
                        // "Total accumulated other comprehensive income"): it stands for every
                        // line of that section above it, the inner total included. Section
                        // footing checks it adds them.
                        while (!lines.isEmpty() && levelOf(lines.get(lines.size() - 1), headed, level) == row.depth()
                                && lines.get(lines.size() - 1).role() != RowRole.HEADER
                                && !TemporaryEquity.stopsAt(row, lines.get(lines.size() - 1))) {
                            lines.remove(lines.size() - 1);
                        }
                        lines.add(row);
                        continue;
                    }
                    if (sectionsByNumbers && items.isEmpty() && lines.size() >= 2) {
                        // A total right under another total stands for the run of lines and
                        // totals above it that adds up to it ("Total shareholders' equity" under
                        // the stock, the earnings and "Total accumulated other comprehensive loss").
                        int start = longestAddingSuffix(lines, row);
                        if (start >= 0) {
                            lines.subList(start, lines.size()).clear();
                            lines.add(row);
                            continue;
                        }
                    }
                    int restating = sectionsByNumbers && from >= 0 && !items.isEmpty() && !addsUpInEveryColumn(items, row)
                            ? restatingFrom(rows.get(from), lines, items, row) : -1;
                    if (restating >= 0) {
                        // The first row and the lines since add up to this total: it restates the
                        // result so far ("Total assets of continuing operations" after the current
                        // assets and the non-current lines; "Total consumer products assets" after
                        // the current assets, net property and the other lines), so its lines
                        // count, not it.
                        lines.addAll(items.subList(restating, items.size()));
                        continue;
                    }
                    Integer given = startsGiven.get(row);
                    int start = !sectionsByNumbers ? 0 : given != null ? Math.min(given, items.size()) : lastSectionStart(items, row);
                    if (sectionsByNumbers && given == null && start == 0 && items.size() >= 2 && noColumnCompares(items, row)) {
                        undecided.add(new Undecided(row, items.size()));
                    }
                    if (start == items.size() && !lines.isEmpty() && lines.get(lines.size() - 1).role() == RowRole.TOTAL
                            && runsOn(lines.get(lines.size() - 1), items, row)) {
                        // Its lines make it with the total above them: a running total (below).
                        start = 0;
                    }
                    lines.addAll(items.subList(0, start));
                    items = items.subList(start, items.size());
                    if (items.isEmpty() && !lines.isEmpty() && lines.get(lines.size() - 1).role() == RowRole.TOTAL
                            && levelOf(lines.get(lines.size() - 1), headed, level) == row.depth()
                            && addsUpInMostColumns(List.of(lines.get(lines.size() - 1)), row)) {
                        // A total right under another that restates it ("Total equity" under
                        // "Total Shire plc shareholders' equity", no noncontrolling interests
                        // between): one amount, counted once.
                        lines.remove(lines.size() - 1);
                    }
                    if (!items.isEmpty() && !lines.isEmpty() && lines.get(lines.size() - 1).role() == RowRole.TOTAL
                            && levelOf(lines.get(lines.size() - 1), headed, level) == row.depth()
                            && !holdsDespiteOneCell(tally(items, row))
                            && !(sectionsByNumbers && noColumnCompares(items, row))) {
                        // A running total: "Total equity" after "Total shareholders' equity" and
                        // "Noncontrolling interests" holds them both. Not when the lines since
                        // the total before add up to this one on their own (in most columns, or
                        // one of two: one wrong cell must not turn a section into a running
                        // total): then it is the next section's total ("Total other assets" after
                        // "Property, plant and equipment, net" and the other assets), which a
                        // flat table shows alike.
                        // Where no column can tell (a line among them has no figure), the
                        // numbers' reading takes it for the next section's total, the layout's
                        // for a running one, and the table's columns choose between the two.
                        lines.remove(lines.size() - 1);
                    }
                }
                lines.add(row);
            }
        }
        return lines;
    }

    /** The level a line among those between stands at: a headed section's closing total at its header's. */
    private static int levelOf(StatementRow line, java.util.Set<StatementRow> headed, int level) {
        return headed.contains(line) ? level : line.depth();
    }

    /**
     * Where the section a total closes starts among the lines above it: the longest run ending right
     * above it that adds up to it in every column ("Total other assets" after "Net property, plant
     * and equipment" holds only the lines after that), else in most columns (one wrong cell breaks
     * its own column, not the reading: the total's own check says where it fails). Where no run
     * adds up in most columns the table does not show the total's parts ("Total OTTI losses" over
     * the portion recognised elsewhere and the net), and it stands for itself: the lines above
     * are counted as lines, as the total's own check leaves it unread.
     */
    private static int lastSectionStart(List<StatementRow> items, StatementRow total) {
        for (int start = 0; start < items.size(); start++) {
            if (addsUpInEveryColumn(items.subList(start, items.size()), total)) {
                return subtotalledFrom(items, tightestFrom(items, start, total));
            }
            if (withDeductions(items.subList(start, items.size()), total, true)) {
                return subtotalledFrom(items, start);
            }
        }
        for (int start = 0; start < items.size(); start++) {
            if (addsUpInMostColumns(items.subList(start, items.size()), total)
                    || withDeductions(items.subList(start, items.size()), total, false)) {
                return start;
            }
        }
        // In a table of two columns one wrong cell leaves no majority: the run that holds in the
        // other column, the only one that holds anywhere, is the section. Runs apart only by lines
        // of nothing ("Preference shares" of 0 above the common shares) are one run, the longer,
        // as where every column adds up (tightestFrom).
        int only = -1;
        for (int start = 0; start < items.size(); start++) {
            int[] tally = tally(items.subList(start, items.size()), total);
            if (tally[0] == 2 && tally[1] == 1) {
                if (only >= 0 && !showNothing(items.subList(only, start))) {
                    return items.size();
                }
                only = only >= 0 ? only : start;
            }
        }
        if (only >= 0) {
            return only;
        }
        // No run adds up; where the whole run cannot be compared in any column (a line among them
        // has no figure), the numbers say nothing, and the total covers the lines the layout gives it.
        return noColumnCompares(items, total) ? 0 : items.size();
    }

    /**
     * Of the runs from {@code longest} on that add up to the total in every column, the one the
     * numbers show: a shorter run whose sum is the total with clearly less rounding noise left over
     * (a sigma less at its worst column) wins over a longer one that holds only because the lines it
     * adds lie within the rounding the interval allows ("3.25% redeemable preferred stock" 0.2 above
     * shareholders' equity that adds up to the cent without it). Lines the numbers cannot tell apart
     * (a zero line, or one that leaves the fit as it was) stay with the longer run, as the layout has them.
     */
    private static int tightestFrom(List<StatementRow> items, int longest, StatementRow total) {
        int best = longest;
        double bestMiss = missInSigmas(items.subList(longest, items.size()), total);
        for (int start = longest + 1; start < items.size(); start++) {
            List<StatementRow> run = items.subList(start, items.size());
            if (!addsUpInEveryColumn(run, total)) {
                continue;
            }
            double miss = missInSigmas(run, total);
            if (miss < bestMiss - CLEARLY_TIGHTER) {
                best = start;
                bestMiss = miss;
            }
        }
        return best;
    }

    /**
     * Whether the lines add up to the total with those its labels call deductions ("Less
     * accumulated depreciation" shown positive) subtracted, in every column or in most.
     */
    private static boolean withDeductions(List<StatementRow> lines, StatementRow total, boolean everyColumn) {
        List<StatementRow> added = new ArrayList<>();
        List<StatementRow> deducted = new ArrayList<>();
        for (StatementRow line : lines) {
            boolean less = dev.crossfoot.understand.Lexicon.current().matches(dev.crossfoot.understand.Cue.DEDUCTION,
                    line.normalLabel());
            (less ? deducted : added).add(line);
        }
        if (deducted.isEmpty()) {
            return false;
        }
        int[] tally = tally(added, total, deducted);
        return tally[0] > 0 && (everyColumn || tally[0] <= 2 ? tally[1] == tally[0] : tally[1] * 2 > tally[0]);
    }

    /** Whether every figure the lines show is zero: with or without them, every sum is the same. */
    private static boolean showNothing(List<StatementRow> lines) {
        for (StatementRow line : lines) {
            for (int c = 0; c < line.amounts().size(); c++) {
                dev.crossfoot.model.Amount amount = line.amount(c);
                if (amount != null && amount.value().signum() != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Where the longest run of two or more lines ending the list starts that adds up to the total, or −1. */
    private static int longestAddingSuffix(List<StatementRow> lines, StatementRow total) {
        for (int start = 0; start <= lines.size() - 2; start++) {
            if (addsUpInMostColumns(lines.subList(start, lines.size()), total)) {
                return start;
            }
        }
        return -1;
    }

    /**
     * The section reaches further up when its first line is the unlabelled subtotal of the lines
     * right above it ("Shareholders' equity before treasury stock" over the stock, paid-in capital
     * and retained earnings, then "Less treasury stock", then the total).
     */
    private static int subtotalledFrom(List<StatementRow> items, int start) {
        int first = start;
        boolean extended = true;
        while (extended && first > 0) {
            extended = false;
            for (int above = 0; above < first - 1; above++) {
                if (addsUpInEveryColumn(items.subList(above, first), items.get(first))) {
                    first = above;
                    extended = true;
                    break;
                }
            }
        }
        return first;
    }

    /**
     * Where the lines start that, with the first row and the lines before them, add up to the
     * total in every column, or −1. Lines before that start are left out only where the first
     * line after them is their unlabelled subtotal ("Property, plant and equipment, net" under
     * the cost and "Less accumulated depreciation"): it counts for them.
     */
    private static int restatingFrom(StatementRow first, List<StatementRow> lines, List<StatementRow> items, StatementRow total) {
        for (int start = 0; start < items.size(); start++) {
            List<StatementRow> before = items.subList(0, start);
            boolean subtotalled = start == 0 || addsUpInEveryColumn(before, items.get(start))
                    || withDeductions(before, items.get(start), true);
            if (subtotalled && addsUpInEveryColumn(withFirst(first, concat(lines, items.subList(start, items.size()))), total)) {
                return start;
            }
        }
        return -1;
    }

    private static List<StatementRow> concat(List<StatementRow> some, List<StatementRow> more) {
        List<StatementRow> all = new ArrayList<>(some.size() + more.size());
        all.addAll(some);
        all.addAll(more);
        return all;
    }

    private static List<StatementRow> withFirst(StatementRow first, List<StatementRow> items) {
        List<StatementRow> all = new ArrayList<>(items.size() + 1);
        all.add(first);
        all.addAll(items);
        return all;
    }

    /**
     * Whether the lines add up to the total in most columns where all of them report an amount
     * (all of them, in a table of one or two such columns): a structure the other columns show,
     * so that one wrong cell breaks its own column's sum, not the table's reading.
     */
    static boolean addsUpInMostColumns(List<StatementRow> lines, StatementRow total) {
        int[] tally = tally(lines, total);
        return tally[0] > 0 && (tally[0] <= 2 ? tally[1] == tally[0] : tally[1] * 2 > tally[0]);
    }

    /**
     * Whether a total is the one above it with the lines since added, or deducted ("Total gross
     * property, plant and equipment", "Less allowances for depreciation" shown positive, then the
     * net total), in most columns, or in one of two: there one wrong cell leaves no majority, and
     * the lines between two totals leave no other reading to confuse it with.
     */
    private static boolean runsOn(StatementRow above, List<StatementRow> lines, StatementRow total) {
        return holdsDespiteOneCell(tally(withFirst(above, lines), total))
                || holdsDespiteOneCell(tally(List.of(above), total, lines));
    }

    /** Whether a tally holds in most columns compared, or in one of two. */
    private static boolean holdsDespiteOneCell(int[] tally) {
        return tally[0] > 0 && (tally[0] == 2 ? tally[1] >= 1 : tally[1] * 2 > tally[0]);
    }

    /** Whether {@code gross} less {@code deducted} is {@code net} in every column where all three are shown, two at least. */
    static boolean differenceInEveryColumn(List<StatementRow> gross, StatementRow deducted, StatementRow net) {
        int[] tally = tally(gross, net, List.of(deducted));
        return tally[0] >= 2 && tally[1] == tally[0];
    }

    /**
     * Whether {@code gross} less {@code deducted} is {@code net} in every column where all three are
     * shown, two at least, or in all but one of three or more: one wrong cell breaks its own column,
     * and the other columns still say as much as two columns that both hold.
     */
    static boolean differenceDespiteOneCell(List<StatementRow> gross, StatementRow deducted, StatementRow net) {
        int[] tally = tally(gross, net, List.of(deducted));
        if (tally[0] >= 2 && tally[1] == tally[0]) {
            return true;
        }
        // Nothing less something, or something less nothing, holds by itself: only columns where
        // both the amount and its deduction have a figure say a line is net of the line above it.
        return tally[0] >= 3 && tally[1] == tally[0] - 1 && holdsWithFigures(gross, deducted, net) >= 2;
    }

    /** The columns where {@code gross} less {@code deducted} is {@code net} and neither of the two is zero. */
    private static int holdsWithFigures(List<StatementRow> gross, StatementRow deducted, StatementRow net) {
        int holds = 0;
        for (int c = 0; c < net.amounts().size(); c++) {
            dev.crossfoot.model.Amount reported = net.amount(c);
            int column = c;
            if (reported == null || !nonZero(deducted, c) || gross.stream().noneMatch(line -> nonZero(line, column))) {
                continue;
            }
            holds += ColumnSums.addsUp(gross, List.of(deducted), c, reported.interval()) == 1 ? 1 : 0;
        }
        return holds;
    }

    private static boolean nonZero(StatementRow line, int c) {
        dev.crossfoot.model.Amount amount = line.amount(c);
        return amount != null && amount.value().signum() != 0;
    }

    /** What the figures say of {@code net} as {@code gross} less {@code deducted} (or plus it, as shown). */
    enum Difference { NOT_COMPARED, HOLDS, FAILS }

    /**
     * Whether {@code net} is {@code gross} less {@code deducted}, or plus it as shown, in some column
     * where the three have figures ({@link Difference#HOLDS}), in none of one or more
     * ({@link Difference#FAILS}), or whether they have figures together in no column.
     */
    static Difference difference(List<StatementRow> gross, StatementRow deducted, StatementRow net) {
        int[] less = tally(gross, net, List.of(deducted));
        if (less[0] == 0) {
            return Difference.NOT_COMPARED;
        }
        if (less[1] > 0) {
            return Difference.HOLDS;
        }
        List<StatementRow> added = new ArrayList<>(gross);
        added.add(deducted);
        return tally(added, net, List.of())[1] > 0 ? Difference.HOLDS : Difference.FAILS;
    }

    /**
     * Whether {@code net} is {@code gross} plus {@code other} as shown, or less it, in every column
     * where the three have figures, one at least.
     */
    static boolean netOfInEveryColumn(StatementRow gross, StatementRow other, StatementRow net) {
        int[] added = tally(List.of(gross, other), net, List.of());
        int[] less = tally(List.of(gross), net, List.of(other));
        return added[0] >= 1 && added[1] == added[0] || less[0] >= 1 && less[1] == less[0];
    }

    /** Whether the lines less the deducted ones add up to the total in most columns. */
    private static boolean addsUpInMostColumns(List<StatementRow> lines, StatementRow total, List<StatementRow> deducted) {
        int[] tally = tally(lines, total, deducted);
        return tally[0] > 0 && (tally[0] <= 2 ? tally[1] == tally[0] : tally[1] * 2 > tally[0]);
    }

    /** Columns compared and columns where the lines add up to the total. */
    private static int[] tally(List<StatementRow> lines, StatementRow total) {
        return tally(lines, total, List.of());
    }

    /**
     * Columns compared and columns where the lines less the deducted ones add up to the total. A
     * line the input gives in no column leaves every column uncompared; as in footing
     * ({@link LinesNotShown#given}), it adds nothing where the other lines add up without it in
     * two columns and in more than they fail.
     */
    private static int[] tally(List<StatementRow> lines, StatementRow total, List<StatementRow> deducted) {
        int[] asGiven = tallyAsGiven(lines, total, deducted);
        if (asGiven[0] > 0) {
            return asGiven;
        }
        List<StatementRow> givenLines = LinesNotShown.givenSomewhere(lines);
        List<StatementRow> givenDeducted = LinesNotShown.givenSomewhere(deducted);
        if (givenLines.size() == lines.size() && givenDeducted.size() == deducted.size()) {
            return asGiven;
        }
        int[] without = tallyAsGiven(givenLines, total, givenDeducted);
        return without[1] >= 2 && without[1] * 2 > without[0] ? without : asGiven;
    }

    private static int[] tallyAsGiven(List<StatementRow> lines, StatementRow total, List<StatementRow> deducted) {
        int compared = 0;
        int holds = 0;
        for (int c = 0; c < total.amounts().size(); c++) {
            dev.crossfoot.model.Amount reported = total.amount(c);
            if (reported == null) {
                continue;
            }
            int addsUp = ColumnSums.addsUp(lines, deducted, c, reported.interval());
            if (addsUp != ColumnSums.NOT_COMPARED) {
                compared++;
                holds += addsUp;
            }
        }
        return new int[] {compared, holds};
    }

    /**
     * How far the lines miss the total, in standard deviations of their rounding noise, at the
     * worst column: each amount rounded to half a unit either way is uniform noise of variance
     * h²/3, so a true sum of n lines is rarely more than a few σ off, while a chance fit of a long
     * run lands anywhere within the n·h the interval allows. Infinite where nothing is compared.
     */
    static double missInSigmas(List<StatementRow> lines, StatementRow total) {
        double worst = -1;
        for (int c = 0; c < total.amounts().size(); c++) {
            dev.crossfoot.model.Amount reported = total.amount(c);
            if (reported == null) {
                continue;
            }
            double sum = 0;
            double variance = square(halfWidth(reported.interval())) / 3;
            boolean all = true;
            boolean anyFigure = false;
            for (StatementRow line : lines) {
                dev.crossfoot.model.Amount amount = line.amount(c);
                if (amount == null && line.value(c) instanceof dev.crossfoot.model.CellValue.Absent) {
                    // A line left blank counts for nothing, as when the lines are added (ColumnSums).
                    continue;
                }
                if (amount == null) {
                    all = false;
                    break;
                }
                anyFigure = true;
                sum += amount.interval().midpoint().doubleValue();
                variance += square(halfWidth(amount.interval())) / 3;
            }
            if (!all || !anyFigure) {
                continue;
            }
            double gap = Math.abs(sum - reported.interval().midpoint().doubleValue());
            double sigmas = variance > 0 ? gap / Math.sqrt(variance) : gap < 1e-9 ? 0 : Double.POSITIVE_INFINITY;
            worst = Math.max(worst, sigmas);
        }
        return worst < 0 ? Double.POSITIVE_INFINITY : worst;
    }

    private static double halfWidth(dev.crossfoot.model.Interval interval) {
        return interval.width().doubleValue() / 2;
    }

    private static double square(double x) {
        return x * x;
    }

    /** Whether the lines add up to the total in every column where all of them report an amount, and there is one. */
    /** Whether no column shows the total and every one of the lines, so none can say whether they add up. */
    private static boolean noColumnCompares(List<StatementRow> lines, StatementRow total) {
        return tally(lines, total)[0] == 0;
    }

    /**
     * Whether two lines state the same figures in every column where either states one (one such
     * column at least), {@code leastNonNil} of them at least other than nil.
     */
    static boolean sameFigures(StatementRow row, StatementRow other, int leastNonNil) {
        int compared = 0;
        int nonNil = 0;
        for (int c = 0; c < row.amounts().size() || c < other.amounts().size(); c++) {
            dev.crossfoot.model.Amount mine = c < row.amounts().size() ? row.amount(c) : null;
            dev.crossfoot.model.Amount theirs = c < other.amounts().size() ? other.amount(c) : null;
            if (mine == null && theirs == null) {
                continue;
            }
            if (mine == null || theirs == null || mine.value().compareTo(theirs.value()) != 0) {
                return false;
            }
            compared++;
            nonNil += mine.value().signum() != 0 ? 1 : 0;
        }
        return compared > 0 && nonNil >= leastNonNil;
    }

    static boolean addsUpInEveryColumn(List<StatementRow> lines, StatementRow total) {
        int[] tally = tally(lines, total);
        return tally[0] > 0 && tally[1] == tally[0];
    }
}
