package dev.crossfoot.check;

import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.Claim;
import dev.crossfoot.understand.ClaimCue;
import dev.crossfoot.understand.ConceptDictionary;
import dev.crossfoot.understand.Labels;
import dev.crossfoot.understand.MeasureNames;
import dev.crossfoot.understand.Quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Ties each claim of a document's text to the cells that state it ({@code TEXT.claim-ties}):
 * the lines whose label names the claim's measure ({@link MeasureNames}; an adjusted measure only
 * lines that say so), in the columns of the claim's period ({@link FiscalCalendar}), with the
 * rounding of both ({@link Interval}). Magnitudes are compared: "a net loss of $5.9 million" is
 * the line "Net income (loss)" at (5,934). A claim holds when a cell stating it agrees; it fails
 * only when every cell stating it gives one figure and that figure disagrees. Nothing is guessed:
 * a claim whose period is not said, whose measure no line names, or that lines state differently
 * is not evaluated, with the reason.
 */
final class ClaimTies {

    static final String STRUCTURE = "claim-ties";

    private final Rule rule;
    private final MeasureNames names;
    private final ConceptDictionary concepts;

    /**
     * Whether each line is named from its label's, heading's and measures' text every time ({@link #line}), not from
     * their parts worked out once per row and table ({@link #named}): the same names, for tests.
     */
    private final boolean plain;

    ClaimTies(Rule rule, MeasureNames names, ConceptDictionary concepts) {
        this(rule, names, concepts, false);
    }

    ClaimTies(Rule rule, MeasureNames names, ConceptDictionary concepts, boolean plain) {
        this.rule = rule;
        this.names = names;
        this.concepts = concepts;
        this.plain = plain;
    }

    List<ClaimCheck> check(List<Claim> claims, List<StatementTable> tables) {
        return tie(claims, tables).checks();
    }

    /** A document's claims checked against its tables, and the names of their lines as the claims asked them. */
    record Tied(List<ClaimCheck> checks, ClaimLines lines) { }

    /**
     * The claims' checks against the document's tables, and the names worked out for the tables' lines (none when there
     * are no claims), which a later document's claims ask again ({@link Index}).
     */
    Tied tie(List<Claim> claims, List<StatementTable> tables) {
        return tie(claims, tables, null);
    }

    /**
     * The same, the tables as a claim reads them given ({@code stated}: {@code StatedTable.of(tables, …)}, as kept for the
     * other documents' claims) or made here where null.
     */
    Tied tie(List<Claim> claims, List<StatementTable> tables, List<StatedTable> given) {
        if (claims.isEmpty()) {
            return new Tied(List.of(), ClaimLines.NONE);
        }
        List<StatedTable> stated = given != null ? given : StatedTable.of(tables, SharedValues.NONE);
        FiscalCalendar calendar = FiscalCalendar.of(stated, names);
        ClaimLines.Builder named = new ClaimLines.Builder(names, stated);
        // A text that has named no period before a claim (an excerpt of a discussion beside its table) speaks of the latest year
        // its tables show.
        Integer latest = claims.stream().anyMatch(Claim::undatedButPlain) ? FiscalCalendar.latestYear(stated) : null;
        List<Claim> asked = new ArrayList<>(claims.size());
        for (Claim claim : claims) {
            asked.add(latest != null && claim.undatedButPlain() ? claim.inLatestYear(latest) : claim);
        }
        // The lines are listed only under the keys these claims ask (68,797 lines' keys a pass of the HTML corpus were
        // listed for 9,343 claims); the names handed on with the tables keep every key.
        Lines lines = lines(stated, named, asked);
        List<ClaimCheck> checks = new ArrayList<>();
        for (Claim claim : asked) {
            checks.add(check(claim, stated, lines, calendar));
        }
        return new Tied(checks, named.build());
    }

    /**
     * The keys the claims look lines up by ({@link #check}): each measure's key, and its loose key for the rivals
     * ({@link #rivals}); and the first word that narrows its concept, by which {@link #namedByConcept} looks up labels.
     */
    private Lines.Asked askedBy(List<Claim> claims) {
        Set<String> keys = new java.util.HashSet<>();
        Set<String> labelWords = new java.util.HashSet<>();
        for (Claim claim : claims) {
            String wanted = names.key(claim.measure());
            keys.add(wanted);
            keys.add(names.withoutVague(wanted));
            List<String> claimWords = conceptWords(wanted);
            if (!claimWords.isEmpty()) {
                labelWords.add(claimWords.get(0));
            }
        }
        return new Lines.Asked(keys, labelWords);
    }

    /** The words of a measure's key that narrow its concept: all but those the claims files call concept-neutral. */
    private List<String> conceptWords(String wanted) {
        return java.util.Arrays.stream(wanted.split(" ")).filter(word -> !names.conceptNeutral(word)).toList();
    }

    /** Another document's tables, read once for the claims of the documents of its company. */
    final class Index {
        private final List<StatedTable> tables;
        private final Lines lines;
        private final FiscalCalendar calendar;

        private Index(List<StatedTable> tables, ClaimLines named) {
            this.tables = tables;
            this.lines = named.fits(names, tables) ? bound(tables, named) : lines(tables, null);
            this.calendar = FiscalCalendar.of(tables, names);
        }

        ClaimCheck check(Claim claim) {
            return ClaimTies.this.check(claim, tables, lines, calendar);
        }
    }

    /**
     * The tables of another document for its company's claims, with the names its own claims worked out for their lines
     * ({@link ClaimLines#NONE} where it had none: then they are worked out here).
     */
    Index index(List<StatedTable> tables, ClaimLines named) {
        return new Index(tables, named);
    }

    /** The lines of the tables the names were worked out for, in the order they were listed. */
    private static Lines bound(List<StatedTable> tables, ClaimLines named) {
        List<Line> lines = new ArrayList<>(named.size());
        for (int l = 0; l < named.size(); l++) {
            StatedTable table = tables.get(named.table(l));
            lines.add(new Line(table, table.rows().get(named.row(l)), named.named(l)));
        }
        return new Lines(lines);
    }

    /**
     * A line of a table with the names it can be asked by, worked out once per document, and the
     * columns it stands for: all of them, or those whose header names the measure too ("APAC" in
     * the columns "Fiscal Year 2018 Net Sales" is the line "APAC net sales").
     */
    private record Line(StatedTable table, StatedRow row, Named named) {
        boolean adjusted() {
            return named.adjusted();
        }

        Set<String> keys() {
            return named.keys();
        }

        Set<String> ownKeys() {
            return named.ownKeys();
        }

        String sectionKey() {
            return named.sectionKey();
        }

        boolean measureFromHeader() {
            return named.measureFromHeader();
        }

