package dev.crossfoot.check;

import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.ClaimFinder;
import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.FiscalYears;
import dev.crossfoot.understand.Lexicon;
import dev.crossfoot.understand.MeasureNames;
import dev.crossfoot.understand.PeriodAlignment;
import dev.crossfoot.understand.TableAnalyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one document: understands each table, applies the structural checks and identity
 * rules (ties across its statements included), reports malformed cells, and accounts for every
 * table as checked or skipped with a reason.
 */
public final class Checker {

    private final TableAnalyzer analyzer;
    private final Lexicon lexicon;
    private final ConceptRules conceptRules;
    private final List<StructuralCheck> structural = new ArrayList<>();
    private final DepthCue depthCue;
    /** The structural check of the rule {@link #depthCue} foots sections by, or null. */
    private final StructuralCheck sectionFooting;
    private final Rule sectionTotal;
    private final ClaimFinder claimFinder;
    private final ClaimTies claimTies;
    private final StatementOrder statementOrder;

    public Checker(RuleBook book) {
        this(book, true);
    }

    /**
     * {@code rulesRemembered} false evaluates every rule under every convention tried and every presentation of income
     * effects (see {@link ConceptRules}), to test that skipping the evaluations that would repeat one changes nothing.
     */
    Checker(RuleBook book, boolean rulesRemembered) {
        this(book, rulesRemembered, true);
    }

    /**
     * {@code depthsSkipHopeless} false foots every table with depths both ways, also where the reading without them
     * cannot win (see {@link DepthCue}), to test that skipping it changes nothing.
     */
    Checker(RuleBook book, boolean rulesRemembered, boolean depthsSkipHopeless) {
        this(book, rulesRemembered, depthsSkipHopeless, true);
    }

    /**
     * {@code shownOnlyForFailures} false works out and evaluates the readings of every identity with the lines a table
     * shows between its rows also where the identity as written fails in no column (see {@link ConceptRules}), to test
     * that leaving them out there changes nothing.
     */
    Checker(RuleBook book, boolean rulesRemembered, boolean depthsSkipHopeless, boolean shownOnlyForFailures) {
        this.analyzer = new TableAnalyzer(book.concepts());
        this.lexicon = book.lexicon();
        this.conceptRules = new ConceptRules(book.rules(), book.concepts(), rulesRemembered, shownOnlyForFailures);
        Rule sectionTotal = null;
        StructuralCheck footing = null;
        ClaimTies ties = null;
        for (Rule rule : book.rules()) {
            if (ClaimTies.STRUCTURE.equals(rule.structure())) {
                ties = new ClaimTies(rule, MeasureNames.of(book.claimWords()), book.concepts());
            } else if (rule.isStructural()) {
                StructuralCheck check = StructuralCheck.of(rule);
                structural.add(check);
                if ("section-total".equals(rule.structure())) {
                    sectionTotal = rule;
                    footing = check;
                }
            }
        }
        this.depthCue = new DepthCue(sectionTotal, depthsSkipHopeless);
        this.sectionTotal = sectionTotal;
        this.sectionFooting = footing;
        this.claimFinder = new ClaimFinder(book.claimWords());
        this.claimTies = ties;
        this.statementOrder = new StatementOrder(book.concepts().orders());
    }

    /** Structural checks named in a rule file must exist; say so before any document is read. */
    public static void validate(RuleBook book) {
        new Checker(book);
    }

    /** Checks a document with the book's lexicon in force: every label cue is asked of it. */
    public DocumentResult check(Document document) {
        return check(document, Failure.Trace.NONE);
    }

    /**
     * Checks each table on its own, with the book's lexicon in force: a table beyond
     * {@link TableBounds}, or one whose understanding or checking fails (a stack exhausted, a
     * number beyond reach), is skipped with that reason and reported as an {@code INPUT.not-checked}
     * finding; the other tables of the document are still checked. {@code trace} is told the
     * details of each failure.
     */
    public DocumentResult check(Document document, Failure.Trace trace) {
        return check(document, trace, null, "");
    }

    /**
     * The same, the document's tables also kept by {@code keeping} for the claims of its company's other documents
     * ({@link CrossDocumentClaims#keep}; {@code entity} its company, null {@code keeping} for none): its own claims are
     * tied to the tables as kept, made once for both ({@link DocumentResult#claimTables}).
     */
    public DocumentResult check(Document document, Failure.Trace trace, CrossDocumentClaims keeping, String entity) {
        try (Lexicon.Scope scope = Lexicon.use(lexicon)) {
            return checkWithLexicon(document, trace, keeping, entity);
        }
    }

