package dev.crossfoot.check;

import dev.crossfoot.model.Interval;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.Lexicon;

import java.util.ArrayList;
import java.util.List;

/**
 * An amount less a deduction, and what is left: "Property, plant and equipment" 18,160, "Less:
 * Accumulated depreciation" 12,218, "Property, plant and equipment — net" 5,943. The net line is a
 * subtotal of its own: it covers the deduction and the line or lines right above it (the classes of
 * property, when several are listed), and a section that holds it counts it alone.
 * <p>
 * "Less" says the line is subtracted, whatever its sign ("Net loss" (11,829), "Less: net loss
 * attributable to noncontrolling interests" (12), "Net loss attributable to the company" (11,817)).
 * Some filers print the deduction in parentheses and add it as shown ("Less accumulated depreciation"
 * (3,645)), and a reclassification of "losses (gains)" is added as shown whatever its label says;
 * so both readings are tried, and a wrong cell still shows unless it happens to fit the other.
 */
final class NetLines {

    /** How far above its deduction a net line may reach. */
    private static final int MAX_COVERED = 12;

    private NetLines() {
    }

    /**
     * Whether row {@code net} is a net line: right under a deduction, itself under an amount. The
     * deduction says so ("Less: Accumulated depreciation"), or its numbers do: the amount less it
     * is the net line in every column, two at least ("Accumulated depreciation and amortization"
     * 2,289,760; one column alone cannot tell a deduction from a chance fit of small lines), or in
     * all but one of three or more (a wrong cell breaks its own column, not the reading). The
     * amount may be a total ("Total property and equipment", "Less: Accumulated depreciation",
     * "Property and equipment, net"): a total less its deduction is as common as a line less one.
     */
    static boolean isNetLine(List<StatementRow> rows, int net) {
        if (net < 2) {
            return false;
        }
        return OfTable.of(rows).isNetLine(net, () -> netLine(rows, net));
    }

    private static boolean netLine(List<StatementRow> rows, int net) {
        StatementRow row = rows.get(net);
        StatementRow less = rows.get(net - 1);
        StatementRow gross = rows.get(net - 2);
        // The label first: it is one memoised look-up, the arithmetic after it walks every column,
        // and most lines of a statement do not say they are net.
        return namesNet(row) && statesAFigure(row) && isLine(row, row) && isLine(less, row) && (isLine(gross, row) || isTotal(gross, row))
                && !isLess(row) && !isLess(gross)
                && (isLess(less) && !(numbersDenyDeduction(rows, net) && !sameSubject(gross, row))
                    || Sections.differenceDespiteOneCell(List.of(gross), less, row) || runLessDeduction(rows, net));
    }

    /**
     * Whether two labels name the same thing before their qualifiers (what follows the first comma:
     * "net of income taxes of $37"): a word of four letters or more in common. "Total loss on OTTI of
     * securities" and "Net loss on OTTI recognized in earnings" do; "Unrealized gains on marketable
     * debt security" and "Pension liability amortization" do not, nor do "Unrealized losses on interest
     * rate swaps" and "Unrealized gains on investments" (words of the kind of amount, lexicon cue
     * {@code amount-kind}, say nothing of what it is of). Where the numbers also deny it,
     * "Less:" above a line does not make it the net of the line above that.
     */
    private static boolean sameSubject(StatementRow one, StatementRow other) {
        java.util.Set<String> words = subjectWords(one.normalLabel());
        return subjectWords(other.normalLabel()).stream().anyMatch(words::contains);
    }

    private static java.util.Set<String> subjectWords(String normal) {
        int comma = normal.indexOf(',');
        String subject = comma < 0 ? normal : normal.substring(0, comma);
        java.util.Set<String> words = new java.util.HashSet<>();
        Lexicon lexicon = Lexicon.current();
        for (String word : subject.split("[^\\p{L}]+")) {
            // A word naming the kind of amount ("unrealized", "losses") says nothing of what it is of.
            if (word.length() >= 4 && !lexicon.matches(Cue.AMOUNT_KIND, word)) {
                words.add(word);
            }
        }
        return words;
    }