        Set<String> labelWords() {
            return named.labelWords();
        }

        boolean has(int column) {
            return named.columns() == null || named.columns().get(column);
        }

        /**
         * How closely the line names a measure it was found by, 0 closest: by its label alone
         * ("Interest income"), with its section ("Product" under "Revenue:"), or with the measure
         * a column header or the title names for it ("Bell Wireless" in "Operating revenues").
         */
        int closeness(String wanted) {
            return named.measureFromHeader() ? 2 : named.ownKeys().contains(wanted) ? 0 : 1;
        }
    }

    /**
     * The lines of a document's tables, and the same listed under each key a claim may name them by and each word of
     * their labels: a claim looks up the lines its measure names instead of asking every line ({@link KeyIndex}).
     */
    private record Lines(List<Line> all, KeyIndex<Line> byKey, KeyIndex<Line> byLabelWord) {
        Lines(List<Line> all) {
            this(all, new KeyIndex<>(all, Line::keys), new KeyIndex<>(all, Line::labelWords));
        }

        /** Listed only under the keys and label words the claims will ask (every one where {@code asked} is null). */
        Lines(List<Line> all, Asked asked) {
            this(all, new KeyIndex<>(all, Line::keys, asked == null ? null : asked.keys()),
                    new KeyIndex<>(all, Line::labelWords, asked == null ? null : asked.labelWords()));
        }

        /** The keys and the label words known claims will look lines up by. */
        record Asked(Set<String> keys, Set<String> labelWords) { }

        /**
         * The lines that may name {@code wanted} for the claim: those with the key, which every line that names a measure
         * but by its result per share has ({@link #names}); every line for a figure per share.
         */
        List<Line> naming(Claim claim, String wanted) {
            return wanted.isEmpty() ? List.of() : claim.figure().unit() == Quantity.Unit.PER_SHARE ? all : byKey.with(wanted);
        }
    }

    /**
     * What a line can be asked by, worked out from its table's title and headers and its own label and section alone
     * ({@link #line}): the same for the line of a table kept for a later document's claims ({@link ClaimLines}).
     */
    record Named(boolean adjusted, Set<String> keys, Set<String> ownKeys, String sectionKey, boolean measureFromHeader,
                 java.util.BitSet columns, Set<String> labelWords) { }

    /** The lines of the tables, each named; each also told to {@code named} where given. */
    private Lines lines(List<StatedTable> tables, ClaimLines.Builder named) {
        return lines(tables, named, null);
    }

    /** The same, listed only for the look-ups of {@code claims} where they are given (for any where null). */
    private Lines lines(List<StatedTable> tables, ClaimLines.Builder named, List<Claim> claims) {
        List<Line> lines = new ArrayList<>();
        for (int t = 0; t < tables.size(); t++) {
            StatedTable table = tables.get(t);
            java.util.Map<String, java.util.BitSet> columnMeasures = new java.util.LinkedHashMap<>();
            for (int c = 0; c < table.width(); c++) {
                String measure = names.columnMeasure(table.column(c));
                if (!measure.isEmpty()) {
                    columnMeasures.computeIfAbsent(measure, m -> new java.util.BitSet()).set(c);
                }
            }
            // A title that names a measure names it for every line: "Bell Wireless" in "Operating revenues"; where it names
            // none, a grand total does: "Total Electronic Components" above "Total Net Sales" is Electronic Components net sales.
            String titleMeasure = table.title() == null ? "" : names.columnMeasure(table.title());
            StatedRow grandTotal = titleMeasure.isEmpty() ? grandTotal(table) : null;
            if (grandTotal != null) {
                titleMeasure = names.columnMeasure(Labels.normalise(grandTotal.label()).substring(TOTAL_WORD.length()));
            }
            // The title's measures are the table's, worked out once for all its rows.
            List<String> titleMeasures = titleMeasure.isEmpty() ? List.of() : withAndWithoutNeutralWords(titleMeasure);
            // The measures' parts, worked out once for all the table's rows (at its first row that is not a part of others).
            java.util.Map<String, MeasureNames.Part> measureParts = null;
            // Its rows are those with an amount: a line without one states nothing.
            for (int r = 0; r < table.rows().size(); r++) {
                StatedRow row = table.rows().get(r);
                int first = lines.size();
                String whole = partOf(row);
                if (whole != null) {
                    lines.add(partLine(table, row, whole));
                    if (named != null) {
                        named.add(t, r, lines.get(first).named());
                    }
                    continue;
                }
                String section = row.sectionPath().isEmpty() ? "" : row.sectionPath().get(row.sectionPath().size() - 1);
                if (plain) {
                    // The words of the label alone, in any of its names ("used in" of "Cash provided by (used in) …"),
                    // for the concept a claim's words may name (namedByConcept).
                    Set<String> labelWords = new java.util.HashSet<>();
                    for (String variant : names.labelVariants(row.label())) {
                        labelWords.addAll(List.of(names.key(variant).split(" ")));
                    }
                    lines.add(line(table, row, section, "", null, labelWords));
                    if (!titleMeasure.isEmpty() && row != grandTotal) {
                        for (String measure : titleMeasures) {
                            lines.add(line(table, row, section, measure, null, labelWords));
                        }
                    }
                    columnMeasures.forEach((measure, columns) -> lines.add(line(table, row, section, measure, columns, labelWords)));
                } else {
                    if (measureParts == null) {
                        measureParts = new java.util.HashMap<>();
                        for (String measure : titleMeasures) {
                            measureParts.computeIfAbsent(measure, names::part);
                        }
                        for (String measure : columnMeasures.keySet()) {
                            measureParts.computeIfAbsent(measure, names::part);
                        }
                    }
                    RowParts parts = new RowParts(row, section);
                    lines.add(named(table, row, parts, null, null));
                    if (!titleMeasure.isEmpty() && row != grandTotal) {
                        for (String measure : titleMeasures) {
                            lines.add(named(table, row, parts, measureParts.get(measure), null));
                        }
                    }
                    for (var measure : columnMeasures.entrySet()) {
                        lines.add(named(table, row, parts, measureParts.get(measure.getKey()), measure.getValue()));
                    }
                }
                for (int l = first; named != null && l < lines.size(); l++) {
                    named.add(t, r, lines.get(l).named());
                }
            }
        }
        return new Lines(lines, claims == null ? null : askedBy(claims));
    }

    /** The word a grand total's label opens with, as {@code Labels.normalise} writes it. */
    private static final String TOTAL_WORD = "total ";

