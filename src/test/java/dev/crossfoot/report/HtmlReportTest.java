package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit report as markup; {@link HtmlReportBrowserTest} opens it in a real browser. */
class HtmlReportTest {

    private final CheckRun run = ReportFixture.withSuggestion();
    private final String html = ReportFixture.render(new HtmlReport(), run);
    private final Document page = Jsoup.parse(html);

    @Test
    void is_self_contained_with_no_address_to_fetch() {
        assertTrue(page.select("[src], link, img, iframe, object, embed").isEmpty(), "nothing loads from elsewhere");
        assertTrue(page.select("[href]").stream().allMatch(link -> link.attr("href").startsWith("#")), "no links out, only anchors");
        String policy = page.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        assertTrue(policy.startsWith("default-src 'none'; "), policy);
        assertEquals(1, page.select("script").size());
        assertEquals(1, page.select("style").size());
    }

    @Test
    void a_script_tag_in_a_row_label_is_text() {
        assertEquals(1, page.select("script").size(), "the report's own script only");
        Elements labels = page.select("th.label:contains(<script>document.documentElement)");
        assertEquals(1, labels.size());
        assertTrue(html.contains("&lt;script&gt;document.documentElement.setAttribute('data-injected','yes')&lt;/script&gt;"));
    }

    @Test
    void every_statement_is_shown_as_read_with_rows_indented_by_depth() {
        Elements sections = page.select("section.statement[data-statement]:not(#input-problems)");
        assertEquals(run.statements().size(), sections.size());
        Element ops = page.selectFirst("section[data-statement=acme-2024q4/ops]");
        assertNotNull(ops);
        List<String> headers = ops.select("table.figures thead th").stream().map(Element::text).toList();
        assertEquals(List.of("", "Three months ended December 31, 2024", "Three months ended December 31, 2023"), headers);
        Element product = ops.select("table.figures tbody tr").get(1);
        assertEquals("Product", product.selectFirst("th").text());
        assertTrue(product.selectFirst("th").hasClass("depth-1"));
        assertEquals(List.of("$ 41,892", "$ 19,391"), product.select("td").eachText());
    }

    @Test
    void the_reported_cell_of_a_finding_is_flagged_with_a_tooltip_and_the_cells_it_used_are_shaded() {
        Element ops = page.selectFirst("section[data-statement=acme-2024q4/ops]");
        Element totalRevenue = ops.select("table.figures tbody tr").get(3).select("td").get(0);
        assertEquals("66,533", totalRevenue.text());
        assertTrue(totalRevenue.hasClass("flag") && totalRevenue.hasClass("error"), totalRevenue.outerHtml());
        assertTrue(totalRevenue.attr("title").contains("IS.revenue-total: expected 66353, reported 66533, difference 180"
                + " (rounding allows ±1.5)"), totalRevenue.attr("title"));
        Element product = ops.select("table.figures tbody tr").get(1).select("td").get(0);
        assertTrue(product.hasClass("used") && !product.hasClass("flag"));
        Element lastYear = ops.select("table.figures tbody tr").get(3).select("td").get(1);
        assertTrue(lastYear.classNames().isEmpty(), "a cell no finding touches is not marked");
        long flagged = page.select("td.flag").size();
        long blamedCells = run.findings().stream().filter(f -> !f.table().isEmpty())
                .map(f -> f.suggestion() != null ? f.suggestion().cell() : f.cells().get(0))
                .map(cell -> cell.location() + cell.column()).distinct().count();
        assertEquals(blamedCells, flagged);
    }

    @Test
    void a_finding_whose_diagnosis_blames_another_cell_flags_that_cell_not_the_one_it_checked() {
        Element ops = page.selectFirst("section[data-statement=acme-2024q4/ops]");
        Element grossProfit = ops.select("table.figures tbody tr").get(8).select("td").get(0);
        assertEquals("42,216", grossProfit.text());
        assertFalse(grossProfit.hasClass("flag"), "gross profit is right; the suggestion blames total revenue: " + grossProfit.outerHtml());
        assertTrue(grossProfit.hasClass("used"));
    }

    @Test
    void an_index_lists_each_documents_findings_failing_first_with_links_to_them() {
        Element index = page.getElementById("index");
        assertEquals(List.of("beta-2024 · 1 finding(s)", "acme-2024q4 · 6 finding(s)", "dataset · 1 finding(s)").stream().sorted().toList(),
                index.select("h3").eachText().stream().sorted().toList());
        for (Element link : index.select("ol.index a")) {
            assertNotNull(page.getElementById(link.attr("href").substring(1)), link.attr("href"));
        }
        List<String> acme = index.select("h3:contains(acme-2024q4) + ol li").eachText();
        assertTrue(acme.get(acme.size() - 1).startsWith("warning · REVIEW.gross-profit"), acme.toString());
        assertEquals(List.of("", "error", "warning", "info"), page.select("#filter-severity option").eachAttr("value"));
        assertTrue(page.select("#filter-kind option").eachAttr("value").contains("income"));
        assertTrue(page.select("#filter-rule option").eachAttr("value").contains("IS.gross-profit"));
        assertEquals(List.of("", "beta-2024", "acme-2024q4"), page.select("#filter-document option").eachAttr("value"));
    }

