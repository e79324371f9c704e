package dev.crossfoot.read;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.Hierarchy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Builds the tables of one statement report of a filing: its {@code pre.txt} lines in {@code line}
 * order, labelled as the filer labelled them, each value shown as presented ({@code negating} reverses
 * its sign), one column per period. The entity's own values form the statement's table; those of a
 * co-registrant, of a member of an axis ({@code segments}: the components of equity, classes of stock)
 * or in a second currency (a convenience translation) form tables of their own, labelled, never mixed
 * into the statement's columns.
 *
 * <p>A flow statement (income, cash flows, equity) has a column per duration. Its balances are instants:
 * the opening balance ("Cash at beginning of period", the first of two lines of one concept) is put in
 * each duration column at the instant the duration starts, the closing one at the instant it ends. An
 * instant that fits no column gets a column of its own, so no value is dropped. Each row states its
 * measure, from its values' units: the checker never reads a share count as money by its label.
 *
 * <p>A statement of equity is read as the filer presents it: each period's roll-forward down one column,
 * each equity component a table of its own, and the share counts, which roll forward beside the money, a
 * table of their own ({@code R5 [shares]}). Periods the statement does not report (a quarter only its net
 * income fills) are skipped with their count, not footed.
 */
final class FsdsStatement {

    private static final Map<String, String> TITLES = Map.of("BS", "Balance sheet", "IS", "Income statement",
            "CF", "Statement of cash flows", "CI", "Statement of comprehensive income", "EQ", "Statement of stockholders' equity");
    private static final Map<String, String> KINDS = Map.of("BS", "balance-sheet", "IS", "income", "CF", "cash-flow",
            "CI", "income", "EQ", "equity");
    /** The cell of a nil fact: a dash, which the canonical contract reads as nil. */
    private static final String NIL = "—";

    /** The statement kinds of pre.txt that are read as tables. */
    static boolean isStatement(String stmt) {
        return TITLES.containsKey(stmt);
    }

    /**
     * The statement's own table first, then the tables kept apart from it, and (or null) the dimensional
     * details too thin to be a table of the statement.
     */
    record Built(Table statement, List<Table> apart, List<Skipped> details) {

        /** This part's tables and, kept apart from them, another part's (an equity statement's share counts). */
        Built with(Built other) {
            List<Table> allApart = new ArrayList<>(apart);
            allApart.add(other.statement);
            allApart.addAll(other.apart);
            List<Skipped> allDetails = new ArrayList<>(details);
            allDetails.addAll(other.details);
            return new Built(statement, allApart, allDetails);
        }
    }

    private final FsdsFiles files;
    private final FsdsIndex index;
    /** Where this filing's problems go: one instance builds the statements of one filing. */
    private final DocumentSink problems;
    private final Set<Integer> duplicatesReported = new HashSet<>();

    FsdsStatement(FsdsFiles files, FsdsIndex index, DocumentSink problems) {
        this.files = files;
        this.index = index;
        this.problems = problems;
    }

    /**
     * The tables of a report. In a statement of equity the share counts roll forward on their own (shares at
     * the beginning, issued, bought back, at the end), beside the money: the lines whose values are shares form
     * a table of their own, "R5 [shares]", so that no money balance is footed with a share count in it.
     */
    Built build(String adsh, int report, List<FsdsPresentation> lines, Map<String, List<FsdsValue>> values) {
        if (lines.get(0).stmt().equals("EQ")) {
            List<FsdsPresentation> shares = new ArrayList<>();
            List<FsdsPresentation> rest = new ArrayList<>();
            for (FsdsPresentation line : lines) {
                List<FsdsValue> lineValues = values.getOrDefault(line.concept(), List.of());
                (!lineValues.isEmpty() && measureOf(lineValues) == Measure.SHARES ? shares : rest).add(line);
            }
            if (!shares.isEmpty() && !rest.isEmpty()) {
                return buildPart(adsh, report, rest, values, "").with(buildPart(adsh, report, shares, values, "shares"));
            }
        }
        return buildPart(adsh, report, lines, values, "");
    }

