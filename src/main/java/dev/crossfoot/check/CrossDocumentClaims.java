package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.understand.EntityNames;
import dev.crossfoot.understand.MeasureNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ties across the documents of one run ({@code TEXT.claim-ties}): a claim no table of its own
 * document states ("revenues for the year ended December 31, 2007 are expected to be $320.3
 * million" in a Form 12b-25, which has no table) is tied to the tables of the other documents of
 * the same company ({@link EntityNames}) checked in the same run, with the same rules as within a
 * document. It runs after every document's own checks, on the run's thread, over the documents in
 * reading order, so the outcome does not depend on {@code --jobs}. Each other document's tables
 * are asked apart (their fiscal calendars may differ); the first that states the claim settles
 * it. A claim that still finds no table keeps its own document's reason. A claim fails across
 * documents only when its own document has no table at all (a Form 12b-25, the text of a
 * release): a filing with tables that do not state a figure is likely speaking of a part of the
 * company (a segment's backlog) that the other filing's line of the same name does not show.
 *
 * <p>To tie, the tables of every document whose company is known are kept until the run ends, as a
 * claim reads them ({@link StatedTable}: labels, periods, and each amount's interval, text and
 * place; not the document, its rows without amounts or its cells' readings); a run beyond
 * {@link #MAX_CELLS} cells keeps no more, and the claims it could not try say so.
 */
public final class CrossDocumentClaims {

    /**
     * The cells with an amount kept for ties across documents; a data set of thousands of filings keeps no more. A kept
     * cell takes about 115 bytes of heap with its share of its line (measured on the generated JSON Lines data set,
     * whose documents repeat their labels, texts and pointers, which are kept once), about 250 where nothing repeats:
     * 60 to 125 MB at the bound, half of what the 200,000 whole rows of the bound before took (about 1.2 KB a row), for
     * some 1,500 documents of the generated dataset (1,150 before).
     */
    static final int MAX_CELLS = 500_000;

    private final ClaimTies ties;
    private final EntityNames entities;
    private final Map<String, List<Kept>> tablesByEntity = new LinkedHashMap<>();
    private final List<Waiting> waiting = new ArrayList<>();
    private long cellsKept;
    /** The values the kept tables repeat, kept once. */
    private final SharedValues shared = new SharedValues();
    /**
     * The tables each checking thread kept last: the JSON pointers of any two documents, and the tables of a company
     * none of whose filings kept a table of the same name, hold many of their values at the same places, so a value
     * equal to the one kept there is taken without a look-up ({@link SharedValues#like}).
     */
    private final ThreadLocal<List<StatedTable>> keptLast = ThreadLocal.withInitial(List::of);
    /**
     * The table each company's filings kept last under each name (id and title), whichever thread kept it: a company's
     * statement repeats its own last statement's labels, texts and places line for line, wherever it stands among the
     * document's tables and whatever the company filed in between (a Form 4 between two releases). Its values are taken
     * from there before those of {@link #keptLast} ({@link StatedTable#of(List, java.util.function.UnaryOperator,
     * java.util.function.IntFunction, List)}). It holds no table the kept ones do not, and is emptied with them.
     */
    private final java.util.concurrent.ConcurrentHashMap<TableName, StatedTable> keptLastByName = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean full;

    /**
     * A document's tables as a claim reads them ({@link StatedTable}): made on the thread that checked the
     * document, so that the run's thread only files it, and the document can go as soon as it is reported.
     */
    public static final class Tables {
        private static final Tables NONE = new Tables(List.of(), ClaimLines.NONE);
        private final List<StatedTable> tables;
        /** The names the document's own claims worked out for the tables' lines. */
        private final ClaimLines lines;
        private final int cells;

        private Tables(List<StatedTable> tables, ClaimLines lines) {
            this(tables, lines, tables.stream().mapToInt(StatedTable::cells).sum());
        }

        private Tables(List<StatedTable> tables, ClaimLines lines, int cells) {
            this.tables = tables;
            this.lines = lines;
            this.cells = cells;
        }

        /** The same tables with the names the document's own claims worked out for their lines. */
        Tables withLines(ClaimLines named) {
            return this == NONE ? NONE : new Tables(tables, named, cells);
        }

        public boolean isEmpty() {
            return tables.isEmpty();
        }

        /** The tables as kept. */
        List<StatedTable> stated() {
            return tables;
        }

        /** The names the document's own claims worked out for the tables' lines. */
        ClaimLines lines() {
            return lines;
        }
    }

    /** A document's tables, kept under its company; indexed for claims the first time one asks. */
    private final class Kept {
        private final String document;
        private List<StatedTable> tables;
        private ClaimLines lines;
        private ClaimTies.Index index;

        Kept(String document, List<StatedTable> tables, ClaimLines lines) {
            this.document = document;
            this.tables = tables;
            this.lines = lines;
        }

        ClaimCheck check(dev.crossfoot.understand.Claim claim) {
            if (index == null) {
                index = ties.index(tables, lines);
                tables = null;
                lines = null;
            }
            return index.check(claim);
        }
    }

    /** A company's table by name: the key of {@link #keptLastByName}. */
    private record TableName(String entity, String id, String title) { }

    /** A claim its own document did not state, and where its outcome stands in the run's list. */
    private record Waiting(String entity, Document document, boolean hasTables, ClaimCheck check, int outcomeIndex) { }

    /** A claim settled by another document's tables: the outcome that replaces the one at {@code outcomeIndex}. */
    public record Retied(int outcomeIndex, CheckOutcome outcome) { }

    /** Null when the rule book has no {@code claim-ties} rule (it was turned off): nothing to tie. */
    public static CrossDocumentClaims of(RuleBook book) {
        for (Rule rule : book.rules()) {
            if (ClaimTies.STRUCTURE.equals(rule.structure())) {
                return new CrossDocumentClaims(new ClaimTies(rule, MeasureNames.of(book.claimWords()), book.concepts()),
                        new EntityNames(book.claimWords()));
            }
        }
        return null;
    }

    private CrossDocumentClaims(ClaimTies ties, EntityNames entities) {
        this.ties = ties;
        this.entities = entities;
    }

    /** The company key of a document (empty when it does not say); safe to ask from any thread. */
    public String entityOf(Document document) {
        return entities.key(document);
    }

    /**
     * What a checked document of company {@code entity} leaves for the claims of the others: its tables as a claim
     * reads them, with the names its own claims worked out for their lines ({@code lines}, {@link ClaimLines#NONE} where
     * none were), or nothing when its company is not known or the run is beyond the bound. Safe to ask from any thread.
     */
    public Tables keep(String entity, List<StatementTable> tables, ClaimLines lines) {
        return stated(entity, tables).withLines(lines);
    }

    /**
     * {@link #keep} before the document's claims are tied: its tables as kept, which its own claims read too
     * ({@link Checker#check(Document, dev.crossfoot.model.Failure.Trace, CrossDocumentClaims, String)}), with no names of
     * their lines yet ({@link Tables#withLines}).
     */
    Tables stated(String entity, List<StatementTable> tables) {
        if (entity.isEmpty() || full || tables.isEmpty()) {
            return Tables.NONE;
        }
        List<StatedTable> stated = StatedTable.of(tables, shared,
                t -> keptLastByName.get(new TableName(entity, tables.get(t).id(), tables.get(t).table().title())), keptLast.get());
        keptLast.set(stated);
        for (StatedTable table : stated) {
            keptLastByName.put(new TableName(entity, table.id(), table.title()), table);
        }
        return new Tables(stated, ClaimLines.NONE);
    }

    /** Records a checked document, in reading order: its tables as {@link #keep} made them, and its claims no table of its own states. */
    public void document(String entity, Document document, Tables tables, List<ClaimCheck> claims, int firstOutcomeIndex) {
        if (entity.isEmpty()) {
            return;
        }
        if (!full && !tables.isEmpty()) {
            if (cellsKept + tables.cells > MAX_CELLS) {
                full = true;
                tablesByEntity.clear();
                keptLastByName.clear();
                shared.clear();
            } else {
                cellsKept += tables.cells;
                tablesByEntity.computeIfAbsent(entity, e -> new ArrayList<>()).add(new Kept(document.id(), tables.tables, tables.lines));
            }
        }
        // A waiting claim's outcome names its document and file; the document's tables and text need not wait with it.
        Document named = null;
        for (int c = 0; c < claims.size(); c++) {
            if (claims.get(c).untied()) {
                named = named != null ? named : new Document(document.id(), document.entity(), document.form(), document.source(),
                        document.file(), List.of());
                waiting.add(new Waiting(entity, named, !document.tables().isEmpty(), claims.get(c), firstOutcomeIndex + c));
            }
        }
    }

    /** Every waiting claim another document of its company states, in reading order. */
    public List<Retied> tie() {
        List<Retied> retied = new ArrayList<>();
        for (Waiting claim : waiting) {
            if (full) {
                ClaimCheck own = claim.check();
                retied.add(new Retied(claim.outcomeIndex(), new ClaimCheck(own.rule(), own.claim(), own.status(), own.detail()
                        + "; not tied across documents: the run has more than " + MAX_CELLS + " cells with an amount to keep", own.cells(),
                        own.expected(), own.actual()).outcome(claim.document())));
                continue;
            }
            for (Kept other : tablesByEntity.getOrDefault(claim.entity(), List.of())) {
                if (other.document.equals(claim.document().id())) {
                    continue;
                }
                ClaimCheck check = other.check(claim.check().claim());
                if (check.untied() || check.status() == CheckStatus.NOT_EVALUATED && check.cells().isEmpty()) {
                    continue;
                }
                if (check.status() != CheckStatus.NOT_EVALUATED && claim.hasTables()) {
                    // Boeing's 10-K: "Total backlog … $64,023 million" is of a segment its own tables leave out; the
                    // 10-Q's "Total Backlog" is the company's. Only a document with no tables of its own (a Form
                    // 12b-25, a release's text) states figures of the whole that its company's other filings must match.
                    // Settled before the figure is compared: a tie that passed when it agreed but was never failed
                    // would accept any figure, so it is not evaluated either way (its reason says whether it agrees).
                    String compared = check.status() == CheckStatus.PASSED ? "the other document's table states it (which the figure agrees with)"
                            : check.detail() + " (which the figure does not agree with)";
                    check = new ClaimCheck(check.rule(), check.claim(), CheckStatus.NOT_EVALUATED, compared
                            + "; not evaluated: the claim's own document has tables that do not state it, so the figure may be of a part "
                            + "the other document does not show", check.cells(), "", "");
                }
                retied.add(new Retied(claim.outcomeIndex(), check.inDocument(other.document).outcome(claim.document())));
                break;
            }
        }
        return retied;
    }
}