    /**
     * The table's grand total: its last line with amounts, when its label opens with "Total" and names a
     * measure after it ("Total Net Sales"); else null.
     */
    private StatedRow grandTotal(StatedTable table) {
        StatedRow last = table.rows().isEmpty() ? null : table.rows().get(table.rows().size() - 1);
        if (last == null || !Labels.normalise(last.label()).startsWith(TOTAL_WORD)) {
            return null;
        }
        return names.columnMeasure(Labels.normalise(last.label()).substring(TOTAL_WORD.length())).isEmpty() ? null : last;
    }

    /**
     * A measure a title or grand total names for its lines, as written and without the words the claims files call
     * concept-neutral: in a table of net sales, "Electronic Component sales" are the line's net sales.
     */
    private List<String> withAndWithoutNeutralWords(String measure) {
        List<String> kept = java.util.Arrays.stream(measure.split("\\s+")).filter(word -> !names.conceptNeutral(word)).toList();
        String without = String.join(" ", kept);
        return without.isEmpty() || without.equals(measure) ? List.of(measure) : List.of(measure, without);
    }

    /**
     * A row's label, its heading and their names as parts to join ({@link MeasureNames.Part}), worked out once for all
     * the row's lines; and the words of the label alone, in any of its names ("used in" of "Cash provided by (used in)
     * …"), for the concept a claim's words may name ({@link #namedByConcept}).
     */
    private final class RowParts {
        final MeasureNames.Part label;
        final MeasureNames.Part section;
        final List<MeasureNames.Part> variants = new ArrayList<>();
        final List<MeasureNames.Part> headings = new ArrayList<>();
        final Set<String> labelWords = new java.util.HashSet<>();

        RowParts(StatedRow row, String section) {
            this.label = names.part(row.label());
            this.section = names.part(section);
            for (String variant : names.labelVariants(row.label())) {
                MeasureNames.Part part = names.part(variant);
                variants.add(part);
                labelWords.addAll(List.of(part.key().split(" ")));
            }
            for (String heading : section.isEmpty() ? List.of("") : names.labelVariants(section)) {
                headings.add(names.part(heading));
            }
        }
    }

    /**
     * The line of a row ({@code measure} null) or of a row under a measure a header or the title names for it: named as
     * {@link #line} names it, from the parts of its label, heading and measure worked out once ({@link RowParts}); each
     * key of a joined text is its parts' keys joined where they join ({@link MeasureNames#key(MeasureNames.Part,
     * MeasureNames.Part)}). Where the label's names followed by the measure are not the joined text's names
     * ({@link MeasureNames#labelVariantsBefore} null), it is named from the joined text, as {@link #line} names it.
     */
    private Line named(StatedTable table, StatedRow row, RowParts parts, MeasureNames.Part measure, java.util.BitSet columns) {
        if (measure != null && names.labelVariantsBefore(row.label(), measure.text()) == null) {
            return line(table, row, parts.section.text(), measure.text(), columns, parts.labelWords);
        }
        KeySet keys = new KeySet();
        KeySet ownKeys = new KeySet();
        if (measure == null) {
            String sectionKey = names.key(parts.section, parts.label);
            for (MeasureNames.Part variant : parts.variants) {
                ownKeys.add(variant.key());
                keys.add(variant.key());
                for (MeasureNames.Part heading : parts.headings) {
                    keys.add(names.key(heading, variant));
                    keys.add(names.key(variant, heading));
                }
            }
            return new Line(table, row, new Named(parts.label.adjusted() || parts.section.adjusted(), keys.set(), ownKeys.set(),
                    sectionKey, false, columns, parts.labelWords));
        }
        // The label's names followed by the measure are the joined text's: the row's variants, each joined with the measure.
        String sectionKey = names.key(parts.section, parts.label, measure);
        for (MeasureNames.Part variant : parts.variants) {
            String key = names.key(variant, measure);
            ownKeys.add(key);
            keys.add(key);
            for (MeasureNames.Part heading : parts.headings) {
                keys.add(names.key(heading, variant, measure));
                keys.add(names.key(variant, measure, heading));
            }
        }
        return new Line(table, row, new Named(names.adjusted(parts.label, measure) || parts.section.adjusted(), keys.set(),
                ownKeys.set(), sectionKey, true, columns, parts.labelWords));
    }

    /**
     * A line's keys gathered as they are worked out, each once, and kept as the unmodifiable set {@link ClaimLines} keeps
     * them in: a line has a few keys (one to a few dozen), compared in turn more cheaply than a hash set is made and
     * copied for each of 68,797 lines a pass of the HTML corpus (twice a line: its keys and its own keys).
     */
    private static final class KeySet {
        private String[] keys = new String[8];
        private int size;

        void add(String key) {
            for (int k = 0; k < size; k++) {
                if (keys[k].equals(key)) {
                    return;
                }
            }
            if (size == keys.length) {
                keys = java.util.Arrays.copyOf(keys, 2 * size);
            }
            keys[size++] = key;
        }

        Set<String> set() {
            return Set.of(size == keys.length ? keys : java.util.Arrays.copyOf(keys, size));
        }
    }

    private Line line(StatedTable table, StatedRow row, String section, String columnMeasure, java.util.BitSet columns,
                      Set<String> labelWords) {
        List<String> before = columnMeasure.isEmpty() ? null : names.labelVariantsBefore(row.label(), columnMeasure);
        if (before != null) {
            return measured(table, row, section, columnMeasure, columns, labelWords, before);
        }
        String label = columnMeasure.isEmpty() ? row.label() : row.label() + " " + columnMeasure;
        String sectionKey = names.key(section, label);
        Set<String> keys = new java.util.HashSet<>();
        Set<String> ownKeys = new java.util.HashSet<>();
        List<String> sections = section.isEmpty() ? List.of("") : names.labelVariants(section);
        for (String variant : names.labelVariants(label)) {
            ownKeys.add(names.key(variant));
            keys.add(names.key(variant));
            // "Operating activities" under "Net cash (used in) provided by:" is "net cash used in operating activities" too.
            for (String heading : sections) {
                keys.addAll(List.of(names.key(heading, variant), names.key(variant, heading)));
            }
        }
        return new Line(table, row, new Named(names.adjusted(label) || names.adjusted(section), keys, ownKeys, sectionKey,
                !columnMeasure.isEmpty(), columns, labelWords));
    }