    private DocumentResult checkWithLexicon(Document document, Failure.Trace trace, CrossDocumentClaims keeping, String entity) {
        List<Finding> inputFindings = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        List<StatementTable> statements = new ArrayList<>();
        Map<Integer, StatementTable> withoutDepths = new HashMap<>();
        for (int t = 0; t < document.tables().size(); t++) {
            Table table = document.tables().get(t);
            Optional<String> tooLarge = TableBounds.exceeded(table);
            if (tooLarge.isPresent()) {
                notChecked(document, table, tooLarge.get(), Severity.WARNING, inputFindings, skipped);
                continue;
            }
            try {
                TableAnalyzer.Readings readings = analyzer.analyzeWithAndWithoutDepths(document, table, t);
                statements.add(readings.givenDepths());
                if (readings.withoutDepths() != null) {
                    withoutDepths.put(t, readings.withoutDepths());
                }
            } catch (Throwable failure) {
                Failure.rethrowIfFatal(failure);
                trace.failed(document.file() + " table " + table.id(), failure);
                notChecked(document, table, "could not be understood: " + Failure.describe(failure), Severity.ERROR,
                        inputFindings, skipped);
            }
        }
        statements = new PeriodAlignment().align(new FiscalYears().date(statements));
        Map<StatementTable, List<EvaluatedCheck>> footed = new IdentityHashMap<>();
        statements = readDepths(document, statements, withoutDepths, footed);
        DocumentTables tables = new DocumentTables(statements);
        List<EvaluatedCheck> checks = new ArrayList<>();
        List<StatementTable> checked = new ArrayList<>();
        for (StatementTable statement : statements) {
            if (isExhibitIndex(statement.table())) {
                checked.add(statement);
                skipped.add(new Skipped(document.id(), statement.id(), "an exhibit index: document numbers, not amounts"));
                continue;
            }
            List<EvaluatedCheck> tableChecks = new ArrayList<>();
            List<Finding> malformed;
            try {
                TimeBudget.within(TimeBudget.PER_TABLE, () -> {
                    tableChecks.addAll(checkTable(statement, tables, footed));
                    return tableChecks;
                });
                malformed = MalformedCells.of(statement);
            } catch (TimeBudget.Exceeded slow) {
                notChecked(document, statement.table(), "not checked: its checking " + slow.getMessage() + " for one table",
                        Severity.WARNING, inputFindings, skipped);
                continue;
            } catch (Throwable failure) {
                Failure.rethrowIfFatal(failure);
                trace.failed(document.file() + " table " + statement.id(), failure);
                notChecked(document, statement.table(), "could not be checked: " + Failure.describe(failure), Severity.ERROR,
                        inputFindings, skipped);
                continue;
            }
            checked.add(statement);
            inputFindings.addAll(malformed);
            checks.addAll(tableChecks);
            if (tableChecks.isEmpty()) {
                skipped.add(new Skipped(document.id(), statement.id(), skipReason(statement)));
            }
        }
        // The tables as kept for the other documents' claims are the tables as this document's claims read them, value for
        // value (KeptTablesProperties): made once for both, not once more with no values shared for the claims alone.
        CrossDocumentClaims.Tables kept = keeping == null ? null : keeping.stated(entity, checked);
        ClaimTies.Tied claims = claimTies == null ? new ClaimTies.Tied(List.of(), ClaimLines.NONE)
                : claimTies.tie(claimFinder.find(document), checked, kept == null || kept.isEmpty() ? null : kept.stated());
        return new DocumentResult(document, checked, checks, inputFindings, skipped, claims.checks(), claims.lines(),
                kept == null ? null : kept.withLines(claims.lines()));
    }

