package dev.crossfoot;

import dev.crossfoot.check.Checker;
import dev.crossfoot.check.EvaluatedCheck;
import dev.crossfoot.check.FindingFactory;
import dev.crossfoot.check.InputRules;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.diagnose.Diagnosis;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Suggestion;
import dev.crossfoot.read.InputProblem;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.ReadResult;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The pipeline as a library call: read → understand → check → diagnose, giving the one
 * {@link CheckRun} that every report renders. The CLI and the tests both start here.
 */
public final class Crossfoot {

    private final RuleBook book;
    private final Inputs inputs;
    private final boolean keepStatements;

    public Crossfoot(RuleBook book, Inputs inputs) {
        this(book, inputs, true);
    }

    /**
     * {@code keepStatements} false drops the understood tables once checked, and keeps of each
     * passed check only the cell it reports: a dataset run that only needs findings, counts and
     * test cases then holds one document's tables at a time. The HTML report, which renders every
     * statement and marks every cell a check used, needs them kept.
     */
    public Crossfoot(RuleBook book, Inputs inputs, boolean keepStatements) {
        Checker.validate(book);
        this.book = book;
        this.inputs = inputs;
        this.keepStatements = keepStatements;
    }

    public static Crossfoot standard() {
        return new Crossfoot(RuleBook.builtIn(), Inputs.standard());
    }

    public RuleBook book() {
        return book;
    }

    /** Told after each document is checked, with how many are done and how many there are. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void documentChecked(int done, int total);
    }

    public CheckRun check(List<Path> paths) throws Inputs.UnreadablePath {
        return check(paths, Progress.NONE);
    }

    public CheckRun check(List<Path> paths, Progress progress) throws Inputs.UnreadablePath {
        return check(paths.stream().map(Path::toString).toList(), inputs.readAll(paths), progress);
    }

    /** Checks documents already read (by a caller's own reader, or by a test). */
    public CheckRun check(List<String> inputNames, ReadResult read) {
        return check(inputNames, read, Progress.NONE);
    }

    public CheckRun check(List<String> inputNames, ReadResult read, Progress progress) {
        Checker checker = new Checker(book);
        List<StatementTable> statements = new ArrayList<>();
        List<CheckOutcome> outcomes = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (InputProblem problem : read.problems()) {
            findings.add(inputFinding(problem));
        }
        int done = 0;
        for (Document document : read.documents()) {
            Checker.DocumentResult result = checker.check(document);
            Diagnosis diagnosis = Diagnosis.of(result.checks());
            Map<EvaluatedCheck, Suggestion> suggestions = diagnosis.suggestions();
            if (keepStatements) {
                statements.addAll(result.statements());
            }
            skipped.addAll(result.skipped());
            for (Finding input : result.inputFindings()) {
                // A malformed number names one cell; its identities may tell what it should read.
                findings.add(input.cells().isEmpty() ? input
                        : input.withSuggestion(diagnosis.forUnreadable(input.cells().get(0)).orElse(null)));
            }
            for (EvaluatedCheck check : result.checks()) {
                Finding finding = null;
                if (check.status() == CheckStatus.FAILED) {
                    finding = FindingFactory.of(check).withSuggestion(suggestions.get(check));
                    findings.add(finding);
                }
                List<CellRef> cells = check.terms().stream()
                        .limit(keepStatements || check.status() != CheckStatus.PASSED ? Long.MAX_VALUE : 1)
                        .map(dev.crossfoot.check.Term::ref).toList();
                outcomes.add(new CheckOutcome(check.rule().id(), document.id(), check.table().id(), check.columnHeader(),
                        check.status(), check.detail(), cells, finding));
            }
            progress.documentChecked(++done, read.documents().size());
        }
        return new CheckRun(inputNames, read.documents(), statements, outcomes, findings, skipped, book.catalogue());
    }

    private static Finding inputFinding(InputProblem problem) {
        String rule = problem.wholeDocument() ? InputRules.UNREADABLE_DOCUMENT : InputRules.UNREADABLE_ROWS;
        Severity severity = problem.wholeDocument() ? Severity.ERROR : Severity.WARNING;
        String file = problem.location().file();
        CellRef where = new CellRef("", "", "", "", problem.location());
        return new Finding(rule, severity, problem.location() + ": " + problem.message(), file, file, "", "",
                List.of(where), "", "", "", "", "", null);
    }
}