    /** The tables of a report's lines, or of one part of them ({@code part}: "shares", "" for the statement itself). */
    private Built buildPart(String adsh, int report, List<FsdsPresentation> lines, Map<String, List<FsdsValue>> values,
                            String part) {
        String stmt = lines.get(0).stmt();
        boolean parenthetical = lines.stream().anyMatch(FsdsPresentation::parenthetical);
        Map<String, Integer> currencies = new TreeMap<>();
        List<Measure> rowMeasures = new ArrayList<>();
        List<FsdsPrecision> rowPrecision = new ArrayList<>();
        for (FsdsPresentation line : lines) {
            List<FsdsValue> rowValues = values.getOrDefault(line.concept(), List.of());
            if (rowValues.isEmpty()) {
                problems.problem(InputProblem.part(Location.ofLine(files.cite(FsdsFiles.PRE), line.sourceLine()),
                        "line " + line.line() + " of report R" + report + " of " + adsh + " ('" + line.label() + "', "
                                + line.tag() + ") has no value in num.txt; its cells are not given (unknown, not zero)"));
            }
            rowMeasures.add(rowValues.isEmpty() ? Measure.MONEY : measureOf(rowValues));
            FsdsPrecision digits = new FsdsPrecision();
            for (FsdsValue value : rowValues) {
                digits.see(value.value());
                String currency = FsdsMeasures.currency(value.uom());
                if (value.consolidated() && !currency.isEmpty()) {
                    currencies.merge(currency, 1, Integer::sum);
                }
            }
            rowPrecision.add(digits);
        }
        perShareInCents(rowMeasures, rowPrecision);
        Map<Measure, FsdsPrecision> precision = new EnumMap<>(Measure.class);
        for (int r = 0; r < lines.size(); r++) {
            precision.computeIfAbsent(rowMeasures.get(r), key -> new FsdsPrecision()).see(rowPrecision.get(r));
        }
        String currency = currencies.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        Map<String, Slice> slices = new LinkedHashMap<>();
        slices.put("", new Slice("", currency));
        for (int r = 0; r < lines.size(); r++) {
            for (FsdsValue value : values.getOrDefault(lines.get(r).concept(), List.of())) {
                String own = FsdsMeasures.currency(value.uom());
                String valueCurrency = own.isEmpty() || own.equals(currency) ? "" : own;
                String key = sliceLabel(value, valueCurrency);
                slices.computeIfAbsent(key, label -> new Slice(label, valueCurrency.isEmpty() ? currency : valueCurrency))
                        .put(r, value);
            }
        }
        Units units = new Units(precision, rowMeasures, rowPrecision);
        String title = TITLES.get(stmt) + (parenthetical ? " (parenthetical)" : "") + (part.isEmpty() ? "" : " — " + part);
        List<Table> tables = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<String> details = new ArrayList<>();
        int detailValues = 0;
        Set<FsdsPeriod> statementPeriods = null;
        for (Slice slice : slices.values()) {
            if (slice.label.isEmpty() || slice.coversTheStatement(lines.size())) {
                Slice.Read read = slice.read(adsh, report, part, stmt, title, lines, units, statementPeriods);
                if (read.table() != null) {
                    tables.add(read.table());
                }
                if (read.otherPeriods() != null) {
                    skipped.add(read.otherPeriods());
                }
                if (slice.label.isEmpty() && !read.periods().isEmpty()) {
                    statementPeriods = read.periods();
                }
            } else {
                details.add(slice.label);
                detailValues += slice.values();
            }
        }
        if (!details.isEmpty()) {
            skipped.add(new Skipped(adsh, tableId(report, part, "members"), detailValues
                + " value(s) of " + details.size() + " co-registrant(s), member(s) or currencies on fewer than a quarter of the"
                + " statement's lines (details another report presents, e.g. net income by equity component): "
                + String.join("; ", details.subList(0, Math.min(3, details.size()))) + (details.size() > 3 ? "; …" : "")));
        }
        return new Built(tables.get(0), tables.subList(1, tables.size()), skipped);
    }

    /** "R5", "R5 [shares]", "R5 [EquityComponents=RetainedEarnings, other periods]": the report and what part of it a table is. */
    private static String tableId(int report, String... qualifiers) {
        List<String> named = java.util.Arrays.stream(qualifiers).filter(qualifier -> !qualifier.isEmpty()).toList();
        return "R" + report + (named.isEmpty() ? "" : " [" + String.join(", ", named) + "]");
    }

