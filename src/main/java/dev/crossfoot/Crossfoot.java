package dev.crossfoot;

import dev.crossfoot.check.Checker;
import dev.crossfoot.check.ClaimCheck;
import dev.crossfoot.check.CrossDocumentClaims;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.FindingFactory;
import dev.crossfoot.check.InputRules;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.check.TimeBudget;
import dev.crossfoot.diagnose.Diagnosis;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.PassedCount;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Suggestion;
import dev.crossfoot.model.Table;
import dev.crossfoot.read.DocumentSink;
import dev.crossfoot.read.InputProblem;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.ReadResult;
import dev.crossfoot.read.UniqueIds;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The pipeline as a library call: read → understand → check → diagnose, giving the one
 * {@link CheckRun} that every report renders. The CLI and the tests both start here.
 */
public final class Crossfoot {

    private final RuleBook book;
    private final Inputs inputs;
    private final boolean keepStatements;
    private final boolean passedCells;
    private final Failure.Trace trace;
    private final int jobs;

    public Crossfoot(RuleBook book, Inputs inputs) {
        this(book, inputs, true);
    }

    public Crossfoot(RuleBook book, Inputs inputs, boolean keepStatements) {
        this(book, inputs, keepStatements, Failure.Trace.NONE);
    }

    /**
     * {@code keepStatements} false drops the understood tables once checked, and keeps of each
     * passed check only the cell it reports: a dataset run that only needs findings, counts and
     * test cases then holds one document's tables at a time. The HTML report, which renders every
     * statement and marks every cell a check used, needs them kept. {@code trace} is told the
     * details (stack trace) of every failure that became an input finding.
     */
    public Crossfoot(RuleBook book, Inputs inputs, boolean keepStatements, Failure.Trace trace) {
        this(book, inputs, keepStatements, trace, 1);
    }

    /**
     * {@code jobs} documents are checked at a time, each on a thread of its own; the run's
     * results are the same, in the same order, as with one. Reading stays on the caller's thread.
     */
    public Crossfoot(RuleBook book, Inputs inputs, boolean keepStatements, Failure.Trace trace, int jobs) {
        this(book, inputs, keepStatements, trace, jobs, true);
    }

