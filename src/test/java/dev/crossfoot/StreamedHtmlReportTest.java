package dev.crossfoot;

import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Failure;
import dev.crossfoot.model.Gate;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StreamedGate;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.report.HtmlReport;
import dev.crossfoot.report.StreamingReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The audit page written document by document: the same page as the whole run's, in reading order
 * (which is the whole run's document-id order when the files are read in that order), and the same
 * bytes whatever the jobs.
 */
class StreamedHtmlReportTest {

    @TempDir
    Path folder;

    @Test
    void whenDocumentsAreReadInIdOrderTheStreamedPageIsTheWholeRunsPageByteForByte() throws Exception {
        // Read in path order, which is their ids' order: an unreadable file, two documents with
        // findings (one a tie into a table without a finding of its own), one without.
        Files.writeString(folder.resolve("0-broken.json"), "{\"crossfoot\": 1, \"document\": ");
        Files.writeString(folder.resolve("a.json"), document("a", "9", "10"));
        Files.writeString(folder.resolve("b.json"), document("b", "6", "12"));
        Files.writeString(folder.resolve("c.json"), document("c", "6", "10"));
        List<Path> paths = List.of(folder);

        CheckRun run = crossfoot(2).check(paths);
        StringWriter whole = new StringWriter();
        new HtmlReport().write(run, Gate.standard(run.findings()), whole);
        String streamed = streamed(paths, 2);

        Document page = Jsoup.parse(streamed);
        assertEquals(3, page.select("#index h3").size(), "the index has the unreadable file and the two documents with findings");
        assertNotNull(page.getElementById("input-problems"), "the unreadable file is listed after the statements");
        assertTrue(page.select("#index p.meta").text().contains("1 document(s) without findings"), page.select("#index").text());
        assertEquals(List.of("", "a", "b", "c"), page.select("#filter-document option").eachAttr("value"));
        for (Element link : page.select("a[href^=#]")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), "the anchor " + link.attr("href") + " resolves");
        }
        assertEquals(whole.toString(), streamed);
    }

    @Test
    void theStreamedPageIsTheSameOnTwoThreadsAsOnOne() throws Exception {
        List<Path> paths = List.of(SharedData.require("corpus/older-filings"));
        String one = streamed(paths, 1);
        assertTrue(Jsoup.parse(one).select("section.statement").size() >= 2, "statements of two documents at least rendered");
        assertEquals(one, streamed(paths, 2));
    }

    /**
     * Read in another order than their ids', the documents' sections, index entries and filter
     * options come in reading order, and the anchors are numbered so: the same lines otherwise.
     */
    @Test
    void inAnyReadingOrderThePageHoldsTheWholeRunsLinesWithAnchorsNumberedInReadingOrder() throws Exception {
        List<Path> paths = List.of(SharedData.require("corpus/older-filings"));
        CheckRun run = crossfoot(2).check(paths);
        StringWriter whole = new StringWriter();
        new HtmlReport().write(run, Gate.standard(run.findings()), whole);
        assertEquals(renumbered(whole.toString()), renumbered(streamed(paths, 2)));
    }

    /** The page's lines, sorted, with the numbers of finding and document anchors taken out. */
    private static List<String> renumbered(String page) {
        List<String> lines = new ArrayList<>(page.replaceAll("(finding|document)-[0-9]+", "$1-N").lines().toList());
        lines.sort(null);
        return lines;
    }

    private static Crossfoot crossfoot(int jobs) {
        return new Crossfoot(RuleBook.builtIn(), Inputs.standard(), true, Failure.Trace.NONE, jobs);
    }

    private static String streamed(List<Path> paths, int jobs) throws Exception {
        StringWriter out = new StringWriter();
        StreamedGate gate = new StreamedGate(Severity.ERROR, 0);
        CheckRun.Summary[] totals = {CheckRun.Summary.NONE};
        try (StreamingReport page = new HtmlReport().streaming(out)) {
            Crossfoot crossfoot = crossfoot(jobs);
            page.start(paths.stream().map(Path::toString).toList(), crossfoot.book().catalogue());
            StreamedGate.Written written = (part, verdicts) -> {
                totals[0] = totals[0].plus(part.summary());
                try {
                    page.part(part, verdicts);
                } catch (IOException failure) {
                    throw new UncheckedIOException(failure);
                }
            };
            crossfoot.stream(paths, Crossfoot.Progress.NONE, part -> gate.part(part, written));
            page.finish(totals[0], gate.finish(written));
        }
        return out.toString();
    }

    /** A statement of operations and a cash-flow statement whose net income should agree. */
    private static String document(String id, String cashFlowNetIncome, String operatingCash) {
        return """
            {"crossfoot": 1, "document": {"id": "%s"},
             "tables": [{"id": "ops", "title": "Consolidated Statements of Operations", "unit": "in millions",
                         "columns": ["Year ended December 31, 2024"],
                         "rows": [{"label": "Revenue", "cells": ["10"]}, {"label": "Cost of revenue", "cells": ["4"]},
                                  {"label": "Gross profit", "cells": ["6"]}, {"label": "Net income", "cells": ["6"]}]},
                        {"id": "cf", "title": "Consolidated Statements of Cash Flows", "unit": "in millions",
                         "columns": ["Year ended December 31, 2024"],
                         "rows": [{"label": "Net income", "cells": ["%s"]}, {"label": "Depreciation", "cells": ["4"]},
                                  {"label": "Net cash provided by operating activities", "cells": ["%s"]}]}]}
            """.formatted(id, cashFlowNetIncome, operatingCash);
    }
}