    /**
     * The line of a row under a measure a header or the title names for it ("APAC" in the column "Net Sales"), named as
     * {@link #line} names its label and the measure joined ("APAC net sales"), from the label's names and keys and the
     * measure's: {@code variants} are the label's names that, followed by the measure, are the joined text's
     * ({@link MeasureNames#labelVariantsBefore}), and each key of a joined text is its parts' keys joined where they
     * join ({@link MeasureNames#key(String, String, String)}). The label's names and keys are the row's, kept; the
     * joined texts' were mostly new names, worked out for every row under every measure.
     */
    private Line measured(StatedTable table, StatedRow row, String section, String measure, java.util.BitSet columns,
                          Set<String> labelWords, List<String> variants) {
        String sectionKey = names.key(section, row.label(), measure);
        Set<String> keys = new java.util.HashSet<>();
        Set<String> ownKeys = new java.util.HashSet<>();
        List<String> sections = section.isEmpty() ? List.of("") : names.labelVariants(section);
        for (String variant : variants) {
            String key = names.key(variant, measure);
            ownKeys.add(key);
            keys.add(key);
            for (String heading : sections) {
                keys.add(names.key(heading, variant, measure));
                keys.add(names.key(variant, measure, heading));
            }
        }
        return new Line(table, row, new Named(names.adjusted(row.label(), measure) || names.adjusted(section), keys, ownKeys,
                sectionKey, true, columns, labelWords));
    }

    /**
     * The heading above the row whose lines are parts of lines shown elsewhere ("Includes stock-based compensation of:",
     * "Stock-based compensation included in:", "Of which:"), or null.
     */
    private static String partOf(StatedRow row) {
        for (String heading : row.sectionPath()) {
            if (dev.crossfoot.understand.Lexicon.current().matches(dev.crossfoot.understand.Cue.PART_OF, Labels.normalise(heading))) {
                return heading;
            }
        }
        return null;
    }

    /**
     * A line under a heading whose lines are parts of others: "Cost of maintenance revenue" under "Includes stock-based
     * compensation of:" is the stock-based compensation in that cost, not the cost. It answers only to its name with the
     * heading's, never to its bare label, a title's or a header's measure, or a concept its label's words name.
     */
    private Line partLine(StatedTable table, StatedRow row, String heading) {
        Set<String> keys = new java.util.HashSet<>();
        for (String variant : names.labelVariants(row.label())) {
            for (String qualifier : names.labelVariants(heading)) {
                keys.addAll(List.of(names.key(qualifier, variant), names.key(variant, qualifier)));
            }
        }
        return new Line(table, row, new Named(names.adjusted(row.label()) || names.adjusted(heading), keys, Set.of(),
                names.key(heading, row.label()), false, null, Set.of()));
    }

    private ClaimCheck check(Claim claim, List<StatedTable> tables, Lines lines, FiscalCalendar calendar) {
        if (claim.period() == null || !claim.period().placed()) {
            return ClaimCheck.notEvaluated(rule, claim, "the text does not say for which period (or which year)");
        }
        if (claim.period().type() == dev.crossfoot.understand.ClaimPeriod.Type.QUARTER && !calendar.knowsQuarters()) {
            return ClaimCheck.notInTables(rule, claim, "the tables do not show when the fiscal year ends (or it ends in January, named after either year), so no column is its "
                    + claim.period().text());
        }
        List<Line> named = new ArrayList<>();
        String wanted = names.key(claim.measure());
        boolean adjusted = names.adjusted(claim.measure());
        for (Line line : lines.naming(claim, wanted)) {
            if (names(claim, wanted, adjusted, line)) {
                named.add(line);
            }
        }
        if (named.isEmpty() && !listLike(claim)) {
            named = namedByConcept(claim, wanted, adjusted, lines);
        }
        if (named.isEmpty()) {
            return ClaimCheck.notInTables(rule, claim, "no line of the tables states " + claim.measure());
        }
        List<Line> rivals = rivals(claim, wanted, adjusted, lines, named);
        PartOfCompany part = PartOfCompany.of(claim, tables);
        if (claim.kind().change()) {
            ClaimCheck byOwnKind = change(claim, named, rivals, wanted, calendar, part);
            return byOwnKind.untied() ? change(claim, named, rivals, wanted, calendar.atClose(), part) : byOwnKind;
        }
        ClaimCheck byOwnKind = value(claim, named, rivals, wanted, calendar, part);
        return byOwnKind.untied() ? value(claim, named, rivals, wanted, calendar.atClose(), part) : byOwnKind;
    }

    /** A value, a range or a bound tied to the one cell of its measure and period. */
    private ClaimCheck value(Claim claim, List<Line> named, List<Line> rivals, String wanted, FiscalCalendar calendar,
                             PartOfCompany part) {
        List<List<ClaimCheck.Tied>> candidates = new ArrayList<>();
        for (Line line : closest(named, wanted, line -> !cellsStating(claim, line, calendar).isEmpty())) {
            candidates.addAll(cellsStating(claim, line, calendar));
        }
        if (!candidates.isEmpty()) {
            // A rival line alone never ties a claim: it only shows another reading of its words.
            for (Line line : rivals) {
                candidates.addAll(cellsStating(claim, line, calendar));
            }
        }
        if (part != null) {
            candidates.removeIf(cells -> !part.states(cells));
        }
        if (candidates.isEmpty()) {
            return ClaimCheck.notInTables(rule, claim, "no table states " + claim.measure() + ofPart(part) + " for " + claim.period()
                    + (claim.kind() == Claim.Kind.RANGE ? " as a low and a high" : ""));
        }
        // One measure in one period is one figure: cells that state it differently leave the claim ambiguous,
        // whichever of them would agree (accepting whichever reading adds up would pass any figure).
        List<String> figures = new ArrayList<>();
        List<List<ClaimCheck.Tied>> distinct = new ArrayList<>();
        for (List<ClaimCheck.Tied> cells : candidates) {
            if (distinct.stream().noneMatch(other -> sameFigure(other, cells))) {
                distinct.add(cells);
                figures.add(figure(cells));
            }
        }
        if (figures.size() > 1) {
            boolean oneAgrees = distinct.stream().anyMatch(cells -> holds(claim, cells));
            return new ClaimCheck(rule, claim, CheckStatus.NOT_EVALUATED, "ambiguous: the tables state " + claim.measure()
                    + " for " + claim.period() + " as " + String.join(" and as ", figures) + " (in units)"
                    + (oneAgrees ? ", one of which the figure agrees with" : ", none of which the figure agrees with"), candidates.get(0), "", "");
        }
        List<ClaimCheck.Tied> cells = candidates.get(0);
        String stated = stated(cells);
        // The table states no unit and the text scales its figure: the table's unit is the power of a thousand that brings
        // the cell nearest the figure, chosen before comparing (so an altered figure fails against the same unit).
        BigDecimal unsaid = unsaidUnit(claim, cells.get(0).table(), magnitude(interval(cells.get(0))));
        boolean agrees = unsaid == null ? holds(claim, cells) : magnitude(interval(cells.get(0))).scale(unsaid).intersects(claim.figure().interval());
        // A figure a power of a thousand from a cell of a table that states its unit leaves a unit unsaid: told from the
        // orders of magnitude, not from whether the figure would agree once scaled (an altered figure is placed alike).
        boolean scaleApart = unsaid == null && claim.kind() == Claim.Kind.VALUE && claim.figure().unit() == Quantity.Unit.MONEY
                && thousandsApart(claim, magnitude(interval(cells.get(0)))) != 0;
        // Whether the claim is evaluated is settled before its figure is compared: a claim that would be left
        // unevaluated if it disagreed never passes either (it could pass but never fail, so accept any figure).
        if (claim.period().type() == dev.crossfoot.understand.ClaimPeriod.Type.INSTANT && names.says(ClaimCue.TOTAL, claim.measure())
                && !names.says(ClaimCue.TOTAL, cells.get(0).row().label())) {
            // "Total deferred revenue as of …" adds the current and non-current balances a balance sheet shows apart.
            return new ClaimCheck(rule, claim, CheckStatus.NOT_EVALUATED, "table '" + cells.get(0).table().id() + "' states "
                    + stated + agreement(agrees) + " on a line that is not a total, and the text states a total", cells, "", "");
        }
        if (!claim.plain()) {
            return new ClaimCheck(rule, claim, CheckStatus.NOT_EVALUATED, "table '" + cells.get(0).table().id() + "' states "
                    + stated + agreement(agrees) + ", but the sentence does not tie the figure plainly to one measure and period ("
                    + claim.plainness().words() + ")",
                    cells, "", "");
        }
        if (unsaid != null) {
            if (agrees) {
                return new ClaimCheck(rule, claim, CheckStatus.PASSED, "", cells, "", "");
            }
            return new ClaimCheck(rule, claim, CheckStatus.FAILED, "but table '" + cells.get(0).table().id() + "' states " + stated
                    + ", read in the unit that brings it nearest the figure (×" + unsaid.toPlainString() + ": the table states none) ("
                    + cells.get(0).row().label() + ", " + cells.get(0).table().column(cells.get(0).column()) + ")",
                    cells, stated, claim.figureText());
        }
        if (scaleApart) {
            return new ClaimCheck(rule, claim, CheckStatus.NOT_EVALUATED, "the text's figure and table '" + cells.get(0).table().id()
                    + "' (" + stated + ") differ by a power of a thousand: a unit one of them leaves unsaid", cells, "", "");
        }
        if (holds(claim, cells)) {
            return new ClaimCheck(rule, claim, CheckStatus.PASSED, "", cells, "", "");
        }
        return new ClaimCheck(rule, claim, CheckStatus.FAILED, "but table '" + cells.get(0).table().id() + "' states " + stated
                + " (" + cells.get(0).row().label() + ", " + cells.get(0).table().column(cells.get(0).column()) + ")",
                cells, stated, claim.figureText());
    }

