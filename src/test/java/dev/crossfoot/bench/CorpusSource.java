package dev.crossfoot.bench;

import java.util.List;

/**
 * One real data source of the held-out evaluation: a file or folder under {@code ../shared}, how
 * its error rate is counted (per filing, or per 100 tables for extracted tables), and how a
 * document's company is known, which decides its half ({@link HeldOutSplit}).
 */
public record CorpusSource(String name, String path, Grain grain, CompanyKey company) {

    /** What one unit of the source is, and so how its error findings are rated. */
    public enum Grain {
        /** A document is one filing (10-K, 10-Q, an earnings release): error findings per filing. */
        FILINGS,
        /** Documents are tables an extraction pipeline handed over: error findings per 100 tables. */
        EXTRACTED_TABLES
    }

    public static final CorpusSource HTML_10K_10Q = new CorpusSource("html-10k-10q", "corpus/html-10k-10q",
            Grain.FILINGS, CompanyKey.firstFolder());
    public static final CorpusSource OLDER_FILINGS = new CorpusSource("older-filings", "corpus/older-filings",
            Grain.FILINGS, CompanyKey.listed("older-filings"));

    /** Every source, in report order. Adding a source is one line here. */
    public static List<CorpusSource> all() {
        return List.of(
                HTML_10K_10Q,
                OLDER_FILINGS,
                new CorpusSource("earnings-releases", "corpus/earnings-releases", Grain.FILINGS,
                        CompanyKey.listed("earnings-releases")),
                new CorpusSource("tatqa-tables", "corpus/extracted/tatqa-tables.jsonl.gz", Grain.EXTRACTED_TABLES,
                        CompanyKey.documentId()),
                // SEC Financial Statement Data Sets: one document per filing, its company the filer's entity
                // name. They take part as soon as `crossfoot check 2009q3.zip` reads them (issue "Read SEC
                // Financial Statement Data Sets"); until then the run reports them as not read yet.
                new CorpusSource("fsds-2009q3", "corpus/secfsds/tests/_testdata/zip/2009q3.zip", Grain.FILINGS,
                        CompanyKey.entity()),
                new CorpusSource("fsds-2010q2", "corpus/secfsds/tests/_testdata/zip/2010q2.zip", Grain.FILINGS,
                        CompanyKey.entity()));
    }
}