    /**
     * {@code passedCells} false (when the statements are not kept either) lists, of the passed
     * checks of a rule in tables of one title, only the first, without its cells, and counts the
     * rest ({@link CheckRun#counted()}): a run's memory then grows with its documents' outlines
     * and findings, not with its checks (some 400 bytes each). Only the JUnit report, which names
     * a test case per passed check by its cell, needs them listed.
     */
    public Crossfoot(RuleBook book, Inputs inputs, boolean keepStatements, Failure.Trace trace, int jobs, boolean passedCells) {
        Checker.validate(book);
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be 1 or more, not " + jobs);
        }
        this.book = book;
        this.inputs = inputs.withTrace(trace);
        this.keepStatements = keepStatements;
        this.passedCells = passedCells;
        this.trace = oneAtATime(trace);
        this.jobs = jobs;
    }

    /** Failures told from several checking threads, each told whole (a stack trace is many lines). */
    private static Failure.Trace oneAtATime(Failure.Trace trace) {
        Object told = new Object();
        return (where, failure) -> {
            synchronized (told) {
                trace.failed(where, failure);
            }
        };
    }

    public static Crossfoot standard() {
        return new Crossfoot(RuleBook.builtIn(), Inputs.standard());
    }

    public RuleBook book() {
        return book;
    }

    /**
     * Told after each document is checked, with how many are done, how many there are (-1: not
     * known yet) and how many tables the documents done held.
     */
    public interface Progress {
        Progress NONE = (done, total, tables) -> { };

        void documentChecked(int done, int total, int tables);

        /** Told once, when the last document has been checked. */
        default void finished() {
        }
    }

    public CheckRun check(List<Path> paths) throws Inputs.UnreadablePath {
        return check(paths, Progress.NONE);
    }

    public CheckRun check(List<Path> paths, Progress progress) throws Inputs.UnreadablePath {
        try (Run run = new Run(progress, -1, null, Inputs.mayHoldText(paths))) {
            inputs.stream(paths, run);
            return run.finish(paths.stream().map(Path::toString).toList());
        }
    }

    /**
     * Checks the documents at {@code paths} and hands each one's results to {@code parts} as soon
     * as its turn comes, in reading order (the same whatever the jobs), as a run of one document:
     * its outline (the whole document and its understood tables when statements are kept, for the HTML
     * report), findings, every check's outcome (none counted instead) and skipped tables. An
     * input problem or a skipped table met between documents is a part of its own, without a
     * document. Nothing of a part is kept once handed over, so a report written part by part holds
     * the run's memory flat. Claims a document's own tables do not state wait for the other
     * documents of their company: their outcomes (and findings) come last, in one part without a
     * document, once every document has been read.
     */
    public void stream(List<Path> paths, Progress progress, Consumer<CheckRun> parts) throws Inputs.UnreadablePath {
        try (Run run = new Run(progress, -1, parts, Inputs.mayHoldText(paths))) {
            inputs.stream(paths, run);
            run.finish(paths.stream().map(Path::toString).toList());
        }
    }

    /** As {@link #stream(List, Progress, Consumer)}, for documents already read (standard input, a test). */
    public void stream(ReadResult read, Progress progress, Consumer<CheckRun> parts) {
        try (Run run = new Run(progress, read.documents().size(), parts)) {
            read.problems().forEach(run::problem);
            read.skipped().forEach(run::skipped);
            read.documents().forEach(run::document);
            run.finish(List.of());
        }
    }

    /** A caller's own reading: hands each document, problem and skipped table to the sink as it is read. */
    public interface Feed {
        void into(DocumentSink sink);
    }

    /**
     * Checks what a caller's own reader streams (the Spark job reads from a Hadoop file system):
     * each document is checked as it arrives and dropped, as in {@link #check(List, Progress)}.
     */
    public CheckRun check(List<String> inputNames, Feed feed) {
        try (Run run = new Run(Progress.NONE, -1)) {
            feed.into(run);
            return run.finish(inputNames);
        }
    }

    /** Checks documents already read (by a caller's own reader, or by a test). */
    public CheckRun check(List<String> inputNames, ReadResult read) {
        return check(inputNames, read, Progress.NONE);
    }

    public CheckRun check(List<String> inputNames, ReadResult read, Progress progress) {
        try (Run run = new Run(progress, read.documents().size())) {
            read.problems().forEach(run::problem);
            read.skipped().forEach(run::skipped);
            read.documents().forEach(run::document);
            return run.finish(inputNames);
        }
    }

    /**
     * One run in progress: each document is checked and diagnosed as it arrives (on the pool of
     * {@code jobs} threads), and only what the reports need is kept of it — the whole document and
     * its understood tables when they are to be rendered, otherwise its outline (ids and table
     * titles, no rows). What each document gave is recorded in the order the documents were read.
     */
    private final class Run implements DocumentSink, AutoCloseable {
        private final Checker checker = new Checker(book);
        /**
         * Claims no table of their own document states, tied to other documents of the company once
         * all are checked; null when there is nothing to tie. To tie, it keeps the tables of every
         * document whose company is known until the run ends: for a run of SEC data sets, which hold
         * no text and so no claim, that was the one thing that grew with the filings checked.
         */
        private final CrossDocumentClaims acrossDocuments;
        private final UniqueIds ids = new UniqueIds();
        private final InArrivalOrder order = new InArrivalOrder(jobs);
        private final Progress progress;
        private final int total;
        private final List<Document> documents = new ArrayList<>();
        private int tablesChecked;
        private final List<StatementTable> statements = new ArrayList<>();
        private final List<CheckOutcome> outcomes = new ArrayList<>();
        /**
         * Passed checks beyond the first of each rule and table title, counted: what keeps a
         * dataset run's memory from growing with its checks. Keyed by rule and title; the first
         * is listed, so the reports still meet each rule where they met it before.
         */
        private final Map<List<String>, int[]> passedCounts = new LinkedHashMap<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        /** Where each document's results go when the run is streamed; null: kept in the lists above for one {@link CheckRun}. */
        private final Consumer<CheckRun> parts;
        private int documentsRecorded;
        /** Streamed: claims waiting for the other documents of their company, by their place for {@link CrossDocumentClaims}. */
        private final Map<Integer, CheckOutcome> waitingClaims = new TreeMap<>();
        private int claimsSeen;

        Run(Progress progress, int total) {
            this(progress, total, null);
        }

        Run(Progress progress, int total, Consumer<CheckRun> parts) {
            this(progress, total, parts, true);
        }

        /** {@code mayHoldText}: whether any document of the run can make a claim in words to tie across documents. */
        Run(Progress progress, int total, Consumer<CheckRun> parts, boolean mayHoldText) {
            this.progress = progress;
            this.total = total;
            this.parts = parts;
            this.acrossDocuments = mayHoldText ? CrossDocumentClaims.of(book) : null;
        }

        @Override
        public void problem(InputProblem problem) {
            Finding finding = inputFinding(problem);
            order.add(() -> recordFinding(finding));
        }

        /** A table a reader passed over, with its reason: it is accounted for, not dropped. */
        @Override
        public void skipped(Skipped table) {
            order.add(() -> recordSkipped(table));
        }

        private void recordFinding(Finding finding) {
            if (parts == null) {
                findings.add(finding);
            } else {
                parts.accept(part(List.of(), List.of(), List.of(finding), List.of()));
            }
        }

        private void recordSkipped(Skipped table) {
            if (parts == null) {
                skipped.add(table);
            } else {
                parts.accept(part(List.of(), List.of(), List.of(), List.of(table)));
            }
        }

        private CheckRun part(List<Document> documents, List<CheckOutcome> outcomes, List<Finding> found, List<Skipped> passedOver) {
            return part(documents, List.of(), outcomes, found, passedOver);
        }

        /** A part with the document's understood tables, which a run that keeps statements hands over for the HTML report. */
        private CheckRun part(List<Document> documents, List<StatementTable> understood, List<CheckOutcome> outcomes,
                              List<Finding> found, List<Skipped> passedOver) {
            return new CheckRun(List.of(), documents, understood, outcomes, List.of(), found, passedOver, book.catalogue());
        }

        @Override
        public void document(Document read) {
            Document document = ids.distinct(read);
            order.submit(() -> {
                Checked checked = checked(document);
                return () -> record(checked);
            });
        }

        /**
         * A piece of the input (a file of a folder, a line of JSON Lines, a filing) is read on a
         * checking thread and its documents checked there: reading is not left to the one thread
         * every checking thread waits on. What it gave is recorded in its place, like a document.
         */
        @Override
        public void part(DocumentSink.Part piece) {
            order.submit(() -> {
                Piece read = new Piece();
                piece.readInto(read);
                return () -> read.given.forEach(Runnable::run);
            });
        }

        @Override
        public void settle() {
            order.finish();
        }

        /** What one piece of the input gave, in its order, each document checked as it was read. */
        private final class Piece implements DocumentSink {
            private final List<Runnable> given = new ArrayList<>();

            @Override
            public void document(Document read) {
                Document document = UniqueIds.withDistinctTables(read);
                Checked checked = checked(document);
                given.add(() -> {
                    // Ids are made unique in reading order; a document whose id an earlier one took is checked again under its own.
                    String id = ids.documentId(document);
                    record(id.equals(document.id()) ? checked : checked(UniqueIds.withId(document, id)));
                });
            }

            @Override
            public void problem(InputProblem problem) {
                Finding finding = inputFinding(problem);
                given.add(() -> recordFinding(finding));
            }

            @Override
            public void skipped(Skipped table) {
                given.add(() -> recordSkipped(table));
            }
        }

        /**
         * The one place where checking a document can fail: whatever its checking or diagnosis
         * throws (a stack exhausted, memory run out, a number beyond reach) becomes an
         * {@code INPUT.not-checked} finding on that document, and the run goes on with the next.
         * Runs on a checking thread: it touches nothing of the run but the checker, which is shared
         * read-only (each thread has its own lexicon scope, time budget and memos).
         */
        private Checked checked(Document document) {
            try {
                return checkOne(document);
            } catch (Throwable failure) {
                Failure.rethrowIfFatal(failure);
                trace.failed(document.file() + " document " + document.id(), failure);
                Checked failed = new Checked(outline(document));
                failed.findings.add(notChecked(document, "could not be checked: " + Failure.describe(failure)));
                return failed;
            }
        }

        private Checked checkOne(Document document) {
            String entity = acrossDocuments == null ? "" : acrossDocuments.entityOf(document);
            Checker.DocumentResult result = checker.check(document, trace, acrossDocuments, entity);
            Checked checked = new Checked(keepStatements ? document : outline(document));
            Diagnosis diagnosis;
            try {
                diagnosis = TimeBudget.within(TimeBudget.PER_DOCUMENT_DIAGNOSIS, () -> Diagnosis.of(result.checks()));
            } catch (TimeBudget.Exceeded slow) {
                checked.findings.add(notChecked(document, "checked, but the diagnosis of its failures " + slow.getMessage()
                        + " (no suggestions)").withSeverity(Severity.WARNING));
                diagnosis = Diagnosis.none();
            } catch (Throwable failure) {
                Failure.rethrowIfFatal(failure);
                trace.failed(document.file() + " diagnosis of " + document.id(), failure);
                checked.findings.add(notChecked(document, "checked, but its failures could not be diagnosed (no suggestions): "
                        + Failure.describe(failure)).withSeverity(Severity.WARNING));
                diagnosis = Diagnosis.none();
            }
            Map<EvaluatedCheck, Suggestion> suggestions = diagnosis.suggestions();
            if (keepStatements) {
                checked.statements.addAll(result.statements());
            }
            checked.skipped.addAll(result.skipped());
            for (Finding input : result.inputFindings()) {
                // A malformed number names one cell; its identities may tell what it should read.
                checked.findings.add(input.cells().isEmpty() ? input
                        : input.withSuggestion(diagnosis.forUnreadable(input.cells().get(0)).orElse(null)));
            }
            for (EvaluatedCheck check : result.checks()) {
                Finding finding = null;
                if (check.status() == CheckStatus.FAILED) {
                    finding = FindingFactory.of(check, suggestions.get(check));
                    checked.findings.add(finding);
                }
                // Of a passed check a dataset run keeps what the JUnit report names its test case by:
                // the rule, column and first cell. Its description and reading are for the HTML
                // report and explain-table, which keep the statements.
                boolean whole = keepStatements || check.status() != CheckStatus.PASSED;
                List<CellRef> cells = whole || passedCells ? check.terms().stream()
                        .limit(whole ? Long.MAX_VALUE : 1)
                        .map(dev.crossfoot.check.Term::ref).toList() : List.of();
                if (!whole && !passedCells) {
                    String title = check.table().table().title();
                    checked.countable.set(checked.outcomes.size());
                    checked.titles.add(title.isEmpty() ? check.table().id() : title);
                }
                checked.outcomes.add(new CheckOutcome(check.rule().id(), document.id(), check.table().id(), check.columnHeader(),
                        check.status(), whole ? check.detail() : "", cells, finding,
                        !whole || check.reading() == null ? null : check.reading().summary()));
            }
            checked.firstClaimOutcome = checked.outcomes.size();
            checked.claims.addAll(result.claims());
            if (acrossDocuments != null) {
                checked.entity = entity;
                checked.claimTables = result.claimTables();
            }
            for (ClaimCheck claim : result.claims()) {
                CheckOutcome outcome = claim.outcome(document);
                if (outcome.finding() != null) {
                    checked.findings.add(outcome.finding());
                }
                checked.outcomes.add(outcome);
            }
            return checked;
        }

        /** On the run's own thread, in reading order. */
        private void record(Checked checked) {
            if (parts != null) {
                handOver(checked);
                return;
            }
            documents.add(checked.document);
            statements.addAll(checked.statements);
            skipped.addAll(checked.skipped);
            findings.addAll(checked.findings);
            int countable = 0;
            // Passed checks counted instead of listed move the claims' outcomes up: where they start is known here.
            int claimsStart = outcomes.size();
            for (int i = 0; i < checked.outcomes.size(); i++) {
                CheckOutcome outcome = checked.outcomes.get(i);
                if (i == checked.firstClaimOutcome) {
                    claimsStart = outcomes.size();
                }
                if (!checked.countable.get(i)) {
                    outcomes.add(outcome);
                    continue;
                }
                List<String> key = List.of(outcome.rule(), checked.titles.get(countable++));
                int[] count = passedCounts.get(key);
                if (count == null) {
                    passedCounts.put(key, new int[1]);
                    outcomes.add(outcome);
                } else {
                    count[0]++;
                }
            }
            if (checked.firstClaimOutcome == checked.outcomes.size()) {
                claimsStart = outcomes.size();
            }
            if (acrossDocuments != null) {
                acrossDocuments.document(checked.entity, checked.document, checked.claimTables, checked.claims, claimsStart);
            }
            tablesChecked += checked.document.tables().size();
            progress.documentChecked(documents.size(), total, tablesChecked);
        }

        /**
         * Streamed: the document's results go out as one part, except the claims that wait for
         * other documents of the company (they go out at the end, tied or not, in {@link #finish}).
         */
        private void handOver(Checked checked) {
            List<CheckOutcome> outcomes = new ArrayList<>(checked.outcomes.size());
            List<Finding> found = new ArrayList<>(checked.findings);
            int claimsStart = claimsSeen;
            for (int i = 0; i < checked.outcomes.size(); i++) {
                CheckOutcome outcome = checked.outcomes.get(i);
                int claim = i - checked.firstClaimOutcome;
                if (claim >= 0 && acrossDocuments != null && !checked.entity.isEmpty() && checked.claims.get(claim).untied()) {
                    waitingClaims.put(claimsStart + claim, outcome);
                    if (outcome.finding() != null) {
                        found.remove(outcome.finding());
                    }
                    continue;
                }
                outcomes.add(outcome);
            }
            claimsSeen += checked.claims.size();
            if (acrossDocuments != null) {
                acrossDocuments.document(checked.entity, checked.document, checked.claimTables, checked.claims, claimsStart);
            }
            parts.accept(part(List.of(checked.document), checked.statements, outcomes, found, checked.skipped));
            tablesChecked += checked.document.tables().size();
            progress.documentChecked(++documentsRecorded, total, tablesChecked);
        }

        /** Streamed: the waiting claims, each as another document of its company settled it, or as it was. */
        private void handOverWaitingClaims() {
            if (acrossDocuments != null) {
                for (CrossDocumentClaims.Retied retied : acrossDocuments.tie()) {
                    if (waitingClaims.containsKey(retied.outcomeIndex())) {
                        waitingClaims.put(retied.outcomeIndex(), retied.outcome());
                    }
                }
            }
            if (waitingClaims.isEmpty()) {
                return;
            }
            List<CheckOutcome> outcomes = List.copyOf(waitingClaims.values());
            List<Finding> found = outcomes.stream().map(CheckOutcome::finding).filter(java.util.Objects::nonNull).toList();
            waitingClaims.clear();
            parts.accept(part(List.of(), outcomes, found, List.of()));
        }

        CheckRun finish(List<String> inputNames) {
            order.finish();
            if (parts != null) {
                handOverWaitingClaims();
                progress.finished();
                return null;
            }
            if (acrossDocuments != null) {
                for (CrossDocumentClaims.Retied retied : acrossDocuments.tie()) {
                    outcomes.set(retied.outcomeIndex(), retied.outcome());
                    if (retied.outcome().finding() != null) {
                        findings.add(retied.outcome().finding());
                    }
                }
            }
            progress.finished();
            List<PassedCount> counted = new ArrayList<>();
            passedCounts.forEach((key, count) -> {
                if (count[0] > 0) {
                    counted.add(new PassedCount(key.get(0), key.get(1), count[0]));
                }
            });
            return new CheckRun(inputNames, documents, statements, outcomes, counted, findings, skipped, book.catalogue());
        }

        @Override
        public void close() {
            order.close();
        }
    }

    /** What checking one document gave, kept apart from the run's lists until its turn comes to be recorded. */
    private static final class Checked {
        private final Document document;
        private final List<StatementTable> statements = new ArrayList<>();
        private final List<Skipped> skipped = new ArrayList<>();
        private final List<Finding> findings = new ArrayList<>();
        private final List<CheckOutcome> outcomes = new ArrayList<>();
        /** For ties across documents: the company, the tables, the claims and where their outcomes start. */
        private String entity = "";
        private CrossDocumentClaims.Tables claimTables;
        private final List<ClaimCheck> claims = new ArrayList<>();
        private int firstClaimOutcome;
        /** Which of the outcomes are passed checks the run may count instead of listing, and their tables' titles. */
        private final java.util.BitSet countable = new java.util.BitSet();
        private final List<String> titles = new ArrayList<>();

        Checked(Document document) {
            this.document = document;
        }
    }

    /** A document without its rows: what counts, orders and names in reports still need. */
    private static Document outline(Document document) {
        List<Table> tables = document.tables().stream()
                .map(t -> new Table(t.id(), t.title(), t.unit(), t.statement(), t.columns(), List.of(), t.location()))
                .toList();
        return new Document(document.id(), document.entity(), document.form(), document.source(), document.file(), tables);
    }

    /** A document none of whose findings can be trusted: one error finding on it instead. */
    private static Finding notChecked(Document document, String reason) {
        Location where = Location.ofLine(document.file(), 0);
        return new Finding(InputRules.NOT_CHECKED, Severity.ERROR, "Document '" + document.id() + "' " + reason,
                document.id(), document.file(), "", "", List.of(new CellRef("", "", "", "", where)), "", "", "", "", "", null);
    }

    private static Finding inputFinding(InputProblem problem) {
        String rule = problem.wholeDocument() ? InputRules.UNREADABLE_DOCUMENT : InputRules.UNREADABLE_ROWS;
        Severity severity = problem.wholeDocument() ? Severity.ERROR : Severity.WARNING;
        String file = problem.location().file();
        // Named as the reader would have named the document, so that one file is one document in
        // every report (a JUnit suite, a baseline entry) whether or not it could be read.
        String document = file == null || file.isEmpty() ? "" : dev.crossfoot.read.JsonReader.idFrom(Path.of(file));
        CellRef where = new CellRef("", "", "", "", problem.location());
        return new Finding(rule, severity, problem.location() + ": " + problem.message(), document, file, "", "",
                List.of(where), "", "", "", "", "", null);
    }
}