    private ClaimCheck change(Claim claim, List<Line> named, List<Line> rivals, String wanted, FiscalCalendar calendar,
                              PartOfCompany part) {
        if (claim.comparedWith() == null || !claim.comparedWith().placed()) {
            return ClaimCheck.notEvaluated(rule, claim, "the text does not say which period the change is from");
        }
        List<List<ClaimCheck.Tied>> candidates = new ArrayList<>();
        for (Line line : closest(named, wanted, line -> !cellsChanging(claim, line, calendar).isEmpty())) {
            candidates.addAll(cellsChanging(claim, line, calendar));
        }
        if (!candidates.isEmpty()) {
            for (Line line : rivals) {
                candidates.addAll(cellsChanging(claim, line, calendar));
            }
        }
        if (part != null) {
            candidates.removeIf(cells -> !part.states(cells));
        }
        if (candidates.isEmpty()) {
            return ClaimCheck.notInTables(rule, claim, "no table states " + claim.measure() + ofPart(part) + " for both "
                    + claim.period() + " and " + claim.comparedWith());
        }
        // One measure over one pair of periods is one change: lines that give different ones leave it ambiguous.
        List<List<ClaimCheck.Tied>> distinct = new ArrayList<>();
        for (List<ClaimCheck.Tied> cells : candidates) {
            if (distinct.stream().noneMatch(other -> sameFigure(other, cells))) {
                distinct.add(cells);
            }
        }
        if (distinct.size() > 1) {
            List<String> changes = new ArrayList<>();
            for (List<ClaimCheck.Tied> cells : distinct) {
                Interval ofMagnitudes = change(claim, cells, true);
                changes.add(ofMagnitudes == null ? "a change from zero" : describeChange(claim, ofMagnitudes));
            }
            boolean oneAgrees = distinct.stream().anyMatch(cells -> changeHolds(claim, cells, BigDecimal.ONE));
            return new ClaimCheck(rule, claim, CheckStatus.NOT_EVALUATED, "ambiguous: the tables give " + claim.measure()
                    + " changes of " + String.join(" and of ", changes)
                    + (oneAgrees ? ", one of which the figure agrees with" : ", none of which the figure agrees with"), candidates.get(0), "", "");
        }
        List<ClaimCheck.Tied> cells = distinct.get(0);
        // Whether the change is evaluated is settled before its figure is compared, as for a value.
        if (interval(cells.get(0)).low().signum() * interval(cells.get(1)).low().signum() <= 0) {
            // From a use of cash to a source, "increased" may mean either way: not called an error, nor passed.
            return ClaimCheck.notEvaluated(rule, claim, "the line changes sign between the periods (or is zero), so the direction of the change is not plain");
        }
        Interval ofMagnitudes = change(claim, cells, true);
        Interval signed = change(claim, cells, false);
        if (ofMagnitudes == null) {
            return ClaimCheck.notEvaluated(rule, claim, "the change is from zero");
        }
        // The unit of a table that states none, for a change the text scales, or whether the change is a power of a
        // thousand from the cells': both told from orders of magnitude before comparing, as for a value.
        BigDecimal unsaid = claim.figure().unit() == Quantity.Unit.PERCENT ? null : unsaidUnit(claim, cells.get(0).table(), magnitude(ofMagnitudes));
        BigDecimal unit = unsaid == null ? BigDecimal.ONE : unsaid;
        boolean scaleApart = unsaid == null && claim.figure().unit() != Quantity.Unit.PERCENT && thousandsApart(claim, magnitude(ofMagnitudes)) != 0;
        String figure = describeChange(claim, ofMagnitudes.scale(unit));
        boolean holds = changeHolds(claim, cells, unit);
        if (!claim.plain()) {
            return new ClaimCheck(rule, claim, CheckStatus.NOT_EVALUATED, "table '" + cells.get(0).table().id()
                    + "' gives a change of " + figure + agreement(holds) + ", but the sentence does not tie the figure plainly to one measure and period ("
                    + claim.plainness().words() + ")",
                    cells, "", "");
        }
        if (scaleApart) {
            // "increased by €1.3 billion" against lines of 389 and 1,655 in a table whose unit is not read.
            return new ClaimCheck(rule, claim, CheckStatus.NOT_EVALUATED, "the text's change and the one table '" + cells.get(0).table().id()
                    + "' gives (" + figure + ") differ by a power of a thousand: a unit one of them leaves unsaid", cells, "", "");
        }
        if (holds) {
            return new ClaimCheck(rule, claim, CheckStatus.PASSED, "", cells, "", "");
        }
        return new ClaimCheck(rule, claim, CheckStatus.FAILED, "but table '" + cells.get(0).table().id() + "' gives a change of "
                + figure + (unsaid == null ? "" : ", read in the unit that brings it nearest the figure (×" + unsaid.toPlainString()
                + ": the table states none)") + " (" + stated(cells.subList(1, 2)) + " to " + stated(cells.subList(0, 1)) + ")", cells, figure,
                claim.figureText());
    }

