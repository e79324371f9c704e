package dev.crossfoot.check;

import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;

import java.util.List;
import java.util.Objects;

/**
 * The understood tables of one document, searched by concept, statement and period for ties. A document is checked on
 * one thread: the searches it remembers ({@link Searched}) are not shared between threads.
 */
public final class DocumentTables {

    private final List<StatementTable> tables;
    /**
     * For each table and kind asked, the statements of that kind a primary statement's ties search, in the order
     * searched: it depends only on the table and the kind, and the rules asked it for every tie of every column,
     * convention and reading (86,400 searches of 7,200 lists a pass of the generated data set). Null when not kept
     * (only to test that law).
     */
    private final java.util.Map<StatementTable, java.util.EnumMap<StatementKind, Searched>> searches;

    public DocumentTables(List<StatementTable> tables) {
        this(tables, true);
    }

    /** {@code searchesKept} false works each search's order out afresh, as before it was kept. */
    DocumentTables(List<StatementTable> tables, boolean searchesKept) {
        this.tables = tables;
        this.searches = searchesKept ? new java.util.IdentityHashMap<>() : null;
    }

    public List<StatementTable> tables() {
        return tables;
    }

    /**
     * The statements of a kind a primary statement's ties search: those of the kind nearest first ({@code ofKind}), and
     * the same with the statements of the table's own reporting part first ({@code ranked}, what a tie searches).
     */
    private record Searched(List<StatementTable> ofKind, List<StatementTable> ranked) { }

    private Searched searched(StatementTable from, StatementKind kind) {
        if (searches == null) {
            return searchedAfresh(from, kind);
        }
        return searches.computeIfAbsent(from, table -> new java.util.EnumMap<>(StatementKind.class))
                .computeIfAbsent(kind, k -> searchedAfresh(from, k));
    }

    private Searched searchedAfresh(StatementTable from, StatementKind kind) {
        List<StatementTable> ofKind = ofKind(kind, nearestFirst(from), from);
        List<StatementTable> peers = ofKind(from.kind(), tables, null);
        return new Searched(ofKind, ReportingParts.ofItsPart(from, peers, ReportingParts.sameFirst(from, ofKind)));
    }

    /** The first row of a table reporting a concept, or null. */
    public static StatementRow rowOf(StatementTable table, String concept) {
        List<StatementRow> rows = rowsOf(table, concept);
        return rows.isEmpty() ? null : rows.get(0);
    }

