package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small HTML tables laid out as 10-K/10-Q filings lay them out, and what crossfoot makes of them. */
@DisplayName("HTML statements are read as filers lay them out")
class HtmlStatementReadingTest {

    private static CheckRun check(String body) {
        String html = "<html><body>" + body + "</body></html>";
        ReadResult read = new HtmlReader().read(Path.of("t.htm"), "t.htm", html.getBytes(StandardCharsets.UTF_8));
        return Crossfoot.standard().check(List.of("t.htm"), read);
    }

    private static String row(String label, String... cells) {
        StringBuilder row = new StringBuilder("<tr><td>" + label + "</td>");
        for (String cell : cells) {
            row.append("<td></td><td>").append(cell).append("</td>");
        }
        return row.append("</tr>").toString();
    }

    private static List<Finding> errors(CheckRun run) {
        return run.findings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
    }

    private static long checks(CheckRun run, String rule, CheckStatus status) {
        return run.outcomes().stream().filter(o -> o.rule().equals(rule) && o.status() == status).count();
    }

    @Test
    void sideBySideTotalsAreNotSumsOfOneLine() {
        CheckRun run = check("<p>Summary of cash flows (in millions)</p><table>"
                + row("", "2024", "2023")
                + row("Net cash provided by operating activities", "91,328", "71,113")
                + row("Net cash used in investing activities", "(47,150)", "(24,495)")
                + row("Net cash used in financing activities", "(40,781)", "(19,500)") + "</table>");
        assertEquals(List.of(), errors(run));
    }

    @Test
    void headedGroupsWithoutSubtotalsAllBelongToTheTotalBelow() {
        String table = "<p>Fair value (in millions)</p><table>"
                + row("", "Level 1", "Level 2")
                + row("Cash equivalents:") + row("Time deposits", "0", "1,698") + row("Money market funds", "4,373", "0")
                + row("Marketable securities:") + row("Corporate notes", "0", "2,557")
                + row("Strategic investments:") + row("Equity securities", "69", "0")
                + row("Total assets", "4,442", "%s") + "</table>";
        CheckRun good = check(table.formatted("4,255"));
        assertEquals(List.of(), errors(good));
        assertTrue(checks(good, "FOOT.section-total", CheckStatus.PASSED) >= 2);
        CheckRun wrong = check(table.formatted("4,355"));
        assertEquals(1, errors(wrong).size(), "a wrong total is still caught: " + errors(wrong));
    }

    @Test
    void aLineRepeatingItsHeaderTotalsTheSection() {
        String table = "<p>Lease cost (in millions)</p><table>"
                + row("", "2024", "2023")
                + row("Operating lease cost", "11,961", "10,550")
                + row("Finance lease cost:") + row("Amortization of lease assets", "3,866", "5,899")
                + row("Interest on lease liabilities", "285", "304") + row("Finance lease cost", "4,151", "6,203")
                + row("Variable lease cost", "2,465", "2,165") + row("Total lease cost", "18,577", "%s") + "</table>";
        assertEquals(List.of(), errors(check(table.formatted("18,918"))));
        assertEquals(1, errors(check(table.formatted("18,981"))).size());
    }

    @Test
    void aColumnHeaderRepeatedInTheBodyIsAHeaderNotMalformedNumbers() {
        CheckRun run = check("<p>Results of Operations (in millions)</p><table>"
                + "<tr><td></td><td>4</td><td colspan=4>Fiscal Year Ended January 31,</td></tr>"
                + row("", "2025", "% of Total Revenues", "2024", "% of Total Revenues")
                + row("Subscription and support", "$ 35,679", "94%", "$ 32,537", "93%")
                + row("Professional services", "2,216", "6", "2,291", "7")
                + row("Total revenues", "37,895", "100%", "34,828", "100%") + "</table>");
        assertEquals(List.of(), errors(run));
        assertTrue(run.documents().get(0).tables().get(0).columns().get(0).contains("2025"),
                "the header row with a stray number is a header: " + run.documents().get(0).tables().get(0).columns());
    }

    @Test
    void restrictedCashDoesNotTieToBalanceSheetCash() {
        CheckRun run = check("<p>CONSOLIDATED BALANCE SHEETS (in millions)</p><table>"
                + row("", "December 31, 2024", "December 31, 2023")
                + row("Cash and cash equivalents", "78,779", "73,387") + row("Other assets", "100", "100")
                + row("Total assets", "78,879", "73,487") + "</table>"
                + "<p>CONSOLIDATED STATEMENTS OF CASH FLOWS (in millions)</p><table>"
                + row("", "Year Ended December 31, 2024")
                + row("Cash, cash equivalents, and restricted cash, beginning of period", "73,890")
                + row("Net increase in cash, cash equivalents, and restricted cash", "8,422")
                + row("Cash, cash equivalents, and restricted cash, end of period", "82,312") + "</table>");
        assertEquals(List.of(), errors(run));
        assertEquals(1, checks(run, "CF.ending-restricted-cash", CheckStatus.PASSED));
    }

    @Test
    void theMdaHeadingNamesNoStatement() {
        CheckRun run = check("<p>ITEM 7. MANAGEMENT’S DISCUSSION AND ANALYSIS OF FINANCIAL CONDITION AND RESULTS OF OPERATIONS</p>"
                + "<table>" + row("", "2024", "2023") + row("Adjusted net revenue", "$ 28,167", "$ 25,098")
                + row("Adjusted operating margin", "58.4%", "58.0%") + "</table>");
        assertEquals(StatementKind.OTHER, run.statements().get(0).kind());
    }
}