    /** Whether the change the cells give, in {@code unit}s, agrees with the claim's, signed or of magnitudes; not from zero. */
    /** Where the claim speaks of a part of the company: in whose columns no table states it. */
    private static String ofPart(PartOfCompany part) {
        return part == null ? "" : " in a column of " + part.name() + " (the heading the text stands under)";
    }

    private static boolean changeHolds(Claim claim, List<ClaimCheck.Tied> cells, BigDecimal unit) {
        Interval ofMagnitudes = change(claim, cells, true);
        Interval signed = change(claim, cells, false);
        if (ofMagnitudes != null && claim.figure().unit() != Quantity.Unit.PERCENT) {
            ofMagnitudes = ofMagnitudes.scale(unit);
            signed = signed.scale(unit);
        }
        Interval statedChange = claim.kind() == Claim.Kind.DECREASE ? claim.figure().interval().negate() : claim.figure().interval();
        return ofMagnitudes != null && (signed != null && signed.intersects(statedChange) || ofMagnitudes.intersects(statedChange)
                || fromStatedEnds(claim, cells, unit, statedChange));
    }

    /**
     * Whether the change is the one the sentence's own ends give, where each end agrees with its cell: "from $1.1 million to
     * $1.5 million, an increase of $0.4 million" against 1,149 and 1,451 — the writer computed the change from the rounded
     * figures (0.302 million from the cells). The change of the ends as stated is exact, so an altered change still fails.
     */
    private static boolean fromStatedEnds(Claim claim, List<ClaimCheck.Tied> cells, BigDecimal unit, Interval statedChange) {
        Claim.Ends ends = claim.ends();
        if (ends == null) {
            return false;
        }
        Interval now = magnitude(interval(cells.get(0))).scale(unit);
        Interval before = magnitude(interval(cells.get(1))).scale(unit);
        if (!now.intersects(ends.to().interval()) || !before.intersects(ends.from().interval())) {
            return false;
        }
        BigDecimal to = ends.to().interval().midpoint();
        BigDecimal from = ends.from().interval().midpoint();
        if (claim.figure().unit() != Quantity.Unit.PERCENT) {
            return Interval.exact(to.subtract(from)).intersects(statedChange);
        }
        if (from.signum() == 0) {
            return false;
        }
        return Interval.exact(to.subtract(from).divide(from, java.math.MathContext.DECIMAL64)).intersects(statedChange);
    }

    /** Whether a claim left unevaluated agrees with the table, said beside what the table states. */
    private static String agreement(boolean holds) {
        return holds ? " (which the figure agrees with)" : " (which the figure does not agree with)";
    }

    /** The change from the second cell to the first (of their magnitudes, or as signed): relative for a percentage, else absolute; null from zero. */
    private static Interval change(Claim claim, List<ClaimCheck.Tied> cells, boolean magnitudes) {
        // "Net cash used in financing activities decreased $1,876 million": (5,950,803) to (4,074,427) is a smaller use.
        Interval now = magnitudes ? magnitude(interval(cells.get(0))) : interval(cells.get(0));
        Interval before = magnitudes ? magnitude(interval(cells.get(1))) : interval(cells.get(1));
        Interval difference = now.minus(before);
        if (claim.figure().unit() != Quantity.Unit.PERCENT) {
            return difference;
        }
        Interval base = before.low().signum() >= 0 ? before : before.negate();
        return difference.dividedBy(base);
    }

    private static String describeChange(Claim claim, Interval change) {
        BigDecimal middle = change.midpoint();
        if (claim.figure().unit() == Quantity.Unit.PERCENT) {
            return middle.movePointRight(2).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString() + "%";
        }
        return middle.stripTrailingZeros().toPlainString();
    }

    private static Integer plainColumn(dev.crossfoot.understand.ClaimPeriod period, Line line, FiscalCalendar calendar) {
        StatedTable table = line.table();
        for (int c = 0; c < table.width(); c++) {
            Period p = table.period(c);
            if (line.has(c) && (p == null || p.variant() == null) && line.row().has(c) && calendar.states(period, table, c)) {
                return c;
            }
        }
        return null;
    }

    private static Integer variantColumn(Claim claim, Line line, FiscalCalendar calendar, String variant) {
        StatedTable table = line.table();
        for (int c = 0; c < table.width(); c++) {
            Period period = table.period(c);
            if (line.has(c) && period != null && variant.equals(period.variant()) && line.row().has(c)
                    && calendar.states(claim.period(), table, c)) {
                return c;
            }
        }
        return null;
    }

    /**
     * Of the lines that state the claim's period ({@code states}), those that name the measure most
     * closely ({@link Line#closeness}): a line named by its own label before one named with its section.
     */
    private static List<Line> closest(List<Line> named, String wanted, java.util.function.Predicate<Line> states) {
        List<Line> stating = named.stream().filter(states).toList();
        int best = stating.stream().mapToInt(line -> line.closeness(wanted)).min().orElse(0);
        return stating.stream().filter(line -> line.closeness(wanted) == best).toList();
    }

    /**
     * The lines the claim's words may name as well, less a vague word: "Share-based plans expense"
     * is the cash-flow line of that name, and also the line "Share-based plans" of a table of
     * "(expense)/income" items. Where such a line states another figure the claim is ambiguous.
     */
    private List<Line> rivals(Claim claim, String wanted, boolean adjusted, Lines lines, List<Line> named) {
        String loose = names.withoutVague(wanted);
        if (loose.isEmpty() || loose.equals(wanted)) {
            return List.of();
        }
        List<Line> rivals = new ArrayList<>();
        for (Line line : lines.naming(claim, loose)) {
            if (!named.contains(line) && names(claim, loose, adjusted, line)) {
                rivals.add(line);
            }
        }
        return rivals;
    }

