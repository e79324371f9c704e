package dev.crossfoot.bench;

import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The figures of one source in one half of the held-out split: documents, tables, checks and
 * findings, and the rates issue 10 sets its targets on (error findings per filing, or per 100
 * tables for extracted tables; none on face statements).
 */
final class HeldOutTally {

    private final CorpusSource source;
    private final HeldOutSplit.Half half;
    private final Set<String> companies = new HashSet<>();
    int documents;
    int tables;
    long passed;
    long failed;
    long notEvaluated;
    int errors;
    int reviewedReal;
    int scaleApart;
    int warnings;
    int tablesWithError;
    int faceErrors;
    /** Errors on face statements a review did not find real: the target (none) is about these. */
    int faceNotReviewedReal;

    HeldOutTally(CorpusSource source, HeldOutSplit.Half half) {
        this.source = source;
        this.half = half;
    }

    void add(DocumentResult document, ReviewedFindings reviewed) {
        companies.add(document.company());
        documents++;
        tables += document.tables();
        passed += document.count(CheckStatus.PASSED);
        failed += document.count(CheckStatus.FAILED);
        notEvaluated += document.count(CheckStatus.NOT_EVALUATED);
        warnings += document.findings().size() - document.errors().size();
        Set<String> failing = new HashSet<>();
        for (Finding error : document.errors()) {
            errors++;
            boolean real = reviewed.isReal(document, error);
            reviewedReal += real ? 1 : 0;
            scaleApart += ScaleApart.of(error) ? 1 : 0;
            failing.add(error.table());
            boolean face = document.onFaceStatement(error);
            faceErrors += face ? 1 : 0;
            faceNotReviewedReal += face && !real ? 1 : 0;
        }
        tablesWithError += failing.size();
    }

    /** Error findings per filing, or per 100 tables where the source's documents are extracted tables. */
    String rate() {
        return rate(errors);
    }

    /** The error findings a review did not find real, at the same grain. */
    String falseRate() {
        return rate(errors - reviewedReal);
    }

    private String rate(int count) {
        if (source.grain() == CorpusSource.Grain.EXTRACTED_TABLES) {
            return tables == 0 ? "–" : String.format(Locale.ROOT, "%.2f / 100 tables", 100.0 * count / tables);
        }
        return documents == 0 ? "–" : String.format(Locale.ROOT, "%.2f / filing", (double) count / documents);
    }

    static String header() {
        return "| source | half | companies | documents | tables | checks evaluated | passed | failed | not evaluated "
                + "| error findings | of them reviewed real | of them a power of 1,000 apart | warnings | error rate | false error rate | tables with ≥1 error | errors on face statements | of them not reviewed real |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    }

    String markdownRow() {
        return String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d | %s | %s | %d | %d | %d |%n",
                source.name(), half.label(), companies.size(), documents, tables, passed + failed, passed, failed,
                notEvaluated, errors, reviewedReal, scaleApart, warnings, rate(), falseRate(), tablesWithError, faceErrors, faceNotReviewedReal);
    }
}