    /**
     * A line of cents in a statement whose money is in whole units or coarser is a per-share amount, whatever
     * its data type: filers of 2009 typed their own earnings-per-share elements as monetary. Left as money,
     * its cents would make the statement's money seem reported to the cent.
     */
    private static void perShareInCents(List<Measure> measures, List<FsdsPrecision> digits) {
        List<Integer> places = new ArrayList<>();
        for (int r = 0; r < measures.size(); r++) {
            if (measures.get(r) == Measure.MONEY && digits.get(r).finest() != null) {
                places.add(digits.get(r).finest());
            }
        }
        if (places.isEmpty()) {
            return;
        }
        places.sort(null);
        if (places.get(places.size() / 2) < 0) {
            return;
        }
        for (int r = 0; r < measures.size(); r++) {
            FsdsPrecision row = digits.get(r);
            if (measures.get(r) == Measure.MONEY && row.finest() != null && row.finest() < 0 && row.largest() < 1000) {
                measures.set(r, Measure.PER_SHARE);
            }
        }
    }

    /**
     * What a line measures: what most of its values measure by their unit and data type (a filer may state
     * one stray value of a line in another unit; the line is what its values mostly are).
     */
    private Measure measureOf(List<FsdsValue> values) {
        Map<Measure, Integer> counts = new EnumMap<>(Measure.class);
        for (FsdsValue value : values) {
            counts.merge(FsdsMeasures.of(index.dataType(value.concept()), value.uom(), value.tag()), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    }

    /** What a line measures by its concept's data type in tag.txt; null where the data set does not say. */
    private Measure declaredMeasure(FsdsPresentation line) {
        String dataType = index.dataType(line.concept());
        return dataType.isEmpty() ? null : FsdsMeasures.of(dataType, "", line.tag());
    }

    private static String sliceLabel(FsdsValue value, String foreignCurrency) {
        List<String> parts = new ArrayList<>();
        if (!value.coreg().isEmpty()) {
            parts.add("co-registrant " + value.coreg());
        }
        if (!value.segments().isEmpty()) {
            parts.add(value.segments().endsWith(";") ? value.segments().substring(0, value.segments().length() - 1) : value.segments());
        }
        if (!foreignCurrency.isEmpty()) {
            parts.add("in " + foreignCurrency);
        }
        return String.join(", ", parts);
    }

    /** How each measure of the statement is shown, and the unit caption that says so. */
    private static final class Units {
        private final Map<Measure, FsdsPrecision.Display> displays = new EnumMap<>(Measure.class);
        private final Set<Measure> present = new HashSet<>();
        private final List<Measure> rowMeasures;
        private final List<FsdsPrecision> rowPrecision;

        Units(Map<Measure, FsdsPrecision> precision, List<Measure> rowMeasures, List<FsdsPrecision> rowPrecision) {
            this.rowMeasures = rowMeasures;
            this.rowPrecision = rowPrecision;
            present.addAll(rowMeasures);
            FsdsPrecision.Display money = precision.getOrDefault(Measure.MONEY, new FsdsPrecision()).scaled();
            FsdsPrecision.Display shares = precision.getOrDefault(Measure.SHARES, new FsdsPrecision()).scaled();
            if (shares.scale() < money.scale() && present.contains(Measure.MONEY)) {
                // A caption cannot say "shares in units" (only a scale): show them in the money's scale, with decimals.
                shares = new FsdsPrecision.Display(money.scale(), shares.decimals() + money.scale() - shares.scale());
            }
            displays.put(Measure.MONEY, money);
            displays.put(Measure.SHARES, shares);
            for (Measure measure : List.of(Measure.PER_SHARE, Measure.PERCENT, Measure.PURE)) {
                displays.put(measure, precision.getOrDefault(measure, new FsdsPrecision()).unscaled());
            }
        }

        Measure measureOf(int row) {
            return rowMeasures.get(row);
        }

        /**
         * How a line's values are shown: its measure's display, a percentage with its sign. A per-share
         * line shows its own digits, to the cent at least: earnings per share in cents beside dividends
         * per share to four decimals are not reported to four decimals (Ventas' "0.0900" is 9 cents).
         */
        Display ofRow(int row) {
            Measure measure = rowMeasures.get(row);
            if (measure == Measure.PER_SHARE && rowPrecision.get(row).finest() != null) {
                return new Display(rowPrecision.get(row).perShare(), false);
            }
            return new Display(displays.get(measure), measure == Measure.PERCENT);
        }

        /** "in thousands of USD, except per share amounts; shares in millions", as {@code understand.Units} reads captions. */
        String caption(String currency) {
            FsdsPrecision.Display money = displays.get(Measure.MONEY);
            FsdsPrecision.Display shares = displays.get(Measure.SHARES);
            boolean anyMoney = present.contains(Measure.MONEY);
            String scale = anyMoney ? money.scaleWord() : shares.scaleWord();
            StringBuilder caption = new StringBuilder("in ");
            caption.append(scale.isEmpty() ? "" : scale + (currency.isEmpty() ? "" : " of "));
            caption.append(currency.isEmpty() && scale.isEmpty() ? "units" : currency);
            if (present.contains(Measure.PER_SHARE)) {
                caption.append(", except per share amounts");
            }
            if (anyMoney && present.contains(Measure.SHARES) && shares.scale() != money.scale()) {
                caption.append("; shares in ").append(shares.scaleWord());
            }
            return caption.toString();
        }
    }

    /** A line's display: its measure's scale and decimals, and whether it is a percentage. */
    private record Display(FsdsPrecision.Display digits, boolean percent) {
        String format(java.math.BigDecimal value, boolean negate) {
            return digits.format(value, negate, percent);
        }
    }

    /** The values of one slice (the entity's own, a co-registrant's, a member's, another currency's), by row and period. */
    private final class Slice {
        private final String label;
        private final String currency;
        private final Map<Integer, Map<FsdsPeriod, FsdsValue>> rows = new TreeMap<>();

        Slice(String label, String currency) {
            this.label = label;
            this.currency = currency;
        }

        void put(int row, FsdsValue value) {
            FsdsPeriod period = FsdsPeriod.of(value);
            FsdsValue first = rows.computeIfAbsent(row, key -> new LinkedHashMap<>()).putIfAbsent(period, value);
            if (first != null && duplicatesReported.add(value.sourceLine())) {
                problems.problem(InputProblem.part(Location.ofLine(files.cite(FsdsFiles.NUM), value.sourceLine()),
                        "a second value of " + value.tag() + " for " + period.caption() + (label.isEmpty() ? "" : " (" + label + ")")
                                + " in " + value.uom() + "; the one of line " + first.sourceLine() + " (" + first.uom() + ") is shown"));
            }
        }

        /**
         * The slice's table; when some of its columns hold only a few of its lines (a flow statement's
         * quarter for the two lines the income statement shares with it, a balance sheet's third date for
         * one equity total), those columns form a second table, "other periods", rather than be read as
         * periods the statement reports.
         */
        /**
         * Whether a co-registrant's, member's or currency's values make a statement of their own (the
         * components of equity, a co-registrant's balance sheet): values on at least two lines and a
         * quarter of those the entity's own statement fills.
         */
        boolean coversTheStatement(int lines) {
            return rows.size() >= 2 && rows.size() * 4 >= lines;
        }

        int values() {
            return rows.values().stream().mapToInt(Map::size).sum();
        }

        /** A slice's table (null when it has none of the statement's periods), its periods, and (or null) its values for other periods, skipped. */
        record Read(Table table, Set<FsdsPeriod> periods, Skipped otherPeriods) { }

        /**
         * The slice's table. The periods of the statement are those of the entity's own values where most of
         * its lines have one; a member's or co-registrant's table has the same columns
         * ({@code statementPeriods}, null for the entity's own slice). Values of other periods — a flow
         * statement's quarter for the two lines it shares with the income statement, a balance sheet's third
         * date for one equity total, the year a single adjustment of an equity statement is dated in — are
         * skipped with their count: they are not a statement of those periods, and footing the few lines they
         * fill would read the lines they leave out as zero.
         */
        Read read(String adsh, int report, String part, String stmt, String title, List<FsdsPresentation> lines,
                  Units units, Set<FsdsPeriod> statementPeriods) {
            Set<FsdsPeriod> periods = new TreeSet<>(FsdsPeriod.ORDER);
            rows.values().forEach(byPeriod -> periods.addAll(byPeriod.keySet()));
            boolean flow = !stmt.equals("BS") && periods.stream().anyMatch(period -> !period.instant());
            List<FsdsPeriod> columns = new ArrayList<>(flow ? periods.stream().filter(period -> !period.instant()).toList() : periods);
            List<Map<FsdsPeriod, FsdsValue>> placed = new ArrayList<>();
            Set<FsdsPeriod> extra = new TreeSet<>(FsdsPeriod.ORDER);
            for (int r = 0; r < lines.size(); r++) {
                Map<FsdsPeriod, FsdsValue> byPeriod = rows.getOrDefault(r, Map.of());
                placed.add(!flow ? byPeriod : between(lines, r) ? durationsOnly(byPeriod)
                        : placeBalances(byPeriod, columns, opening(lines, r) && !datedAtItsEnd(lines, r, byPeriod, columns),
                                paired(lines, r), extra));
            }
            columns.addAll(extra);
            Map<FsdsPeriod, Integer> filled = new HashMap<>();
            placed.forEach(byPeriod -> byPeriod.keySet().forEach(period -> filled.merge(period, 1, Integer::sum)));
            int densest = filled.values().stream().max(Integer::compare).orElse(0);
            List<FsdsPeriod> main = columns.stream().filter(column -> statementPeriods != null ? statementPeriods.contains(column)
                    : filled.getOrDefault(column, 0) * 4 >= densest).toList();
            List<FsdsPeriod> sparse = columns.stream().filter(column -> !main.contains(column)).toList();
            String caption = label.isEmpty() ? title : title + " — " + label;
            // A member with values only in periods the statement does not report has no table, only its skipped values.
            // A column that fills fewer than half the lines the fullest one fills (a 10-K's quarterly figures for a
            // few lines, a restated subset) is a partial column: the lines it leaves out were not reported for that
            // period, which says nothing of them, where the fuller columns' gaps are lines that had nothing.
            Set<FsdsPeriod> partial = new HashSet<>();
            main.stream().filter(column -> filled.getOrDefault(column, 0) * 2 < densest).forEach(partial::add);
            Table table = main.isEmpty() && !label.isEmpty() ? null : table(tableId(report, part, label), caption, adsh,
                    report, stmt, lines, units, placed, main, partial, label.isEmpty() && part.isEmpty());
            Skipped other = null;
            if (!sparse.isEmpty()) {
                int values = sparse.stream().mapToInt(column -> filled.getOrDefault(column, 0)).sum();
                other = new Skipped(adsh, tableId(report, part, label, "other periods"), values + " value(s) of "
                        + sparse.stream().map(FsdsPeriod::caption).collect(java.util.stream.Collectors.joining("; "))
                        + (statementPeriods != null ? ", periods the statement itself does not report"
                                : ", on fewer than a quarter of the lines the statement's fullest period fills")
                        + ": not a statement of those periods (footing its few lines would read the others as zero)");
            }
            return new Read(table, new HashSet<>(main), other);
        }

        private Table table(String tableId, String caption, String adsh, int report, String stmt, List<FsdsPresentation> lines,
                            Units units, List<Map<FsdsPeriod, FsdsValue>> placed, List<FsdsPeriod> columns,
                            Set<FsdsPeriod> partial, boolean everyLine) {
            String at = adsh + "/R" + report;
            List<Row> tableRows = new ArrayList<>();
            for (int r = 0; r < lines.size(); r++) {
                FsdsPresentation line = lines.get(r);
                Map<FsdsPeriod, FsdsValue> byPeriod = placed.get(r);
                boolean any = columns.stream().anyMatch(byPeriod::containsKey);
                if (!everyLine && !any) {
                    continue;
                }
                String rowAt = at + "/line-" + line.line();
                List<Cell> cells = new ArrayList<>();
                for (FsdsPeriod column : columns) {
                    Location place = Location.ofFragment(files.name(), rowAt + "/" + column.key() + (label.isEmpty() ? "" : "/" + label));
                    // pre.txt holds no headers: a line with no value in any period of the statement is a line whose
                    // figures the data set does not give (they stand in another table, or were lost), not a caption.
                    // Unknown, not blank: what it is part of cannot be footed, where as a header it cut its section
                    // in two and as a blank it counted as nothing.
                    boolean unreported = !any || partial.contains(column) && !byPeriod.containsKey(column);
                    cells.add(unreported ? Cell.notGiven(place) : new Cell(text(byPeriod.get(column), line, units.ofRow(r)), place));
                }
                // The line's measure is stated, from its values' units (or, with none, its concept's data type): the
                // checker must not read "Shares, beginning balance" as money because its label says "balance", nor
                // foot it into the money above it.
                // The line's element is stated too: a label that lost its heading ("Total" under the effect of exchange
                // rates, whose heading pre.txt does not hold) is still known by what it reports.
                tableRows.add(new Row(line.label(), null, line.element(), cells, Location.ofFragment(files.name(), rowAt),
                        null, any ? units.measureOf(r) : declaredMeasure(line)));
            }
            // Only the entity's own statement is of its kind: a member's or other periods' table is footed, never
            // tied to or taken for the statement.
            String kind = everyLine ? KINDS.get(stmt) : StatementKind.OTHER.label();
            return new Table(tableId, caption, units.caption(currency), kind,
                    columns.stream().map(FsdsPeriod::caption).toList(), tableRows, Location.ofFragment(files.name(), at));
        }

        private String text(FsdsValue value, FsdsPresentation line, Display display) {
            if (value == null) {
                return "";
            }
            if (value.value() == null) {
                // A nil fact is how a filer tags the dash of its statement ("Additional paid-in capital —",
                // "Preferred stock, none issued —"): a line with nothing in it, not a blank that would make
                // it a header and cut its section in two.
                return value.text().isEmpty() ? NIL : value.text();
            }
            return display.format(value.value(), line.negating());
        }
    }

    /**
     * Whether a line of balances opens the statement's periods: of several lines of one concept, the one its
     * filer labels as the period's start (the lexicon's {@code period-start}: "Cash at beginning of period",
     * even listed after "Cash at end of period"), else the first (cash at the beginning, then at the end); a
     * single line, where its label says so.
     */
    private static boolean opening(List<FsdsPresentation> lines, int r) {
        FsdsPresentation line = lines.get(r);
        List<Integer> same = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sameConcept(line)) {
                same.add(i);
            }
        }
        if (same.size() > 1) {
            List<Integer> namedStart = same.stream().filter(i -> Hierarchy.isPeriodStart(lines.get(i).label())).toList();
            return namedStart.size() == 1 ? namedStart.get(0) == r : same.get(0) == r;
        }
        return Hierarchy.isPeriodStart(lines.get(r).label());
    }