    /** The line's cells of the claim's period: one per column, or a low and a high one for a range. */
    private static List<List<ClaimCheck.Tied>> cellsStating(Claim claim, Line line, FiscalCalendar calendar) {
        StatedTable table = line.table();
        StatedRow row = line.row();
        List<List<ClaimCheck.Tied>> cells = new ArrayList<>();
        if (claim.kind() == Claim.Kind.RANGE) {
            Integer low = variantColumn(claim, line, calendar, "low");
            Integer high = variantColumn(claim, line, calendar, "high");
            if (low != null && high != null) {
                cells.add(List.of(new ClaimCheck.Tied(table, row, low), new ClaimCheck.Tied(table, row, high)));
            }
            return cells;
        }
        for (int c = 0; c < table.width(); c++) {
            Period period = table.period(c);
            if (line.has(c) && (period == null || period.variant() == null) && row.has(c)
                    && calendar.states(claim.period(), table, c)) {
                cells.add(List.of(new ClaimCheck.Tied(table, row, c)));
            }
        }
        return cells;
    }

    /** The line's cells of a change's two periods, now and before; none for a line of percentages, which states changes itself. */
    private static List<List<ClaimCheck.Tied>> cellsChanging(Claim claim, Line line, FiscalCalendar calendar) {
        if (line.row().measure() != Measure.MONEY) {
            return List.of();
        }
        Integer now = plainColumn(claim.period(), line, calendar);
        Integer before = plainColumn(claim.comparedWith(), line, calendar);
        if (now == null || before == null || now.equals(before)) {
            return List.of();
        }
        return List.of(List.of(new ClaimCheck.Tied(line.table(), line.row(), now), new ClaimCheck.Tied(line.table(), line.row(), before)));
    }


    /** The figure the cells state, in units: "66353000" or "70000000 to 74000000". */
    private static String figure(List<ClaimCheck.Tied> cells) {
        List<String> figures = new ArrayList<>();
        for (ClaimCheck.Tied cell : cells) {
            figures.add(magnitude(interval(cell)).midpoint().stripTrailingZeros().toPlainString());
        }
        return String.join(" to ", figures);
    }