    /**
     * The row reporting a concept in one column: the first with a number there, else the first
     * at all. Filers split one concept over rows by column ("Shares used to compute diluted
     * earnings per share" in profitable quarters, "… loss per share" in the others, N/A elsewhere).
     */
    public static StatementRow rowOf(StatementTable table, String concept, int column) {
        List<StatementRow> rows = rowsOf(table, concept);
        for (StatementRow row : rows) {
            if (row.amount(column) != null) {
                return row;
            }
        }
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The rows of a table reporting a concept (null: the rows of no concept), in the table's order. */
    static List<StatementRow> rowsOf(StatementTable table, String concept) {
        return ByConcept.of(table).getOrDefault(concept, List.of());
    }

    /**
     * Each table's rows by concept, for the tables of the last document checked on this thread:
     * the rules ask for the row of a concept for every rule, column, convention and reading, and
     * ties ask it of the document's other tables, each time a walk of the table comparing strings.
     */
    private static final class ByConcept {
        private static final ThreadLocal<ByConcept> LAST = new ThreadLocal<>();

        private final dev.crossfoot.model.Document document;
        private final java.util.Map<StatementTable, java.util.Map<String, List<StatementRow>>> tables = new java.util.IdentityHashMap<>();
        /** The table asked last and its index: a rule's questions come in runs about one table. */
        private StatementTable lastTable;
        private java.util.Map<String, List<StatementRow>> lastRows;

        private ByConcept(dev.crossfoot.model.Document document) {
            this.document = document;
        }

        static java.util.Map<String, List<StatementRow>> of(StatementTable table) {
            if (table.document() == null) {
                return index(table);
            }
            ByConcept last = LAST.get();
            if (last == null || last.document != table.document()) {
                last = new ByConcept(table.document());
                LAST.set(last);
            }
            if (last.lastTable != table) {
                last.lastRows = last.tables.computeIfAbsent(table, ByConcept::index);
                last.lastTable = table;
            }
            return last.lastRows;
        }

        private static java.util.Map<String, List<StatementRow>> index(StatementTable table) {
            java.util.Map<String, List<StatementRow>> rows = new java.util.HashMap<>();
            for (StatementRow row : table.rows()) {
                rows.computeIfAbsent(row.concept(), concept -> new java.util.ArrayList<>(1)).add(row);
            }
            return rows;
        }
    }

    /**
     * A cell of another statement reporting the concept for the same period (a number, or
     * unreadable), or null. A primary statement (balance sheet, income, cash flows) ties to its own
     * set: a filing may show a summary in its discussion before the statements, and a second set
     * after them (the parent company alone, in Schedule I), so the nearest statement before it is
     * searched first, then the nearest after it; a statement of the same reporting part, told by
     * the titles, before those ({@link ReportingParts}). Other tables (a reconciliation in the
     * discussion) tie to the first statement of the kind.
     */
    public Located find(StatementKind kind, String concept, Period period, StatementTable from) {
        return find(kind, concept, period, from, null);
    }

    /**
     * As {@link #find(StatementKind, String, Period, StatementTable)}, preferring, where the other
     * statement shows several rows of the concept, the one labelled as {@code label}: the filer
     * names one amount alike in both statements (a cash-flow statement opening on "Net income"
     * ties to the income statement's "Net income" under the noncontrolling interests' part, not
     * to "Net income including noncontrolling interests" above it).
     */
    public Located find(StatementKind kind, String concept, Period period, StatementTable from, String label) {
        if (period == null) {
            return null;
        }
        String wanted = label == null ? null : dev.crossfoot.understand.Labels.normalise(label);
        boolean primary = PRIMARY.contains(from.kind());
        List<StatementTable> searched = primary ? searched(from, kind).ranked() : tables;
        if (wanted != null && primary) {
            // The row labelled alike wins over a nearer statement of the kind that shows the
            // concept otherwise (a statement of comprehensive income opening on the parent's "Net
            // earnings", between the income statement and the cash flows).
            Located labelled = find(kind, period, from, searched,
                    (table, c) -> rowLabelled(table, concept, wanted, c));
            if (labelled != null) {
                return labelled;
            }
        }
        Located first = find(kind, period, from, searched, (table, c) -> rowOf(table, concept, c));
        if (wanted == null || primary || first == null) {
            return first;
        }
        // A table outside the statements ties to the first statement of the kind that shows the concept; the label only
        // chooses among that statement's rows of it (a later table labelled alike, a segment's "Revenue" in the
        // discussion, is no statement the filer reconciles to).
        Located labelled = find(kind, period, from, List.of(first.table()), (table, c) -> rowLabelled(table, concept, wanted, c));
        return labelled != null ? labelled : first;
    }

    private static Located find(StatementKind kind, Period period, StatementTable from, List<StatementTable> searched,
                         java.util.function.BiFunction<StatementTable, Integer, StatementRow> rowIn) {
        for (StatementTable table : searched) {
            if (table == from || table.kind() != kind) {
                continue;
            }
            for (int c = 0, width = table.width(); c < width; c++) {
                // The column's period first: a row is looked for only in the columns of the period (one or two of a table).
                if (!period.sameAs(table.period(c))) {
                    continue;
                }
                StatementRow row = rowIn.apply(table, c);
                // An unreadable cell is still the one tied to: diagnosis may tell what it should read.
                if (row != null && (row.amount(c) != null || row.value(c) instanceof dev.crossfoot.model.CellValue.Malformed)) {
                    return new Located(table, row, c);
                }
            }
        }
        return null;
    }

    /**
     * The cells of the concept, for the period, in the other statements of the kind that a primary
     * statement's search ranks alike with the one {@code found} is in: what the tie could as well
     * have been made to where nothing in the titles tells those statements apart (the registrants of
     * a combined filing, segments, a parent company without its name).
     */
    public List<Located> rankedAlike(Located found, String concept, Period period, StatementTable from) {
        if (found == null || period == null || !PRIMARY.contains(from.kind())) {
            return List.of();
        }
        List<Located> alike = new java.util.ArrayList<>();
        for (StatementTable table : ReportingParts.rankedAlike(from, searched(from, found.table().kind()).ofKind(), found.table())) {
            Located there = find(found.table().kind(), period, from, List.of(table), (t, c) -> rowOf(t, concept, c));
            if (there != null) {
                alike.add(there);
            }
        }
        return alike;
    }

    /** The first row of the concept with an amount in the column and the label: of the concept's rows, not every row's. */
    private static StatementRow rowLabelled(StatementTable table, String concept, String normalisedLabel, int column) {
        for (StatementRow row : rowsOf(table, concept)) {
            if (Objects.equals(row.concept(), concept) && row.amount(column) != null
                    && row.normalLabel().equals(normalisedLabel)) {
                return row;
            }
        }
        return null;
    }

    /**
     * The instant at which a duration column starts or ends ({@code at} = "start" or "end"), or
     * the column's own period when {@code at} is null. Month-end dates stay month-end: nine months
     * to September 30 start after December 31.
     */
    public static Period periodAt(Period period, String at) {
        if (at == null || period == null || period.end() == null) {
            return period;
        }
        if (!period.lengthKnown()) {
            return null;
        }
        if (period.instant() || at.equals("end")) {
            return new Period(true, period.end(), 0, null);
        }
        java.time.LocalDate start = period.end().minusMonths(period.months());
        if (period.end().getDayOfMonth() == period.end().lengthOfMonth()) {
            start = start.withDayOfMonth(start.lengthOfMonth());
        }
        return new Period(true, start, 0, null);
    }

    private static List<StatementTable> ofKind(StatementKind kind, List<StatementTable> searched, StatementTable from) {
        List<StatementTable> ofKind = new java.util.ArrayList<>();
        for (StatementTable table : searched) {
            if (table != from && table.kind() == kind) {
                ofKind.add(table);
            }
        }
        return ofKind;
    }

    private static final java.util.Set<StatementKind> PRIMARY = java.util.EnumSet.of(StatementKind.BALANCE_SHEET,
            StatementKind.INCOME, StatementKind.CASH_FLOW);

    private List<StatementTable> nearestFirst(StatementTable from) {
        int at = -1;
        for (int i = 0; i < tables.size(); i++) {
            if (tables.get(i) == from) {
                at = i;
            }
        }
        if (at < 0) {
            return tables;
        }
        List<StatementTable> ordered = new java.util.ArrayList<>(tables.size());
        for (int i = at - 1; i >= 0; i--) {
            ordered.add(tables.get(i));
        }
        ordered.addAll(tables.subList(at + 1, tables.size()));
        return ordered;
    }

    /** Whether any other table of that kind exists: a tie to a missing statement does not apply. */
    public boolean has(StatementKind kind, StatementTable except) {
        return tables.stream().anyMatch(table -> table != except && table.kind() == kind);
    }

    public record Located(StatementTable table, StatementRow row, int column) { }

    /**
     * The other rows of the statement found that report the concept in the same column with other
     * figures: "Income from continuing operations" of the consolidated group, and again, further
     * down, the part attributable to the parent. Which one a tie means, the statement alone does not say.
     */
    public static List<StatementRow> otherRowsOf(Located found, String concept) {
        List<StatementRow> others = new java.util.ArrayList<>();
        dev.crossfoot.model.Amount tied = found.row().amount(found.column());
        for (StatementRow row : found.table().rows()) {
            dev.crossfoot.model.Amount amount = row.amount(found.column());
            if (row != found.row() && Objects.equals(row.concept(), concept) && amount != null && tied != null
                    && amount.value().compareTo(tied.value()) != 0) {
                others.add(row);
            }
        }
        return others;
    }
}