    /** Whether the line states an amount other than zero in some column: a line of zeros nets nothing. */
    private static boolean statesAFigure(StatementRow row) {
        for (int c = 0; c < row.amounts().size(); c++) {
            if (row.amount(c) != null && row.amount(c).value().signum() != 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether no run of lines right above the deduction, less it or plus it as shown, gives the net
     * line in any column where they have figures (one at least): the numbers say the line is not
     * their net, whatever "Less:" says.
     */
    private static boolean numbersDenyDeduction(List<StatementRow> rows, int net) {
        int less = net - 1;
        StatementRow row = rows.get(net);
        boolean compared = false;
        for (int start = less - 1; start >= 0 && less - start <= MAX_COVERED; start--) {
            StatementRow line = rows.get(start);
            boolean total = isTotal(line, row);
            if (!isLine(line, row) && !total || isLess(line) || start < less - 1 && namesNet(line)) {
                break;
            }
            Sections.Difference difference = Sections.difference(rows.subList(start, less), rows.get(less), row);
            if (difference == Sections.Difference.HOLDS) {
                return false;
            }
            compared |= difference == Sections.Difference.FAILS;
            if (total) {
                break;
            }
        }
        return compared;
    }

    /** Whether a line's label says it is a net amount ("Property and equipment, net"). */
    static boolean namesNet(StatementRow row) {
        return Lexicon.current().matches(Cue.NET, row.normalLabel());
    }

    /**
     * Whether a run of two or more lines right above the deduction, less it, is the net line in every
     * column (two at least): "Income (loss) from discontinued operations" (5), "Gain on sale" 94,
     * "Provision (benefit) for income taxes" (122), "Income from discontinued operations, net of taxes"
     * 211. The run stops at the nearest total, header, other deduction or result.
     */
    private static boolean runLessDeduction(List<StatementRow> rows, int net) {
        int less = net - 1;
        StatementRow row = rows.get(net);
        for (int start = less - 2; start >= 0 && less - start <= MAX_COVERED; start--) {
            StatementRow line = rows.get(start);
            if (!isLine(line, row) || isLess(line) || namesNet(line)) {
                return false;
            }
            if (Sections.differenceInEveryColumn(rows.subList(start, less), rows.get(less), row)) {
                return true;
            }
        }
        return false;
    }

    /**
     * What a net line may cover, shortest first: its deduction with the line right above it, then
     * with more of the lines above, back to the nearest total, header, other deduction or net line.
     */
    static List<List<StatementRow>> readings(List<StatementRow> rows, int net) {
        int less = net - 1;
        List<List<StatementRow>> readings = new ArrayList<>();
        for (int start = less - 1; start >= 0 && less - start <= MAX_COVERED; start--) {
            StatementRow row = rows.get(start);
            boolean total = start == less - 1 && isTotal(row, rows.get(net));
            if (!isLine(row, rows.get(net)) && !total || isLess(row) || isNetLine(rows, start)) {
                break;
            }
            readings.add(List.copyOf(rows.subList(start, less + 1)));
            if (total) {
                // A total stands for the lines above it: the net line covers it and its deduction.
                break;
            }
        }
        return readings;
    }

    /** The identity of a reading: the lines above less the deduction, or (as shown) plus it. */
    static BoundExpr identity(StatementTable table, List<StatementRow> reading, int column, boolean subtract) {
        List<Term> above = new ArrayList<>();
        for (StatementRow row : reading.subList(0, reading.size() - 1)) {
            Term term = Term.at(table, row, column, 1);
            if (term != null) {
                above.add(term);
            }
        }
        Term deduction = Term.at(table, reading.get(reading.size() - 1), column, 1);
        if (above.isEmpty() || deduction == null) {
            return null;
        }
        return new BoundExpr.Binary(subtract ? '-' : '+', BoundExpr.sum(above), new BoundExpr.Leaf(deduction));
    }

    /**
     * The lines with what each net line covers left out: the reading that holds in every column,
     * or, when none does, the amount and deduction right above it (its own check then fails).
     */
    static List<StatementRow> counted(StatementTable table, List<StatementRow> lines) {
        List<StatementRow> rows = table.rows();
        List<StatementRow> kept = new ArrayList<>();
        for (StatementRow line : lines) {
            if (line.index() < rows.size() && rows.get(line.index()) == line && isNetLine(rows, line.index())) {
                List<StatementRow> covered = coveredBy(table, line.index());
                kept.removeAll(covered);
            }
            kept.add(line);
        }
        return kept;
    }

    /**
     * The lines with each net line counted by the amount it is net of: the net line and its
     * deduction left out, the gross line kept. Empty when no net line is among them.
     */
    static List<StatementRow> countedAsGross(StatementTable table, List<StatementRow> lines) {
        List<StatementRow> rows = table.rows();
        List<StatementRow> kept = new ArrayList<>();
        boolean any = false;
        for (StatementRow line : lines) {
            if (line.index() < rows.size() && rows.get(line.index()) == line && isNetLine(rows, line.index())) {
                List<StatementRow> covered = coveredBy(table, line.index());
                if (covered.size() >= 2 && kept.containsAll(covered)) {
                    // The lines it is net of, or their subtotal where one closes them.
                    List<StatementRow> gross = covered.subList(0, covered.size() - 1);
                    StatementRow last = gross.get(gross.size() - 1);
                    if (gross.size() > 2 && Sections.addsUpInMostColumns(gross.subList(0, gross.size() - 1), last)) {
                        gross = List.of(last);
                    }
                    kept.removeAll(covered);
                    kept.addAll(gross);
                    any = true;
                    continue;
                }
            }
            kept.add(line);
        }
        return any ? kept : List.of();
    }

    private static List<StatementRow> coveredBy(StatementTable table, int net) {
        return OfTable.of(table.rows()).coveredBy(table, net, () -> covering(table, net));
    }

    private static List<StatementRow> covering(StatementTable table, int net) {
        List<List<StatementRow>> readings = readings(table.rows(), net);
        for (List<StatementRow> reading : readings) {
            if (holdsInEveryColumn(table, table.rows().get(net), reading, true)
                    || holdsInEveryColumn(table, table.rows().get(net), reading, false)) {
                return withGrossParts(table, reading, net);
            }
        }
        return readings.isEmpty() ? List.of() : readings.get(0);
    }

    /**
     * A gross line that is itself the unlabelled subtotal of the lines right above it ("Flight
     * equipment", "Ground property and equipment", "Deposits", then "Property and equipment, at
     * cost") covers them, and so does the net line: the longest such run of two or more lines
     * that adds up to it in every column.
     */
    private static List<StatementRow> withGrossParts(StatementTable table, List<StatementRow> reading, int net) {
        List<StatementRow> rows = table.rows();
        int gross = reading.get(0).index();
        StatementRow netRow = rows.get(net);
        int first = gross;
        while (first > 0 && gross - first < MAX_COVERED && isLine(rows.get(first - 1), netRow)
                && !isLess(rows.get(first - 1)) && !isNetLine(rows, first - 1)) {
            first--;
        }
        int top = partsAbove(rows, first, gross);
        if (top < 0) {
            return reading;
        }
        // The first part may be the subtotal of lines right above it in turn ("Electric plant" over
        // the plant in service, construction work in progress and nuclear fuel, "Electric plant in
        // service" over its classes): the net line covers them all.
        for (int part = partsAbove(rows, first, top); part >= 0; part = partsAbove(rows, first, top)) {
            top = part;
        }
        List<StatementRow> covered = new ArrayList<>(rows.subList(top, gross));
        covered.addAll(reading);
        return covered;
    }

    /** Where the longest run of two or more lines from {@code first} on right above {@code sum} starts that adds up to it, or −1. */
    private static int partsAbove(List<StatementRow> rows, int first, int sum) {
        for (int start = first; start <= sum - 2; start++) {
            if (Sections.addsUpInMostColumns(rows.subList(start, sum), rows.get(sum))) {
                return start;
            }
        }
        return -1;
    }

    private static boolean holdsInEveryColumn(StatementTable table, StatementRow net, List<StatementRow> reading, boolean subtract) {
        int compared = 0;
        for (int c = 0, width = table.width(); c < width; c++) {
            Term reported = Term.at(table, net, c, 1);
            if (reported == null || !reported.readable() || ComparisonColumns.contains(table, c)) {
                continue;
            }
            BoundExpr identity = identity(table, reading, c, subtract);
            if (identity == null) {
                continue;
            }
            List<Term> terms = new ArrayList<>();
            identity.collectTerms(terms);
            if (terms.stream().anyMatch(term -> !term.readable())) {
                return false;
            }
            Interval expected = identity.evaluate(java.util.Map.of());
            if (expected == null || !expected.intersects(reported.interval())) {
                return false;
            }
            compared++;
        }
        return compared > 0;
    }

    private static boolean isLine(StatementRow row, StatementRow net) {
        return row.role() == RowRole.ITEM && row.depth() == net.depth() && hasAmount(row);
    }

    /**
     * A total at the net line's level, or one level in: a total printed at its items' level under their header
     * ("Property and equipment:", its classes, "Total property and equipment") stands for the section, which is
     * at the level of the deduction and the net line below it.
     */
    private static boolean isTotal(StatementRow row, StatementRow net) {
        return row.role() == RowRole.TOTAL && (row.depth() == net.depth() || row.depth() == net.depth() + 1) && hasAmount(row);
    }

    private static boolean hasAmount(StatementRow row) {
        for (dev.crossfoot.model.Amount amount : row.amounts()) {
            if (amount != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLess(StatementRow row) {
        return Lexicon.current().matches(Cue.DEDUCTION, row.normalLabel());
    }

    /**
     * The answers for the lines of one table read so far on this thread. Whether a line is a net
     * line, and what it covers, depend only on the table and the lexicon in force, yet the section
     * footing asks them again for every reading it weighs ({@link #counted}, {@link #countedAsGross})
     * and {@link #readings} for every line above: a table is footed on one thread, its readings one
     * after another, so the last table's answers are the ones asked for again.
     */
    private static final class OfTable {
        private static final ThreadLocal<OfTable> LAST = new ThreadLocal<>();
        private static final byte UNKNOWN = 0;
        private static final byte NET = 1;
        private static final byte NOT_NET = 2;

        /** The table's own rows (immutable, see {@link StatementTable}): the same list, the same answers. */
        private final List<StatementRow> rows;
        private final Lexicon lexicon;
        private final byte[] netLines;
        /** What each net line covers, for the one table these answers were worked out in. */
        private StatementTable coveredIn;
        private List<StatementRow>[] covered;

        private OfTable(List<StatementRow> rows, Lexicon lexicon) {
            this.rows = rows;
            this.lexicon = lexicon;
            this.netLines = new byte[rows.size()];
        }

        static OfTable of(List<StatementRow> rows) {
            OfTable last = LAST.get();
            Lexicon lexicon = Lexicon.current();
            if (last == null || last.rows != rows || last.lexicon != lexicon) {
                last = new OfTable(rows, lexicon);
                LAST.set(last);
            }
            return last;
        }

        boolean isNetLine(int net, java.util.function.BooleanSupplier work) {
            if (netLines[net] == UNKNOWN) {
                netLines[net] = work.getAsBoolean() ? NET : NOT_NET;
            }
            return netLines[net] == NET;
        }

        @SuppressWarnings("unchecked")
        List<StatementRow> coveredBy(StatementTable table, int net, java.util.function.Supplier<List<StatementRow>> work) {
            if (coveredIn != table) {
                coveredIn = table;
                covered = new List[rows.size()];
            }
            if (covered[net] == null) {
                covered[net] = List.copyOf(work.get());
            }
            return covered[net];
        }
    }
}