    /** Whether two sets of cells state the same figures, within the rounding of each (a statement's 66,353 and a note's 66.4 million). */
    private static boolean sameFigure(List<ClaimCheck.Tied> one, List<ClaimCheck.Tied> other) {
        for (int k = 0; k < one.size(); k++) {
            if (!interval(one.get(k)).intersects(interval(other.get(k)))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The unit a table that states none is read in for a figure the text scales ("$44.2 million" against a
     * cell of 44,154; "increased by €1.3 billion" against lines of 389 and 1,655): the power of a thousand,
     * above one, nearest the figure's ratio to what the cells state; null where the table states its unit,
     * the figure has no scale word, or it is not an amount of money (a value, or a change of one).
     */
    private static BigDecimal unsaidUnit(Claim claim, StatedTable table, Interval stated) {
        String unit = table.unit();
        boolean amount = claim.kind() == Claim.Kind.VALUE || claim.kind().change();
        if (!amount || claim.figure().unit() != Quantity.Unit.MONEY || unit != null && !unit.isBlank()
                || claim.figure().scale() == null || claim.figure().scale().compareTo(BigDecimal.ONE) <= 0) {
            return null;
        }
        int thousands = thousandsApart(claim, stated);
        return thousands < 1 || thousands > 3 ? null : BigDecimal.ONE.movePointRight(3 * thousands);
    }

    /**
     * How many powers of a thousand the figure is from what the cells state, to the nearest: 0 for "$66.4 million"
     * against 66,353 thousand, 1 for "$1.3 billion" against 1,266 million read as units. Told from the orders of
     * magnitude alone, so a figure altered by a few units of its last digit is as far as the original; 0 where
     * either is zero.
     */
    private static int thousandsApart(Claim claim, Interval stated) {
        double cells = stated.midpoint().doubleValue();
        double figure = claim.figure().interval().midpoint().doubleValue();
        if (cells <= 0 || figure <= 0) {
            return 0;
        }
        return (int) Math.round(Math.log10(figure / cells) / 3);
    }

    /** Whether every cell agrees with its end of the claim. */
    private static boolean holds(Claim claim, List<ClaimCheck.Tied> cells) {
        Interval cell = magnitude(interval(cells.get(0)));
        BigDecimal value = claim.figure().interval().midpoint();
        switch (claim.kind()) {
            case RANGE:
                return cell.intersects(claim.figure().interval())
                        && magnitude(interval(cells.get(1))).intersects(claim.high().interval());
            case AT_LEAST:
                return cell.high().compareTo(value) >= 0;
            case AT_MOST:
                return cell.low().compareTo(value) <= 0;
            case APPROXIMATE:
                return cell.intersects(claim.figure().approximate().interval());
            default:
                return cell.intersects(claim.figure().interval());
        }
    }

    private static Interval interval(ClaimCheck.Tied cell) {
        return cell.row().interval(cell.column());
    }

    /** The magnitude an interval stands for: a loss of 5,934 is a figure of 5,934. */
    private static Interval magnitude(Interval interval) {
        if (interval.low().signum() >= 0) {
            return interval;
        }
        if (interval.high().signum() <= 0) {
            return interval.negate();
        }
        return new Interval(BigDecimal.ZERO, interval.high().max(interval.low().negate()));
    }

    /** What the cells state, as written: "66,353" or "70 to 74". */
    private static String stated(List<ClaimCheck.Tied> cells) {
        List<String> texts = new ArrayList<>();
        for (ClaimCheck.Tied cell : cells) {
            texts.add(cell.row().text(cell.column()).strip());
        }
        String unit = cells.get(0).table().unit();
        return String.join(" to ", texts) + (unit.isBlank() ? "" : " (" + unit + ")");
    }

    /** Whether the line states what the claim measures: same name, same kind of figure, adjusted only if both say so. */
    private boolean names(Claim claim, String wanted, boolean adjusted, Line line) {
        // "Revenue increased … or 14%": a relative change is computed from the line's amounts.
        boolean relativeChange = claim.kind().change() && claim.figure().unit() == Quantity.Unit.PERCENT && line.row().measure() == Measure.MONEY;
        if (wanted.isEmpty() || line.adjusted() != adjusted || !relativeChange && !sameUnit(claim.figure().unit(), line.row().measure())) {
            return false;
        }
        if (listLike(claim)) {
            // "Selling, general and administrative expenses": words with a comma may be a list or an aside; they name a line
            // only by its own label, in full, never with its section, a title's or a header's measure, or a concept.
            return claim.figure().unit() != Quantity.Unit.PER_SHARE && !line.measureFromHeader() && line.ownKeys().contains(wanted);
        }
        if (claim.figure().unit() == Quantity.Unit.PER_SHARE) {
            return perShare(claim, wanted, line.sectionKey());
        }
        return line.keys().contains(wanted);
    }

    /** Whether the claim's measure has a comma in its words: a list, an aside, or the name of one line with commas. */
    private static boolean listLike(Claim claim) {
        return claim.measure().indexOf(',') >= 0;
    }

    /**
     * The lines that report the concept the claim's words name, where no label names them
     * ({@link ConceptDictionary}, read as a label of the line's statement): "net cash used in investing
     * activities" is the line "Net cash provided by (used in) investing activities", "revenue" the
     * line "Net revenues". The claim's words must all be words of the line's label (but for words the
     * claims files call concept-neutral, "net" of "net cash used in"): a word more
     * narrows the measure, so that "gross income tax expense" or "excess tax benefits … decreased our
     * provision for income taxes by" (patterns "*income tax*") is never the line "Provision for
     * income taxes". Not for a figure per share, whose line is found by its result ({@link #perShare}).
     */
    private List<Line> namedByConcept(Claim claim, String wanted, boolean adjusted, Lines lines) {
        if (wanted.isEmpty() || claim.figure().unit() == Quantity.Unit.PER_SHARE) {
            return List.of();
        }
        // A word that narrows no concept ("net" of "net cash used in investing activities") need not be the label's.
        List<String> claimWords = conceptWords(wanted);
        if (claimWords.isEmpty()) {
            return List.of();
        }
        List<Line> named = new ArrayList<>();
        // Only lines whose label has the claim's first word can have all of them.
        for (Line line : lines.byLabelWord().with(claimWords.get(0))) {
            if (line.measureFromHeader() || line.adjusted() != adjusted || !sameUnit(claim, line)) {
                continue;
            }
            if (!line.labelWords().containsAll(claimWords)) {
                continue;
            }
            if (sameConcept(claim, line)) {
                named.add(line);
            }
        }
        return named;
    }

    /** Statements whose concepts a summary table's lines may report ("Cash used in investing activities" beside "Net income"). */
    private static final List<StatementKind> NAMED_STATEMENTS = List.of(StatementKind.INCOME, StatementKind.CASH_FLOW, StatementKind.BALANCE_SHEET);

    /**
     * Whether the claim's words name the concept the line reports: in its statement, or — a table
     * of no statement (a summary of selected lines) — in one of the statements whose lines it shows.
     */
    private boolean sameConcept(Claim claim, Line line) {
        StatedRow row = line.row();
        if (row.concept() != null) {
            return row.concept().equals(claimedConcept(claim, line.table().kind(), row.measure()));
        }
        boolean summary = line.table().kind() == StatementKind.OTHER || line.table().kind() == StatementKind.SUPPLEMENTAL;
        // A label the dictionary names only in another of its names: "Cash provided by (used in) financing activities"
        // is "Cash used in financing activities" ({@link MeasureNames#labelVariants}).
        List<String> labels = summary ? names.labelVariants(row.label()) : names.labelVariants(row.label()).subList(1, names.labelVariants(row.label()).size());
        for (StatementKind kind : summary ? NAMED_STATEMENTS : List.of(line.table().kind())) {
            String claimed = claimedConcept(claim, kind, row.measure());
            for (String label : labels) {
                String concept = concepts.conceptOf(label, row.sectionPath(), kind, row.measure());
                if (concept != null && concept.equals(claimed)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The concept the claim's words name in a statement of {@code kind}: as said, or with operating activities said as a
     * line says them ("Net cash provided by operations" is the concept of "net cash*operating activities*").
     */
    private String claimedConcept(Claim claim, StatementKind kind, Measure measure) {
        String said = concepts.conceptOf(claim.measure(), List.of(), kind, measure);
        return said != null ? said : concepts.conceptOf(names.operatingActivities(claim.measure()), List.of(), kind, measure);
    }

    /** Whether the line states the claim's kind of figure; a relative change is computed from amounts. */
    private static boolean sameUnit(Claim claim, Line line) {
        boolean relativeChange = claim.kind().change() && claim.figure().unit() == Quantity.Unit.PERCENT && line.row().measure() == Measure.MONEY;
        return relativeChange || sameUnit(claim.figure().unit(), line.row().measure());
    }

    /**
     * A per-share claim names the per-share line of its result: "GAAP net income … $0.01 per
     * diluted share" is "Diluted" under "Earnings (loss) per share", or "GAAP Earnings (loss) per share".
     */
    private boolean perShare(Claim claim, String wanted, String rowKey) {
        PerShareWords words = perShareWords(claim.measure(), wanted);
        return rowKey.contains(words.core())
                && !(words.diluted() && names.says(ClaimCue.BASIC, rowKey)) && !(words.basic() && names.says(ClaimCue.DILUTED, rowKey));
    }

    /**
     * What a per-share claim's own words say: whether they name diluted or basic shares, and the words left of its
     * key without those and the fillers. A per-share claim is asked of every line of the document's tables, and these
     * were worked out again for each (133,238 matchers of the three cues a pass of the HTML corpus); they depend on the
     * claim's measure and key alone, so the last claim's are kept.
     */
    record PerShareWords(String measure, String wanted, boolean diluted, boolean basic, String core) { }

    /** The last per-share claim's words: one immutable record, so threads sharing these ties see one claim's whole. */
    private volatile PerShareWords lastPerShare;

    PerShareWords perShareWords(String measure, String wanted) {
        PerShareWords last = lastPerShare;
        if (last != null && last.measure().equals(measure) && last.wanted().equals(wanted)) {
            return last;
        }
        PerShareWords words = perShareWordsWorkedOut(measure, wanted);
        lastPerShare = words;
        return words;
    }

    /** {@link #perShareWords} worked out. */
    PerShareWords perShareWordsWorkedOut(String measure, String wanted) {
        boolean diluted = names.says(ClaimCue.DILUTED, measure);
        boolean basic = names.says(ClaimCue.BASIC, measure);
        List<String> core = new ArrayList<>();
        for (String word : wanted.split(" ")) {
            if (!names.says(ClaimCue.DILUTED, word) && !names.says(ClaimCue.BASIC, word) && !names.says(ClaimCue.PER_SHARE_FILLER, word)) {
                core.add(word);
            }
        }
        return new PerShareWords(measure, wanted, diluted, basic, String.join(" ", core));
    }

    private static boolean sameUnit(Quantity.Unit unit, Measure measure) {
        switch (unit) {
            case PERCENT:
                return measure == Measure.PERCENT;
            case PER_SHARE:
                return measure == Measure.PER_SHARE;
            default:
                return measure == Measure.MONEY;
        }
    }
}