    /**
     * Whether an opening line's balances are dated at the end of their periods, not at the start: a filer's
     * own element for "Cash at beginning of year" is often tagged in the period's closing context. Read as the
     * other lines are, across all the columns: the dating that gives more of them a balance. (A concept on two
     * lines shares its instants with the closing line and is dated by the calendar.)
     */
    private static boolean datedAtItsEnd(List<FsdsPresentation> lines, int r, Map<FsdsPeriod, FsdsValue> byPeriod,
                                         List<FsdsPeriod> columns) {
        if (paired(lines, r)) {
            return false;
        }
        int atStart = 0;
        int atEnd = 0;
        for (FsdsPeriod column : columns) {
            atStart += balanceAt(byPeriod, column, true) ? 1 : 0;
            atEnd += balanceAt(byPeriod, column, false) ? 1 : 0;
        }
        return atEnd > atStart;
    }

    /**
     * Whether a line of balances stands between the opening and the closing line of its concept: the same
     * concept on three or more lines of a flow statement (a balance "as adjusted" after the opening one, or
     * the balance that closes one block of a roll-forward and opens the next). Its instants are the opening's
     * or the closing's, shown on those lines; shown again here they would be footed twice.
     */
    private static boolean between(List<FsdsPresentation> lines, int r) {
        FsdsPresentation line = lines.get(r);
        boolean before = false;
        boolean after = false;
        for (int other = 0; other < lines.size(); other++) {
            if (other != r && lines.get(other).sameConcept(line)) {
                before |= other < r;
                after |= other > r;
            }
        }
        return before && after;
    }

