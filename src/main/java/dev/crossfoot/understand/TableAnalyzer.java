package dev.crossfoot.understand;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a table as read into a table understood: cell values, hierarchy, statement kind,
 * concepts, measures, scaled amounts and column periods. Nothing here throws on odd input:
 * what cannot be understood stays unknown (a null concept, a malformed value).
 */
public final class TableAnalyzer {

    private final NumberParser numbers = new NumberParser();
    private final Hierarchy hierarchy = new Hierarchy();
    private final StatementClassifier classifier = new StatementClassifier();
    private final MeasureClassifier measures = new MeasureClassifier();
    private final PeriodParser periods = new PeriodParser();
    private final ConceptDictionary concepts;

    /**
     * The shapes of tables understood lately, each with what its shape alone decides: a table of the same shape
     * as one understood before is understood by its numbers only (see {@link TableShape}). Bounded so that what a
     * run keeps does not grow with the tables it reads: an SEC quarter's tables rarely share a shape, a dataset of
     * releases shares a few over and over.
     */
    private final BoundedMemo<TableShape.Key, TableShape> shapes = new BoundedMemo<>(SHAPES_KEPT);

    /** At most this many shapes are kept (each a few kilobytes: its labels, sections, measures and concepts). */
    static final int SHAPES_KEPT = 1_000;

    public TableAnalyzer(ConceptDictionary concepts) {
        this.concepts = concepts;
    }

    public StatementTable analyze(Document document, Table table, int tableIndex) {
        Cells cells = cells(table);
        return build(document, table, tableIndex, cells, shapeOf(table, null, cells), false, null);
    }

    /**
     * A table read as its rows' depths show it and, when any row gives a depth, as its labels and
     * numbers alone show it (null when none does): {@code analyze} of the table and of
     * {@link Table#withoutDepths()}. The cells' values, the kind, the units and the column periods do
     * not depend on depths and are read once; a row whose headers are the same in both readings keeps
     * its measure, concept and amounts. Reading every table with depths twice over was a tenth of a
     * dataset run. What the table's shape decides (both readings' hierarchy, measures and concepts, the
     * kind, units and periods) is worked out once per shape ({@link TableShape}); only the amounts are the
     * table's own.
     */
    public Readings analyzeWithAndWithoutDepths(Document document, Table table, int tableIndex) {
        return analyzeWithAndWithoutDepths(document, table, tableIndex, true);
    }

    /** As {@link #analyzeWithAndWithoutDepths(Document, Table, int)}; {@code memo} false works the shape out afresh. */
    Readings analyzeWithAndWithoutDepths(Document document, Table table, int tableIndex, boolean memo) {
        Cells cells = cells(table);
        Table plain = table.rows().stream().noneMatch(row -> row.depth() != null) ? null : table.withoutDepths();
        TableShape shape = memo ? shapes.get(TableShape.Key.of(Lexicon.current(), table, cells.values(), cells.numbered(), cells.unlabelledTotals()),
                key -> shapeOf(table, plain, cells))
                : shapeOf(table, plain, cells);
        StatementTable given = build(document, table, tableIndex, cells, shape, false, null);
        return new Readings(given, plain == null ? null : build(document, plain, tableIndex, cells, shape, true, given));
    }

    /** The key the memo keeps the table's shape under. */
    TableShape.Key keyOf(Table table) {
        Cells cells = cells(table);
        return TableShape.Key.of(Lexicon.current(), table, cells.values(), cells.numbered(), cells.unlabelledTotals());
    }

    /** A table as its depths show it, and as its labels and numbers alone do (null when it gives no depths). */
    public record Readings(StatementTable givenDepths, StatementTable withoutDepths) { }

    /**
     * What the reader gave, per cell: each cell's value; which rows carry numbers; and which unlabelled rows the
     * numbers confirm as totals (worked out once for the shape's key and its structure alike).
     */
    private record Cells(List<List<CellValue>> values, boolean[] numbered, boolean[] unlabelledTotals) { }

    /** One reading of the rows' structure, kept so that a second reading can reuse the rows it places alike. */
    private record Structure(TableShape.Reading reading, List<Hierarchy.Place> places, List<Measure> classified,
                             List<String> concepts) { }