    @Test
    void each_finding_gives_sentence_identity_numbers_cells_and_suggestion() {
        Element finding = page.selectFirst("article.finding[data-rule=FOOT.section-total][data-statement=acme-2024q4/segments]");
        assertNotNull(finding);
        assertEquals("error fails the gate FOOT.section-total The items of a section add up to its total", finding.selectFirst("h3").text());
        assertEquals(List.of("expected", "reported", "difference", "allowed rounding"), finding.select("table.numbers th").eachText());
        assertEquals(List.of("2000", "2100", "100", "±2"), finding.select("table.numbers td").eachText());
        assertEquals(4, finding.select("table.cells tr").size() - 1, "the total and its three items");
        assertEquals("Suggestion: Total segments should read 2,000 instead of 2,100 — one digit misread, confidence 70% "
                + "(src/test/resources/reports/input/statements.json#/tables/1/rows/4/cells/2)", finding.selectFirst(".suggestion").text());
    }

    @Test
    void findings_are_listed_once_each_in_report_order() {
        List<Finding> findings = ReportOrder.findings(run);
        Elements articles = page.select("article.finding");
        assertEquals(findings.size(), articles.size());
        assertEquals(findings.stream().map(f -> f.rule() + " " + f.primaryLocation()).sorted().toList(),
                articles.stream().map(a -> a.attr("data-rule") + " " + a.attr("data-location")).sorted().toList());
    }

    @Test
    void matches_its_golden_file() {
        GoldenFile.assertMatches("report.html", html);
    }

    @Test
    void tables_without_a_finding_are_listed_not_rendered_unless_a_tie_in_another_table_used_a_cell_of_theirs() {
        CheckRun read = dev.crossfoot.TestRuns.check("""
            {"crossfoot": 1, "document": {"id": "t"},
             "tables": [{"id": "cover", "title": "Form 10-K", "columns": ["", ""],
                         "rows": [{"label": "Large accelerated filer", "cells": ["x", ""]}]},
                        {"id": "ops", "title": "Consolidated Statements of Operations", "unit": "in millions",
                         "columns": ["Year ended December 31, 2024"],
                         "rows": [{"label": "Revenue", "cells": ["10"]}, {"label": "Cost of revenue", "cells": ["4"]},
                                  {"label": "Gross profit", "cells": ["6"]}, {"label": "Net income", "cells": ["6"]}]},
                        {"id": "equity", "title": "Consolidated Statements of Stockholders' Equity", "unit": "in millions",
                         "columns": ["Shares", "Amount"],
                         "rows": [{"label": "Balance", "cells": ["100", "50"]}, {"label": "Issued", "cells": ["5", "2"]}]},
                        {"id": "cf", "title": "Consolidated Statements of Cash Flows", "unit": "in millions",
                         "columns": ["Year ended December 31, 2024"],
                         "rows": [{"label": "Net income", "cells": ["9"]}, {"label": "Depreciation", "cells": ["1"]},
                                  {"label": "Net cash provided by operating activities", "cells": ["10"]}]}]}
            """);
        assertEquals(List.of("TIE.cash-flow-net-income"), read.findings().stream().map(Finding::rule).toList(),
                "the fixture's only finding is the tie of net income");
        Document report = Jsoup.parse(ReportFixture.render(new HtmlReport(), read));

        assertEquals(List.of("t/ops", "t/cf"), report.select("section.statement").eachAttr("data-statement"),
                "the tie's table, and the table holding the cell it tied to, are shown in full");
        Element fold = report.selectFirst("details.passed-tables[data-document=t]");
        assertNotNull(fold, "the tables that passed are listed in a fold");
        assertFalse(fold.hasAttr("open"), "folded");
        assertEquals(List.of("t/cover", "t/equity"), fold.select("li").eachAttr("data-statement"));
        assertTrue(fold.selectFirst("li[data-statement=t/equity]").text().contains("2 row(s) × 2 column(s)"),
                fold.selectFirst("li[data-statement=t/equity]").text());
        assertTrue(fold.select("table, td").isEmpty(), "a passed table's cells are not in the page");
        assertTrue(report.select("td:contains(100)").isEmpty(), "the equity statement's figures are not rendered");

        Finding tie = read.findings().get(0);
        dev.crossfoot.model.CellRef blamed = tie.suggestion() != null ? tie.suggestion().cell() : tie.cells().get(0);
        Elements flagged = report.select("td.flag");
        assertEquals(1, flagged.size(), "one blamed cell");
        assertEquals("t/" + blamed.table(), flagged.get(0).closest("section.statement").attr("data-statement"),
                "the blamed cell is flagged in its own table, even one without a finding of its own");
        assertEquals(blamed.text().strip(), flagged.get(0).text());
        assertEquals(1, report.select("td.used").size(), "the other side of the tie is marked used");
        for (Element link : report.select("a[href^=#]")) {
            assertNotNull(report.getElementById(link.attr("href").substring(1)), "the anchor " + link.attr("href") + " resolves");
        }
        for (String id : List.of("filter-document", "filter-kind", "filter-rule", "filter-severity")) {
            assertNotNull(report.getElementById(id), id);
        }
        assertTrue(report.select("#filter-kind option").size() < 10, "the statement filter lists kinds, not table titles");
    }
}