    /** A line's values for periods of time, without its balances. */
    private static Map<FsdsPeriod, FsdsValue> durationsOnly(Map<FsdsPeriod, FsdsValue> byPeriod) {
        Map<FsdsPeriod, FsdsValue> durations = new HashMap<>(byPeriod);
        durations.keySet().removeIf(FsdsPeriod::instant);
        return durations;
    }

    /** Whether the line's concept stands on another line of the report too (opening and closing balance). */
    private static boolean paired(List<FsdsPresentation> lines, int r) {
        FsdsPresentation line = lines.get(r);
        return lines.stream().filter(other -> other.sameConcept(line)).count() > 1;
    }

    /**
     * A row's values in a flow statement's duration columns: its balances at the start or end of each
     * column's period. A balance that fits no column gets a column of its own, unless the row is one of a
     * pair and the other line shows it (the closing balance of one period is no opening balance of any).
     *
     * <p>The lines of a pair (cash at the beginning and at the end, equity at the beginning and at the end)
     * stand in a column only when the concept has a value at both ends of its period: a roll-forward shown
     * for six months whose quarter column holds only the net income it shares with the income statement
     * has no opening balance for the quarter, and its closing balance there would be footed against the
     * quarter's net income alone.
     */
    private static Map<FsdsPeriod, FsdsValue> placeBalances(Map<FsdsPeriod, FsdsValue> byPeriod, List<FsdsPeriod> allColumns,
                                                           boolean opening, boolean paired, Set<FsdsPeriod> extra) {
        List<FsdsPeriod> columns = paired ? allColumns.stream().filter(column -> bothEnds(byPeriod, column)).toList() : allColumns;
        Map<FsdsPeriod, FsdsValue> placed = new HashMap<>();
        for (Map.Entry<FsdsPeriod, FsdsValue> entry : byPeriod.entrySet()) {
            FsdsPeriod period = entry.getKey();
            if (!period.instant()) {
                placed.put(period, entry.getValue());
                continue;
            }
            boolean fitted = false;
            for (FsdsPeriod column : columns) {
                boolean fits = opening ? column.startsAfter(period.end()) : column.endsOn(period.end());
                if (fits && nearer(placed.get(column), period, column)) {
                    placed.put(column, entry.getValue());
                    fitted = true;
                }
            }
            boolean shownByTheOtherLine = paired && columns.stream()
                    .anyMatch(column -> opening ? column.endsOn(period.end()) : column.startsAfter(period.end()));
            if (!fitted && !shownByTheOtherLine) {
                placed.put(period, entry.getValue());
                extra.add(period);
            }
        }
        return placed;
    }

    /** Whether a concept's balances include one at the start and one at the end of a column's period. */
    private static boolean bothEnds(Map<FsdsPeriod, FsdsValue> byPeriod, FsdsPeriod column) {
        return balanceAt(byPeriod, column, true) && balanceAt(byPeriod, column, false);
    }

    /** Whether a line has a balance at the start of a column's period ({@code start}), else at its end. */
    private static boolean balanceAt(Map<FsdsPeriod, FsdsValue> byPeriod, FsdsPeriod column, boolean start) {
        for (FsdsPeriod period : byPeriod.keySet()) {
            if (period.instant() && (start ? column.startsAfter(period.end()) : column.endsOn(period.end()))) {
                return true;
            }
        }
        return false;
    }

    /** Whether an opening balance is nearer the column's start than the one already placed (a 52/53-week year offers two). */
    private static boolean nearer(FsdsValue already, FsdsPeriod candidate, FsdsPeriod column) {
        if (already == null) {
            return true;
        }
        java.time.LocalDate start = column.end().minusMonths(3L * column.quarters());
        long was = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(start, FsdsPeriod.of(already).end()));
        long is = Math.abs(java.time.temporal.ChronoUnit.DAYS.between(start, candidate.end()));
        return is < was;
    }
}