    private Cells cells(Table table) {
        int width = table.width();
        boolean decimalComma = NumberStyle.decimalComma(table);
        List<List<CellValue>> values = new ArrayList<>();
        boolean[] numbered = new boolean[table.rows().size()];
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            List<CellValue> rowValues = new ArrayList<>(width);
            boolean hasNumbers = false;
            boolean noneGiven = true;
            for (int c = 0; c < width; c++) {
                // A cell the reader saw damaged is not a number to check with, whatever it reads as.
                Cell cell = row.cell(c);
                CellValue value = cell.damage() != null ? new CellValue.Malformed(cell.damage())
                        : cell.notGiven() ? new CellValue.NotGiven()
                        : numbers.parse(decimalComma ? NumberStyle.asDecimalPoint(cell.text()) : cell.text());
                rowValues.add(value);
                hasNumbers |= !(value instanceof CellValue.Absent);
                noneGiven &= value instanceof CellValue.NotGiven;
            }
            if (hasNumbers && noneGiven && Hierarchy.isCaption(row.label())) {
                // "Commitments and contingencies" is a line of the taxonomy that a data set gives no figure for: the
                // caption it is on the statement, not an unknown amount that would leave the grand total unchecked.
                java.util.Collections.fill(rowValues, new CellValue.Absent());
                hasNumbers = false;
            }
            values.add(rowValues);
            numbered[r] = hasNumbers && !repeatsColumnHeaders(row, width);
        }
        return new Cells(values, numbered, UnlabelledTotals.of(table.rows().stream().map(Row::label).toList(), values));
    }

    /**
     * What the table's shape decides: kind, units, column periods, and the rows' structure as the
     * depths show it and (for {@code plain}, the table without depths, when not null) as the labels
     * and numbers alone do. Reads of the cells only what {@link TableShape.Key} keeps of them.
     */
    private TableShape shapeOf(Table table, Table plain, Cells cells) {
        int width = table.width();
        StatementKind kind = kindOf(table);
        Units units = Units.parse(table.unit().isBlank() ? table.title() : table.unit());
        List<Period> columnPeriods = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columnPeriods.add(flowPeriod(periods.parse(table.column(c)), kind));
        }
        quartersBySpacing(columnPeriods);
        percentColumnsFollowTheirAmounts(table, columnPeriods);
        onlyTheReportedColumnIsThePeriod(table, columnPeriods);
        Structure given = structure(table, cells, kind, null);
        Structure without = plain == null ? null : structure(plain, cells, kind, given);
        return new TableShape(kind, units, java.util.Collections.unmodifiableList(columnPeriods), given.reading(),
                without == null ? null : without.reading());
    }

    /**
     * The table's rows understood under one reading of the shape: each row's place, measure and
     * concept from the shape, its amounts from its own numbers. {@code earlier}, the other reading of
     * the same cells (or null), lends a row its amounts where the row measures the same and its
     * dashes do not lean on their neighbours.
     */
    private StatementTable build(Document document, Table table, int tableIndex, Cells cells, TableShape shape,
                                 boolean withoutDepths, StatementTable earlier) {
        TableShape.Reading reading = withoutDepths ? shape.withoutDepths() : shape.givenDepths();
        List<List<CellValue>> values = cells.values();
        List<StatementRow> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Hierarchy.Place place = reading.places().get(r);
            if (earlier != null && earlier.rows().get(r).measure() == reading.measures().get(r)
                    && !leansOnNeighbours(values.get(r))) {
                // The same cells and amounts as the other reading's row: shared, not copied again.
                rows.add(earlier.rows().get(r).readAs(table.rows().get(r), reading.normalLabels().get(r), place.level(),
                        place.role(), place.sectionPath(), reading.concepts().get(r), reading.measures().get(r)));
                continue;
            }
            List<Amount> amounts = amountsOf(values, reading.measures(), r, shape.units());
            rows.add(new StatementRow(table.rows().get(r), reading.normalLabels().get(r), r, place.level(), place.role(),
                    place.sectionPath(), reading.concepts().get(r), reading.measures().get(r), values.get(r), amounts));
        }
        return new StatementTable(document, table, tableIndex, shape.kind(), shape.periods(), rows);
    }

    /**
     * Hierarchy, measures and concepts of the table's rows. {@code earlier}, another reading
     * of the same cells (or null), lends each row what depends only on the row and the headers above
     * it, where those are the same: its measure as the label and headers classify it, its concept.
     */
    private Structure structure(Table table, Cells cells, StatementKind kind, Structure earlier) {
        List<List<CellValue>> values = cells.values();
        List<Hierarchy.Line> lines = new ArrayList<>();
        boolean[] unlabelledTotals = cells.unlabelledTotals();
        // Normalised once: the hierarchy reads each line's role and sections from them, the rows carry them.
        List<String> normalLabels = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            normalLabels.add(Labels.normalise(row.label()));
            lines.add(new Hierarchy.Line(row.label(), cells.numbered()[r], row.depth(), unlabelledTotals[r], normalLabels.get(r)));
        }
        List<Hierarchy.Place> places = hierarchy.places(lines);

        List<Measure> classified = new ArrayList<>();
        java.util.function.IntPredicate ratioColumn = c -> c < table.columns().size()
                && Lexicon.current().matches(Cue.RATIO_COLUMN, table.column(c));
        MeasureClassifier.Setting setting = settingOf(table, kind);
        for (int r = 0; r < table.rows().size(); r++) {
            // What a row measures follows its headers; the reconciliation block only names the concept.
            classified.add(earlier != null && earlier.places().get(r).sectionPath().equals(places.get(r).sectionPath())
                    ? earlier.classified().get(r)
                    : measures.classify(table.rows().get(r).label(), places.get(r).sectionPath(), values.get(r), ratioColumn,
                            setting));
        }
        List<Measure> rowMeasures = new ArrayList<>(classified);
        commonSizeLinesArePercentages(table, values, rowMeasures);
        fractionsOfAWhole(values, rowMeasures);
        linesByTheirDecimals(table, values, rowMeasures);
        for (int r = 0; r < table.rows().size(); r++) {
            // A measure the input states (a data set's unit) is taken as given, whatever the label says.
            if (table.rows().get(r).measure() != null) {
                rowMeasures.set(r, table.rows().get(r).measure());
            }
        }
        List<String> rowConcepts = new ArrayList<>();
        String block = null;
        List<Hierarchy.Place> contextPlaces = new ArrayList<>();
        Set<String> headingLost = labelsOfSeveralElements(table);
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            block = reconciliationBlock(row.label(), block);
            Hierarchy.Place place = block == null || block.equals(row.label()) ? places.get(r)
                    : new Hierarchy.Place(places.get(r).level(), places.get(r).role(), withBlock(places.get(r).sectionPath(), block));
            contextPlaces.add(place);
            Measure measure = rowMeasures.get(r);
            boolean header = place.role() == dev.crossfoot.model.RowRole.HEADER;
            if (earlier != null && (earlier.reading().places().get(r).role() == dev.crossfoot.model.RowRole.HEADER) == header
                    && earlier.reading().measures().get(r) == measure
                    && earlier.reading().places().get(r).sectionPath().equals(place.sectionPath())) {
                rowConcepts.add(earlier.concepts().get(r));
                continue;
            }
            rowConcepts.add(conceptOf(row, header, place, kind, measure, headingLost));
        }
        bareTotalsOfTwoSides(table, kind, rowConcepts, values);
        List<String> readConcepts = new ArrayList<>(rowConcepts);
        if (kind == StatementKind.CASH_FLOW) {
            cashFlowTotalsRestatedAfterTransfers(rowConcepts, contextPlaces, values);
        }
        TableShape.Reading reading = new TableShape.Reading(contextPlaces, rowMeasures, rowConcepts, normalLabels);
        return new Structure(reading, places, classified, readConcepts);
    }

    /**
     * A row's concept: the input's hint where it names one; else what its label says; and where its label
     * says nothing because it lost its heading, what the XBRL element the input names for it reports (a data
     * set's tag: "Total" under "Effect of exchange rate changes on cash", whose heading the data set does not
     * hold). A label the filer wrote out in full and the dictionary does not know keeps naming nothing: the
     * element would put the line into identities its words do not claim (a class's own EPS, a cost shown as a
     * deduction), so the words decide, as they do on a page.
     */
    private String conceptOf(Row row, boolean header, Hierarchy.Place place, StatementKind kind, Measure measure,
                             Set<String> headingLost) {
        String hint = row.concept();
        boolean element = hint != null && ConceptDictionary.namesElement(hint);
        if (hint != null && !hint.isBlank() && !element) {
            return hint;
        }
        if (header) {
            return null;
        }
        String named = concepts.conceptOf(row.label(), place.sectionPath(), kind, measure);
        return named != null || !element || !headingLost.contains(Labels.normalise(row.label())) ? named
                : concepts.conceptOfElement(hint, kind, measure);
    }

    /**
     * The labels the table gives lines of different XBRL elements: words that do not tell the lines apart
     * without the heading each stood under ("Total", "Basic", "Continuing operations"), so a heading was lost.
     */
    private static Set<String> labelsOfSeveralElements(Table table) {
        Map<String, String> elementOf = null;
        Set<String> several = Set.of();
        for (Row row : table.rows()) {
            String hint = row.concept();
            if (hint == null || !ConceptDictionary.namesElement(hint)) {
                continue;
            }
            if (elementOf == null) {
                elementOf = new HashMap<>();
                several = new HashSet<>();
            }
            String label = Labels.normalise(row.label());
            String earlier = elementOf.putIfAbsent(label, hint);
            if (earlier != null && !earlier.equals(hint)) {
                several.add(label);
            }
        }
        return several;
    }

    /**
     * What the table says of its lines naming shares: a table of the terms of another statement's lines (a
     * parenthetical statement, by its title) states counts of the shares whose amounts that statement shows; a
     * balance sheet or a statement of cash flows states amounts, and names shares as instruments.
     */
    private static MeasureClassifier.Setting settingOf(Table table, StatementKind kind) {
        if (Lexicon.current().matches(Cue.TERMS_TITLE, table.title().toLowerCase(java.util.Locale.ROOT))) {
            return MeasureClassifier.Setting.TERMS;
        }
        return kind == StatementKind.BALANCE_SHEET || kind == StatementKind.CASH_FLOW
                ? MeasureClassifier.Setting.AMOUNTS : MeasureClassifier.Setting.ANY;
    }

    /** A row of dashes with no number beside them: its dashes take their precision from the rows of its measure. */
    private static boolean leansOnNeighbours(List<CellValue> row) {
        return finestPrecision(row) == null && row.stream().anyMatch(value -> value instanceof CellValue.Nil);
    }

    /**
     * A condensed consolidating statement of cash flows shows each column's operating cash flow,
     * then the net transfers to or from the parent, then the operating cash flow again after them.
     * Where a cash-flow total is stated again after lines that adjust it, the later line is the
     * statement's figure (the one the net change in cash adds); the earlier one is a subtotal
     * before the adjustments. Two lines that split one total by column (numbers in different
     * columns) stay as they are.
     */
    private static void cashFlowTotalsRestatedAfterTransfers(List<String> rowConcepts, List<Hierarchy.Place> places,
                                                             List<List<CellValue>> values) {
        for (int first = 0; first < rowConcepts.size(); first++) {
            String concept = rowConcepts.get(first);
            if (concept == null || !concept.startsWith("cash_from_")) {
                continue;
            }
            for (int later = first + 2; later < rowConcepts.size(); later++) {
                if (places.get(later - 1).role() == dev.crossfoot.model.RowRole.HEADER
                        || rowConcepts.get(later - 1) != null && rowConcepts.get(later - 1).startsWith("cash_from_")) {
                    break;
                }
                if (concept.equals(rowConcepts.get(later)) && sharesAColumn(values.get(first), values.get(later))) {
                    rowConcepts.set(first, null);
                    break;
                }
            }
        }
    }

    /**
     * A statement that closes each of its two sides with the total word alone ("Total" under the
     * assets, "Total" at the foot under the equity), and names neither total otherwise: the first
     * such line is the first side's total, the last line with figures the last side's. Exactly two
     * bare totals, each side showing what its total closes, else the layout says nothing sure.
     */
    private void bareTotalsOfTwoSides(Table table, StatementKind kind, List<String> rowConcepts, List<List<CellValue>> values) {
        for (ConceptDictionary.Sides sides : concepts.sides(kind)) {
            if (rowConcepts.contains(sides.first()) || rowConcepts.contains(sides.last())) {
                continue;
            }
            List<Integer> bare = new ArrayList<>();
            int lastWithFigures = -1;
            for (int r = 0; r < table.rows().size(); r++) {
                if (values.get(r).stream().noneMatch(value -> value instanceof CellValue.Number)) {
                    continue;
                }
                lastWithFigures = r;
                String normal = Labels.normalise(table.rows().get(r).label());
                if (Lexicon.current().matches(Cue.TOTAL, normal) && Lexicon.current().strip(Cue.TOTAL, normal).isBlank()) {
                    bare.add(r);
                }
            }
            // Each side shows what its total closes above it: the current assets above the first,
            // the current liabilities, liabilities or equity between the two (the presentation orders).
            if (bare.size() == 2 && bare.get(1) == lastWithFigures && rowConcepts.get(bare.get(0)) == null
                    && rowConcepts.get(bare.get(1)) == null
                    && anyBetween(rowConcepts, -1, bare.get(0), precedes(kind, sides.first(), java.util.Set.of()))
                    && anyBetween(rowConcepts, bare.get(0), bare.get(1),
                            precedes(kind, sides.last(), precedes(kind, sides.first(), java.util.Set.of(sides.first()))))) {
                rowConcepts.set(bare.get(0), sides.first());
                rowConcepts.set(bare.get(1), sides.last());
            }
        }
    }

    /**
     * The concepts the statement's presentation orders place before {@code concept}, less
     * {@code except}: what a side closed by that total shows above it (the current assets above the
     * total assets; the current liabilities, liabilities or equity above their grand total).
     */
    private java.util.Set<String> precedes(StatementKind kind, String concept, java.util.Set<String> except) {
        java.util.Set<String> before = new java.util.HashSet<>();
        for (ConceptDictionary.PresentationOrder order : concepts.orders()) {
            int at = order.concepts().indexOf(concept);
            if (order.kind() == kind && at > 0) {
                before.addAll(order.concepts().subList(0, at));
            }
        }
        before.removeAll(except);
        return before;
    }

    private static boolean anyBetween(List<String> rowConcepts, int after, int before, java.util.Set<String> wanted) {
        for (int r = after + 1; r < before; r++) {
            if (rowConcepts.get(r) != null && wanted.contains(rowConcepts.get(r))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sharesAColumn(List<CellValue> one, List<CellValue> other) {
        for (int c = 0; c < Math.min(one.size(), other.size()); c++) {
            if (one.get(c) instanceof CellValue.Number && other.get(c) instanceof CellValue.Number) {
                return true;
            }
        }
        return false;
    }

    /**
     * A common-size statement ("items … expressed as a percentage of revenue") prints "%" only on
     * some lines, as a column of money shows its "$" only on the first line and the totals: the
     * bare numbers are percentages of the base too, not amounts of money. It is known by a base
     * line of 100% in every column (the lines below it are percentages, unless they show a
     * currency sign), or by having no unit and no currency sign at all while its first and last
     * lines are percentages (every line is).
     */
    /**
     * A statement in thousands or millions shows its money whole or in tenths, its amounts per share
     * in cents and its ratios with decimals. Where at least {@value #COARSE_LINES} lines show only
     * whole numbers or tenths, a line read as money whose every figure shows exactly two decimals is
     * an amount per share, whatever its label ("Basic", "Net income" under an earnings-per-share
     * heading the extraction lost); and one whose label says it is a percentage ("Percent to net
     * sales") and whose figures all show decimals is a percentage, though no cell shows "%" (only
     * among whole lines: in tenths, "3.25% redeemable preferred stock" of 0.2 is money). On the
     * SEC data sets' statements, whose data say each line's unit, no money line of such a table shows
     * only cents (of the lines in cents in tables of three or more lines in tenths and fewer than
     * three whole ones, 682 are per share, 1 a ratio, none money). A label that names a percentage
     * but states money ("5.5% senior notes") shows whole figures and stays money.
     */
    private static void linesByTheirDecimals(Table table, List<List<CellValue>> values, List<Measure> rowMeasures) {
        int coarseLines = 0;
        int wholeLines = 0;
        for (List<CellValue> line : values) {
            coarseLines += allNumbers(line, ShownDecimals::coarserThanCents) ? 1 : 0;
            wholeLines += allNumbers(line, ShownDecimals::whole) ? 1 : 0;
            if (wholeLines >= COARSE_LINES) {
                break;
            }
        }
        if (coarseLines < COARSE_LINES) {
            return;
        }
        Lexicon lexicon = Lexicon.current();
        for (int r = 0; r < values.size(); r++) {
            if (rowMeasures.get(r) != Measure.MONEY) {
                continue;
            }
            if (allNumbers(values.get(r), ShownDecimals::cents)) {
                rowMeasures.set(r, Measure.PER_SHARE);
            } else if (wholeLines >= COARSE_LINES && allNumbers(values.get(r), number -> !ShownDecimals.whole(number))
                    && lexicon.matches(Cue.PERCENT_SAID, table.rows().get(r).label().toLowerCase(java.util.Locale.ROOT))) {
                rowMeasures.set(r, Measure.PERCENT);
            }
        }
    }

    private static final int COARSE_LINES = 3;

    /** Whether the line has a number and every number passes. */
    private static boolean allNumbers(List<CellValue> line, java.util.function.Predicate<CellValue.Number> test) {
        boolean any = false;
        for (CellValue value : line) {
            if (value instanceof CellValue.Number number) {
                if (!test.test(number)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    private static void commonSizeLinesArePercentages(Table table, List<List<CellValue>> values, List<Measure> rowMeasures) {
        boolean withoutCurrency = commonSize(table, values);
        int from = withoutCurrency ? 0 : belowHundredPercentBase(values, rowMeasures);
        if (from < 0) {
            return;
        }
        for (int r = from; r < values.size(); r++) {
            boolean currency = !withoutCurrency && values.get(r).stream()
                    .anyMatch(value -> value instanceof CellValue.Number number && number.currency());
            if (rowMeasures.get(r) == Measure.MONEY && !currency) {
                rowMeasures.set(r, Measure.PERCENT);
            }
        }
    }

    /**
     * A common-size statement may give its lines as fractions of the first ("Sales to customers"
     * 1.000, "Cost of products sold" 0.292, "Net earnings" 0.211): where the first line of numbers
     * is 1 in every column, and every figure of the table is a fraction of it shown with two
     * decimals or more, the lines are ratios, not amounts of money (they foot among themselves,
     * and no other statement's money is theirs to tie to).
     */
    private static void fractionsOfAWhole(List<List<CellValue>> values, List<Measure> rowMeasures) {
        int first = -1;
        int numbered = 0;
        for (int r = 0; r < values.size(); r++) {
            boolean any = false;
            for (CellValue value : values.get(r)) {
                if (value instanceof CellValue.Number number) {
                    if (number.percent() || !ShownDecimals.centsOrFiner(number) || number.value().abs().compareTo(BigDecimal.ONE) > 0
                            || first < 0 && number.value().compareTo(BigDecimal.ONE) != 0) {
                        return;
                    }
                    any = true;
                }
            }
            if (any) {
                first = first < 0 ? r : first;
                numbered++;
            }
        }
        if (numbered < MIN_FRACTION_LINES) {
            return;
        }
        for (int r = first; r < values.size(); r++) {
            if (rowMeasures.get(r) == Measure.MONEY) {
                rowMeasures.set(r, Measure.PURE);
            }
        }
    }

    private static final int MIN_FRACTION_LINES = 4;

    /** The line after a first line of numbers that is 100% in every column, or -1. */
    private static int belowHundredPercentBase(List<List<CellValue>> values, List<Measure> rowMeasures) {
        int first = -1;
        for (int r = 0; r < values.size() && first < 0; r++) {
            if (values.get(r).stream().anyMatch(value -> value instanceof CellValue.Number)) {
                first = r;
            }
        }
        if (first < 0 || rowMeasures.get(first) != Measure.PERCENT || !values.get(first).stream()
                .filter(value -> value instanceof CellValue.Number)
                .allMatch(value -> ((CellValue.Number) value).value().compareTo(HUNDRED) == 0)) {
            return -1;
        }
        return first + 1;
    }

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /**
     * In a GAAP to non-GAAP reconciliation the block a row stands in is its context, as a header
     * would be: "Stock-based compensation expense" after "GAAP Gross profit" is the gross-profit
     * adjustment. A block opens at a "GAAP …" row and ends with its "Non-GAAP …" row.
     */
    private static String reconciliationBlock(String label, String open) {
        String normal = Labels.normalise(label);
        if (normal.startsWith("gaap ")) {
            return label;
        }
        if (open != null && (normal.startsWith("non-gaap ") || normal.startsWith("non gaap "))) {
            return null;
        }
        return open;
    }

    private static List<String> withBlock(List<String> path, String block) {
        List<String> extended = new ArrayList<>(path);
        extended.add(block);
        return extended;
    }

    /**
     * A flow statement reports durations: a column headed only by a date ("September 30, 2011",
     * its "Three months ended" lost in extraction) is a duration of unknown length, never an
     * instant that a nine-month column could be mistaken for.
     */
    private static Period flowPeriod(Period period, StatementKind kind) {
        if (period == null || !period.instant() || kind == StatementKind.BALANCE_SHEET || kind == StatementKind.OTHER
                || kind == StatementKind.OWNERSHIP) {
            return period;
        }
        return new Period(false, period.end(), 0, period.variant());
    }

    /**
     * A "Percent to Sales" column beside each amount column shares the amounts' spanning header
     * ("Fiscal Second Quarter Ended" over "June 29, 2025 | Percent to Sales") but not their date: it
     * reports the period of the dated column on its left, as a percent variant that nothing ties to
     * an amount.
     */
    private static void percentColumnsFollowTheirAmounts(Table table, List<Period> columns) {
        for (int c = 1; c < columns.size(); c++) {
            Period period = columns.get(c);
            Period left = columns.get(c - 1);
            if ((period == null || period.end() == null) && left != null && left.end() != null
                    && c < table.columns().size() && Lexicon.current().matches(Cue.PERCENT_COLUMN, table.column(c))) {
                String variant = left.variant() == null ? "percent" : left.variant() + " percent";
                columns.set(c, new Period(left.instant(), left.end(), left.months(), variant));
            }
        }
    }

    /** Dates, footnote marks and punctuation a column header adds to its words: "(1)", "2024", ", ". */
    private static final java.util.regex.Pattern HEADER_MARKS = java.util.regex.Pattern.compile("\\(\\w{1,2}\\)|\\d|[()*†‡,.:;\\s-]");

    /**
     * A table that splits one period over several columns ("As Reported (GAAP)", "Incremental
     * Restructuring", "Core (Non-GAAP)"; "As Reported", "Constant Currency Adjustment", "Constant
     * Currency Revenues") shows the period as reported in one column only: the others are
     * adjustments to it or measures derived from it. A column whose header adds words of its own to
     * the period's (words other than "as reported", "GAAP", "total") is a variant of the period,
     * named by those words, so that nothing ties it to the statements. The column that adds no
     * words, or only those (and dates, and footnote marks), stays the period.
     */
    private static void onlyTheReportedColumnIsThePeriod(Table table, List<Period> columns) {
        for (int c = 0; c < columns.size(); c++) {
            Period period = columns.get(c);
            if (period == null || period.end() == null || period.variant() != null) {
                continue;
            }
            List<Integer> same = new ArrayList<>();
            for (int other = 0; other < columns.size() && other < table.columns().size(); other++) {
                Period p = columns.get(other);
                if (p != null && p.variant() == null && p.instant() == period.instant() && p.months() == period.months()
                        && period.end().equals(p.end())) {
                    same.add(other);
                }
            }
            if (same.size() < 2 || c >= table.columns().size()) {
                continue;
            }
            java.util.Set<String> shared = null;
            for (int other : same) {
                java.util.Set<String> words = wordsOf(table.column(other));
                if (shared == null) {
                    shared = words;
                } else {
                    shared.retainAll(words);
                }
            }
            StringBuilder own = new StringBuilder();
            for (String word : table.column(c).toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (!shared.contains(word)) {
                    own.append(own.length() == 0 ? "" : " ").append(word);
                }
            }
            String extra = own.toString();
            if (!HEADER_MARKS.matcher(Lexicon.current().erase(Cue.REPORTED_COLUMN, extra)).replaceAll("").isEmpty()) {
                columns.set(c, new Period(period.instant(), period.end(), period.months(), extra));
            }
        }
    }

    private static java.util.Set<String> wordsOf(String header) {
        return new java.util.HashSet<>(java.util.Arrays.asList(header.toLowerCase(java.util.Locale.ROOT).split("\\s+")));
    }

    /**
     * Flow columns headed only by dates that stand a quarter apart ("September 30, 2011",
     * "June 30, 2011", "September 30, 2010") are quarters: a year-to-date table never shows two
     * period ends three months apart.
     */
    private static void quartersBySpacing(List<Period> columns) {
        List<java.time.LocalDate> ends = columns.stream()
                .filter(p -> p != null && !p.lengthKnown() && p.end() != null).map(Period::end).toList();
        boolean quarterApart = false;
        for (java.time.LocalDate a : ends) {
            for (java.time.LocalDate b : ends) {
                quarterApart |= a.isBefore(b) && sameMonthEnd(a.plusMonths(3), b);
            }
        }
        if (!quarterApart) {
            return;
        }
        for (int c = 0; c < columns.size(); c++) {
            Period p = columns.get(c);
            if (p != null && !p.lengthKnown() && p.end() != null) {
                columns.set(c, new Period(false, p.end(), 3, p.variant()));
            }
        }
    }

    private static boolean sameMonthEnd(java.time.LocalDate a, java.time.LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonth() == b.getMonth();
    }

    static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("^(19|20)\\d{2}(\\s*\\(\\w{1,2}\\))?$");

    /**
     * A row of years with no label of its own ("(Dollars in millions)  2025  2024 (1)") repeats the
     * column headers inside the body: it heads the rows below it and holds no amounts.
     */
    private static boolean repeatsColumnHeaders(Row row, int width) {
        String label = row.label() == null ? "" : row.label().strip();
        if (!label.isEmpty() && !label.startsWith("(") && !isYear(label)) {
            return false;
        }
        boolean year = false;
        for (int c = 0; c < width; c++) {
            String text = row.cell(c).text() == null ? "" : row.cell(c).text().strip();
            if (text.isEmpty()) {
                continue;
            }
            if (!isYear(text)) {
                return false;
            }
            year = true;
        }
        return year;
    }

    /**
     * Whether the text is a year ({@link #YEAR}). Every line with numbers is asked, by its label: a text that does not
     * open with "19" or "20" is none, and needs no matcher.
     */
    static boolean isYear(String text) {
        return (text.startsWith("19") || text.startsWith("20")) && YEAR.matcher(text).matches();
    }

    private StatementKind kindOf(Table table) {
        if (table.statement() != null && !table.statement().isBlank()) {
            try {
                return StatementKind.parse(table.statement());
            } catch (IllegalArgumentException unknown) {
                // An unknown hint is no reason to stop: fall back to recognising the table.
            }
        }
        return classifier.classify(table.title(), table.rows().stream().map(Row::label).toList());
    }

    /** No unit caption, no currency sign anywhere, and the first and last lines of numbers all percentages. */
    private static boolean commonSize(Table table, List<List<CellValue>> values) {
        if (!table.unit().isBlank()) {
            return false;
        }
        List<Integer> numbered = new ArrayList<>();
        for (int r = 0; r < values.size(); r++) {
            if (values.get(r).stream().anyMatch(value -> value instanceof CellValue.Number)) {
                numbered.add(r);
            }
            for (int c = 0; c < values.get(r).size(); c++) {
                String text = table.rows().get(r).cell(c).text();
                if (text.contains("$") || text.contains("€") || text.contains("£")) {
                    return false;
                }
            }
        }
        return numbered.size() >= 3 && allPercent(values.get(numbered.get(0)))
                && allPercent(values.get(numbered.get(numbered.size() - 1)));
    }

    private static boolean allPercent(List<CellValue> row) {
        return row.stream().allMatch(value -> !(value instanceof CellValue.Number number) || number.percent());
    }

    /**
     * A dash stands for zero shown at the precision of its neighbours: "—" in a column of thousands
     * means less than half a thousand, and "—" among per-share amounts less than half a cent. The
     * row's own finest precision decides; a row of dashes takes the finest precision of the same
     * measure in the same column.
     */
    private static List<Amount> amountsOf(List<List<CellValue>> values, List<Measure> measures, int r, Units units) {
        Measure measure = measures.get(r);
        BigDecimal scale = units.scaleOf(measure);
        BigDecimal rowPrecision = finestPrecision(values.get(r));
        List<Amount> amounts = new ArrayList<>();
        for (int c = 0; c < values.get(r).size(); c++) {
            CellValue value = values.get(r).get(c);
            if (value instanceof CellValue.Number number) {
                amounts.add(Amounts.of(number, measure, scale));
            } else if (value instanceof CellValue.Nil) {
                BigDecimal precision = rowPrecision != null ? rowPrecision : neighbourPrecision(values, measures, r, c);
                amounts.add(new Amount(BigDecimal.ZERO.setScale(precision.scale()), precision, measure, scale));
            } else {
                amounts.add(null);
            }
        }
        return amounts;
    }

    private static BigDecimal finestPrecision(List<CellValue> row) {
        BigDecimal finest = null;
        for (CellValue value : row) {
            if (value instanceof CellValue.Number number && (finest == null || number.precision().compareTo(finest) < 0)) {
                finest = number.precision();
            }
        }
        return finest;
    }

    /** The finest precision the column shows for the same measure: one misprinted neighbour cannot widen a dash. */
    private static BigDecimal neighbourPrecision(List<List<CellValue>> values, List<Measure> measures, int r, int c) {
        BigDecimal finest = null;
        for (int other = 0; other < values.size(); other++) {
            if (measures.get(other) == measures.get(r) && c < values.get(other).size()
                    && values.get(other).get(c) instanceof CellValue.Number number
                    && (finest == null || number.precision().compareTo(finest) < 0)) {
                finest = number.precision();
            }
        }
        return finest == null ? BigDecimal.ONE : finest;
    }

}
