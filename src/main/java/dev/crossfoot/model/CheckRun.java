package dev.crossfoot.model;

import java.util.List;

/**
 * Everything one run produced: what every report writer renders. Findings include input
 * findings (unreadable documents, malformed cells) as well as failed checks. {@code counted}
 * holds the passed checks a dataset run counted instead of listing in {@code outcomes} (empty
 * when every check is listed, as the JUnit and HTML reports need).
 */
public record CheckRun(List<String> inputs, List<Document> documents, List<StatementTable> statements,
                       List<CheckOutcome> outcomes, List<PassedCount> counted, List<Finding> findings,
                       List<Skipped> skipped, List<RuleInfo> rules) {

    /** A run that lists every check. */
    public CheckRun(List<String> inputs, List<Document> documents, List<StatementTable> statements,
                    List<CheckOutcome> outcomes, List<Finding> findings, List<Skipped> skipped, List<RuleInfo> rules) {
        this(inputs, documents, statements, outcomes, List.of(), findings, skipped, rules);
    }

    public CheckRun {
        counted = List.copyOf(counted);
        inputs = List.copyOf(inputs);
        documents = List.copyOf(documents);
        statements = List.copyOf(statements);
        outcomes = List.copyOf(outcomes);
        findings = List.copyOf(findings);
        skipped = List.copyOf(skipped);
        rules = List.copyOf(rules);
    }

    public Summary summary() {
        int tables = 0;
        for (Document document : documents) {
            tables += document.tables().size();
        }
        int passed = 0;
        int failed = 0;
        int notEvaluated = 0;
        for (CheckOutcome outcome : outcomes) {
            switch (outcome.status()) {
                case PASSED -> passed++;
                case FAILED -> failed++;
                default -> notEvaluated++;
            }
        }
        for (PassedCount count : counted) {
            passed += count.count();
        }
        int errors = 0;
        int warnings = 0;
        for (Finding finding : findings) {
            if (finding.severity() == Severity.ERROR) {
                errors++;
            } else if (finding.severity() == Severity.WARNING) {
                warnings++;
            }
        }
        return new Summary(documents.size(), tables, passed + failed, passed, failed, notEvaluated, errors, warnings);
    }

    /** The counts of the JSON contract's {@code summary} object. */
    public record Summary(int documents, int tables, int checks, int passed, int failed, int notEvaluated,
                          int errors, int warnings) {

        public static final Summary NONE = new Summary(0, 0, 0, 0, 0, 0, 0, 0);

        /** The counts of two runs (two documents of a streamed run) together. */
        public Summary plus(Summary other) {
            return new Summary(documents + other.documents, tables + other.tables, checks + other.checks,
                    passed + other.passed, failed + other.failed, notEvaluated + other.notEvaluated,
                    errors + other.errors, warnings + other.warnings);
        }
    }
}