    /**
     * The structural checks and concept rules of one table. What is read from where lines stand is
     * not evaluated when the lines are not in their statement's order: two named lines the wrong way
     * round, or most section totals adding up nowhere.
     */
    private List<EvaluatedCheck> checkTable(StatementTable statement, DocumentTables tables,
                                            Map<StatementTable, List<EvaluatedCheck>> footed) {
        Optional<String> outOfOrder = statementOrder.brokenIn(statement);
        List<List<EvaluatedCheck>> byCheck = new ArrayList<>();
        for (StructuralCheck check : structural) {
            boolean footedAlready = check == sectionFooting && footed.containsKey(statement);
            List<EvaluatedCheck> results = !footedAlready ? check.check(statement, tables)
                    : sectionTotal.appliesTo(statement.kind()) ? footed.get(statement) : List.of();
            byCheck.add(results);
            if (check == sectionFooting && outOfOrder.isEmpty()) {
                outOfOrder = SectionsByNumbers.unexplained(results);
            }
        }
        List<EvaluatedCheck> checks = new ArrayList<>();
        for (int i = 0; i < structural.size(); i++) {
            List<EvaluatedCheck> results = byCheck.get(i);
            checks.addAll(outOfOrder.isPresent() && structural.get(i).readsLineOrder()
                    ? EvaluatedCheck.withheld(results, outOfOrder.get()) : results);
        }
        checks.addAll(conceptRules.check(statement, tables, outOfOrder, checks));
        return checks;
    }

    /** A table left unchecked: in {@code skipped} with the reason, and a finding on the table so that CI sees it. */
    private static void notChecked(Document document, Table table, String reason, Severity severity,
                                   List<Finding> findings, List<Skipped> skipped) {
        skipped.add(new Skipped(document.id(), table.id(), reason));
        Location where = table.location() == null ? Location.ofLine(document.file(), 0) : table.location();
        CellRef ref = new CellRef(table.id(), "", "", "", where);
        findings.add(new Finding(InputRules.NOT_CHECKED, severity, "Table '" + table.id() + "' " + reason,
                document.id(), document.file(), table.id(), "", List.of(ref), "", "", "", "", "", null));
    }

    /**
     * Each table whose input gave depths, as the depths show it or as its labels and numbers alone
     * do (see {@link DepthCue}); read without them ({@code withoutDepths}, by table index), it keeps
     * the kind and column periods it was given. {@code footed} gets the section footing each choice was made with, which checking the table
     * would otherwise redo.
     */
    private List<StatementTable> readDepths(Document document, List<StatementTable> statements,
                                            Map<Integer, StatementTable> withoutDepths,
                                            Map<StatementTable, List<EvaluatedCheck>> footed) {
        List<StatementTable> read = new ArrayList<>();
        for (StatementTable statement : statements) {
            StatementTable plain = withoutDepths.get(statement.tableIndex());
            if (plain == null) {
                read.add(statement);
                continue;
            }
            DepthCue.Read chosen = depthCue.reading(statement, new StatementTable(document, plain.table(), plain.tableIndex(),
                    statement.kind(), statement.periods(), plain.rows()));
            if (chosen.footing() != null) {
                footed.put(chosen.table(), chosen.footing());
            }
            read.add(chosen.table());
        }
        return read;
    }

    private static String skipReason(StatementTable statement) {
        boolean numbers = statement.rows().stream()
                .anyMatch(row -> row.values().stream().anyMatch(value -> value instanceof CellValue.Number));
        if (!numbers) {
            return "no numeric columns";
        }
        return "no rule applies: no Total rows, no GAAP/non-GAAP blocks and no known concepts (read as "
                + statement.kind().label() + ")";
    }

    /** The exhibit index lists documents by number ("10.2(A)", "3.1"): nothing in it adds up. */
    private static boolean isExhibitIndex(Table table) {
        Lexicon lexicon = Lexicon.current();
        return lexicon.matches(Cue.EXHIBIT_INDEX, table.title()) || table.columns().stream().anyMatch(c -> lexicon.matches(Cue.EXHIBIT_INDEX, c));
    }

    /**
     * What checking one document produced, before diagnosis and reporting; {@code claimLines} are the names its claims
     * worked out for its tables' lines, for the claims of its company's later documents; {@code claimTables} its tables as
     * {@link CrossDocumentClaims#keep} keeps them with those names, where it was checked for a run that keeps them (else
     * null).
     */
    public record DocumentResult(Document document, List<StatementTable> statements, List<EvaluatedCheck> checks,
                                 List<Finding> inputFindings, List<Skipped> skipped, List<ClaimCheck> claims, ClaimLines claimLines,
                                 CrossDocumentClaims.Tables claimTables) {

        public DocumentResult(Document document, List<StatementTable> statements, List<EvaluatedCheck> checks,
                              List<Finding> inputFindings, List<Skipped> skipped, List<ClaimCheck> claims, ClaimLines claimLines) {
            this(document, statements, checks, inputFindings, skipped, claims, claimLines, null);
        }
    }
}
