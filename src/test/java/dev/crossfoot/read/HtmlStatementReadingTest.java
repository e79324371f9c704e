package dev.crossfoot.read;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.StatementKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.crossfoot.read.HtmlPages.check;
import static dev.crossfoot.read.HtmlPages.errors;
import static dev.crossfoot.read.HtmlPages.head;
import static dev.crossfoot.read.HtmlPages.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Small HTML tables laid out as 10-K/10-Q filings lay them out, and what crossfoot makes of them. */
@DisplayName("HTML statements are read as filers lay them out")
class HtmlStatementReadingTest {

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
    void aHeaderRowIsNoRowOfAmountsForTheFootnoteMarksBetweenItsCaptions() {
        // Coca-Cola's issuer purchases (10-K 2024), as laid out: the marks "1" and "2" stand in cells of their own
        // between the column captions; read as amounts, "1" became a line of the average price's total.
        String table = "<p>Issuer purchases during the three months ended December 31, 2024</p><table>"
                + "<tr><td colspan=3>Period</td><td colspan=3>Total Number of<br>Shares Purchased</td><td colspan=3>1</td>"
                + "<td colspan=3>Average<br>Price Paid<br>Per Share</td><td colspan=3>Total Number of<br>Shares Purchased as Part"
                + " of the Publicly<br>Announced Plan</td><td colspan=3>2</td><td colspan=3>Maximum Number of Shares That May<br>"
                + "Yet Be Purchased<br>Under the Publicly<br>Announced Plan</td></tr>"
                + purchases("September 28, 2024 through October 25, 2024", "3,058,248", "69.56", "3,056,900", "81,787,197")
                + purchases("October 26, 2024 through November 22, 2024", "2,924,986", "64.08", "2,924,986", "78,862,211")
                + purchases("November 23, 2024 through December 31, 2024", "2,522,395", "63.12", "2,512,232", "76,349,979")
                + purchases("Total", "%s", "65.77", "8,494,118", "") + "</table>";
        assertEquals(List.of(), errors(check(table.formatted("8,505,629"))), "the mark is no line of the average price's total");
        assertEquals(1, errors(check(table.formatted("8,505,692"))).size(), "the shares purchased still foot");
    }

    private static String purchases(String period, String shares, String price, String inPlan, String remaining) {
        return "<tr><td colspan=3>" + period + "</td><td colspan=2>" + shares + "</td><td></td><td colspan=3></td><td>$</td><td>"
                + price + "</td><td></td><td colspan=2>" + inPlan + "</td><td></td><td colspan=3></td><td colspan=2>" + remaining
                + "</td><td></td></tr>";
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

    @Test
    void aRollForwardEndsWithItsOpeningBalancePlusMovements() {
        String table = "<p>CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY (in millions)</p><table>"
                + head("2024", "2023")
                + row("Total shareholders' equity, beginning balances", "62,146", "50,672")
                + row("Common stock:") + row("Beginning balances", "73,812", "64,849")
                + row("Common stock issued", "1,423", "1,346") + row("Share-based compensation", "12,034", "11,138")
                + row("Ending balances", "87,269", "%s")
                + row("Retained earnings:") + row("Beginning balances", "(11,666)", "(14,177)")
                + row("Net income", "93,736", "96,995") + row("Dividends", "(15,218)", "(94,484)")
                + row("Ending balances", "66,852", "(11,666)")
                + row("Total shareholders' equity, ending balances", "154,121", "62,146") + "</table>";
        CheckRun good = check(table.formatted("77,333"));
        assertEquals(List.of(), errors(good));
        assertTrue(checks(good, "FOOT.section-total", CheckStatus.PASSED) >= 4, "both roll-forwards are checked");
        assertEquals(1, errors(check(table.formatted("77,433"))).size(), "a wrong ending balance is caught");
    }

    @Test
    void aBalanceDatedAfterAnotherClosesTheMovementsBetween() {
        String table = "<p>Changes in AOCI (in millions)</p><table>"
                + head("Currency translation", "Total")
                + row("Balance at December 31, 2022", "(105)", "(11,659)")
                + row("Other comprehensive income before reclassifications", "(62)", "1,426")
                + row("Amounts reclassified", "0", "683")
                + row("Net current period other comprehensive income", "(62)", "2,109")
                + row("Balance at December 31, 2023", "(167)", "%s") + "</table>";
        CheckRun good = check(table.formatted("(9,550)"));
        assertEquals(List.of(), errors(good), "the net movement and its parts are one movement");
        assertTrue(checks(good, "FOOT.section-total", CheckStatus.PASSED) >= 2);
        assertEquals(1, errors(check(table.formatted("(9,650)"))).size(), "a wrong closing balance is caught");
    }

    @Test
    void subtotalRowsCloseTheirGroup() {
        String table = "<p>Cash and marketable securities (in millions)</p><table>"
                + head("Adjusted Cost", "Fair Value")
                + row("Cash", "27,199", "27,199")
                + row("Level 1:") + row("Money market funds", "778", "778") + row("Mutual funds", "515", "617")
                + row("Subtotal", "1,293", "%s")
                + row("Level 2:") + row("U.S. Treasury securities", "16,150", "15,679") + row("Corporate debt", "65,622", "63,939")
                + row("Subtotal", "81,772", "79,618")
                + row("Total", "110,264", "108,212") + "</table>";
        CheckRun good = check(table.formatted("1,395"));
        assertEquals(List.of(), errors(good));
        assertEquals(6, checks(good, "FOOT.section-total", CheckStatus.PASSED), "each subtotal and the total add up, in both columns");
        // The subtotal and the total over it both break the one reading the other column holds:
        // two identities fail, both citing the wrong subtotal.
        List<Finding> wrong = errors(check(table.formatted("1,495")));
        assertEquals(2, wrong.size(), "a wrong subtotal is caught: " + wrong);
        assertTrue(wrong.stream().allMatch(f -> f.cells().stream().anyMatch(c -> c.text().equals("1,495"))), wrong.toString());
    }

    @Test
    void columnsOfPercentagesOrChangesAreNotFooted() {
        CheckRun run = check("<p>Net sales by category (in millions)</p><table>"
                + head("2024", "Change", "% of Net Sales")
                + row("iPhone", "201,183", "0", "51")
                + row("Mac", "29,984", "2", "8")
                + row("Services", "96,169", "13", "25")
                + row("Total net sales", "327,336", "2", "100") + "</table>");
        assertEquals(List.of(), errors(run));
        assertEquals(1, checks(run, "FOOT.section-total", CheckStatus.PASSED));
    }

    @Test
    void aLineNamedLikeItsHeaderIsAnItemWhenATotalNamesTheSectionLater() {
        String table = "<p>Results of operations (in millions)</p><table>"
                + head("2024", "2023")
                + row("Operating costs:") + row("Medical costs", "264,185", "241,894")
                + row("Operating costs", "53,013", "54,628") + row("Cost of products sold", "46,694", "38,770")
                + row("Depreciation and amortization", "4,099", "3,972")
                + row("Total operating costs", "367,991", "%s") + "</table>";
        CheckRun good = check(table.formatted("339,264"));
        assertEquals(List.of(), errors(good));
        assertEquals(2, checks(good, "FOOT.section-total", CheckStatus.PASSED));
        assertEquals(1, errors(check(table.formatted("339,364"))).size());
    }

    @Test
    void totalsPrintedAboveTheirLinesAddTheLinesBelow() {
        String table = "<p>Major therapeutic area sales (in millions)</p><table>"
                + head("2024", "2023")
                + row("Total Immunology", "17,828", "18,052")
                + row("REMICADE", "1,605", "1,839") + row("STELARA", "10,361", "10,858") + row("TREMFYA", "5,862", "5,355")
                + row("Total Neuroscience", "7,115", "%s")
                + row("CONCERTA", "641", "783") + row("INVEGA", "4,222", "4,115") + row("SPRAVATO", "2,252", "2,242")
                + "</table>";
        CheckRun good = check(table.formatted("7,140"));
        assertEquals(List.of(), errors(good));
        assertEquals(4, checks(good, "FOOT.section-total", CheckStatus.PASSED));
        assertEquals(1, errors(check(table.formatted("7,240"))).size());
    }

    @Test
    void aNetCashLineAtopAFreeCashFlowComputationIsNoTotalOfTheLinesBelow() {
        CheckRun run = check("<p>Free cash flow (in millions)</p><table>"
                + head("2024", "2023")
                + row("Net cash provided by operating activities", "115,877", "84,946")
                + row("Purchases of property and equipment", "(77,658)", "(48,133)")
                + row("Proceeds from property and equipment sales", "5,341", "4,596")
                + row("Free cash flow", "43,560", "41,409") + "</table>");
        assertEquals(List.of(), errors(run));
    }

    @Test
    void aNonOperatingSubtotalCountsOnceBetweenOperatingAndPretaxIncome() {
        String table = "<p>CONSOLIDATED STATEMENTS OF EARNINGS (in millions)</p><table>"
                + head("2024", "2023")
                + row("Net sales", "159,514", "157,403") + row("Cost of sales", "104,625", "104,382")
                + row("Gross profit", "54,889", "53,021") + row("Selling, general and administrative", "30,597", "28,748")
                + row("Depreciation and amortization", "2,603", "2,584") + row("Total operating expenses", "33,200", "31,332")
                + row("Operating income", "21,689", "%s")
                + row("Interest and investment income", "178", "181") + row("Interest expense", "(1,943)", "(1,942)")
                + row("Interest and other, net", "(1,765)", "(1,761)")
                + row("Earnings before provision for income taxes", "19,924", "19,928") + "</table>";
        CheckRun good = check(table.formatted("21,689"));
        assertEquals(List.of(), errors(good));
        assertEquals(2, checks(good, "IS.pretax-income", CheckStatus.PASSED));
        assertEquals(1, errors(check(table.formatted("21,789"))).stream().filter(f -> f.rule().equals("IS.pretax-income")).count());
    }

    @Test
    void aReconciliationWithoutNonGaapMeasuresIsNoReconciliationStatement() {
        CheckRun run = check("<p>A reconciliation of segment operating income to the Consolidated Statements of Operations"
                + " (in millions)</p><table>" + head("2024", "2023")
                + row("Segment operating income", "123,216", "114,301") + row("Research and development", "(31,370)", "(29,915)")
                + row("Operating income", "91,846", "84,386") + "</table>");
        assertEquals(StatementKind.OTHER, run.statements().get(0).kind());
    }

    @Test
    void aSentenceAboveANoteTableNamesNoStatement() {
        CheckRun run = check("<p>Foreign pretax earnings were $77.3 billion and $72.9 billion in 2024 and 2023.</p><table>"
                + head("2024", "2023")
                + row("Computed expected tax", "25,932", "23,885") + row("State taxes", "1,162", "1,124")
                + row("Provision for income taxes", "27,094", "25,009") + "</table>");
        assertEquals(StatementKind.OTHER, run.statements().get(0).kind());
    }

    @Test
    void identitiesSkipColumnsOfPercentages() {
        CheckRun run = check("<p>CONSOLIDATED STATEMENTS OF EARNINGS (in millions)</p><table>"
                + head("2024", "% of Net Sales")
                + row("Net sales", "159,514", "100.0") + row("Cost of sales", "104,625", "65.6")
                + row("Gross profit", "54,889", "34.4") + row("Selling, general and administrative", "30,597", "19.2")
                + row("Depreciation and amortization", "2,603", "1.6") + row("Total operating expenses", "33,200", "20.8")
                + row("Operating income", "21,689", "13.6")
                + row("Interest expense", "(1,765)", "1.1")
                + row("Earnings before provision for income taxes", "19,924", "12.5") + "</table>");
        assertEquals(List.of(), errors(run));
        assertEquals(1, checks(run, "IS.pretax-income", CheckStatus.PASSED));
    }

    @Test
    void aTotalEndingInADashHeadsItsLines() {
        String table = "<p>Kilowatt-hour sales (in millions)</p><table>"
                + head("2004", "2003")
                + row("Total Sales", "45,217", "47,147")
                + row("Total Retail Sales-", "36,807", "%s")
                + row("Residential", "10,748", "10,275") + row("Commercial", "12,020", "11,460") + row("Industrial", "14,039", "13,492")
                + row("Total Wholesale Sales", "8,410", "11,920") + "</table>";
        CheckRun good = check(table.formatted("35,227"));
        assertEquals(List.of(), errors(good), "the wholesale total has no lines of its own: " + errors(good));
        assertEquals(2, checks(good, "FOOT.section-total", CheckStatus.PASSED));
        // A heading may list only the main parts of its total, but where another column shows its
        // lines add up to it, they are all its parts: the column that breaks that is a wrong cell.
        CheckRun partial = check(table.formatted("35,474"));
        assertEquals(1, errors(partial).size(), "the 2003 heading breaks what 2004 holds: " + errors(partial));
        String alone = "<p>Kilowatt-hour sales (in millions)</p><table>" + head("2003")
                + row("Total Retail Sales-", "35,474")
                + row("Residential", "10,275") + row("Commercial", "11,460") + row("Industrial", "13,492") + "</table>";
        CheckRun unsupported = check(alone);
        assertEquals(List.of(), errors(unsupported), "with no column holding its lines, a heading may list only its main parts");
        assertEquals(1, checks(unsupported, "FOOT.section-total", CheckStatus.NOT_EVALUATED));
    }

    @Test
    void totalsAboveTheirLinesMayFollowAnotherTotal() {
        String table = "<p>Revenues (in millions)</p><table>"
                + head("2014", "2013")
                + row("TOTAL REVENUES", "11,320", "10,947")
                + row("TOTAL SOFTWARE AND CLOUD REVENUES", "8,914", "8,541")
                + row("New software licenses", "3,769", "3,769") + row("Cloud services", "450", "370")
                + row("License updates and support", "4,695", "4,402")
                + row("TOTAL HARDWARE SYSTEMS REVENUES", "1,466", "%s")
                + row("Hardware products", "870", "849") + row("Hardware support", "596", "582") + "</table>";
        CheckRun good = check(table.formatted("1,431"));
        assertEquals(List.of(), errors(good));
        assertEquals(4, checks(good, "FOOT.section-total", CheckStatus.PASSED));
        assertEquals(1, errors(check(table.formatted("1,531"))).size());
    }

    @Test
    void aLessLineShownPositiveIsDeducted() {
        String table = "<p>Comprehensive income (in millions)</p><table>"
                + head("2025", "2024")
                + row("Consolidated net income", "3,803", "2,401")
                + row("Other comprehensive income:")
                + row("Net foreign currency translation adjustments", "1,103", "(1,014)")
                + row("Net gains (losses) on derivatives", "(333)", "118")
                + row("Total comprehensive income", "4,573", "1,505")
                + row("Less: Comprehensive income attributable to noncontrolling interests", "39", "48")
                + row("Total comprehensive income attributable to shareowners", "4,534", "%s") + "</table>";
        CheckRun good = check(table.formatted("1,457"));
        assertEquals(List.of(), errors(good));
        assertEquals(1, errors(check(table.formatted("1,557"))).size(), "a wrong attributable total is still caught");
    }

    @Test
    void aRowOfYearsInsideTheBodyHeadsTheRowsBelow() {
        CheckRun run = check("<p>Revenue by major products (in millions)</p><table>"
                + head("Three Months Ended June 30,", "Three Months Ended June 30,")
                + row("(Dollars in millions)", "2025", "2024 (1)")
                + row("Hybrid Cloud", "1,796", "1,547") + row("Automation", "1,883", "1,620")
                + row("Total Software", "3,679", "3,167") + "</table>");
        // The row of years heads the table: as a header row of the body, or joined into the column headers.
        assertTrue(run.statements().get(0).rows().stream()
                .noneMatch(r -> r.label().equals("(Dollars in millions)") && r.role() == dev.crossfoot.model.RowRole.ITEM));
        assertEquals(List.of(), errors(run));
        assertEquals(2, checks(run, "FOOT.section-total", CheckStatus.PASSED));
    }

    @Test
    void aRunningResultAfterTaxIsNotAddedAgainToNetIncome() {
        String table = "<p>CONSOLIDATED STATEMENT OF EARNINGS (in millions)</p><table>"
                + head("2025", "2024")
                + row("Income from continuing operations before income taxes", "2,505", "2,219")
                + row("Provision for income taxes", "311", "389")
                + row("Income from continuing operations", "2,194", "1,830")
                + row("Income from discontinued operations, net of tax", "(0)", "4")
                + row("Net income", "2,194", "%s") + "</table>";
        CheckRun good = check(table.formatted("1,834"));
        assertEquals(List.of(), errors(good));
        assertEquals(2, checks(good, "IS.net-income-from-continuing", CheckStatus.PASSED));
        assertEquals(1, errors(check(table.formatted("1,934"))).size());
    }

    @Test
    void totalEquityAfterShareholdersEquityAndNoncontrollingInterestsCountsOnce() {
        String table = "<p>CONSOLIDATED STATEMENTS OF FINANCIAL POSITION (in millions)</p><table>"
                + head("2024", "2023")
                + row("Assets:") + row("Cash", "13,801", "12,691") + row("Other assets", "142,562", "124,321")
                + row("Total assets", "156,363", "137,012")
                + row("Liabilities:") + row("Accounts payable", "11,364", "11,964") + row("Long-term debt", "148,913", "142,276")
                + row("Total liabilities", "160,277", "154,240")
                + row("Shareholders' equity:") + row("Common stock", "5,061", "5,061") + row("Retained deficit", "(8,969)", "(22,294)")
                + row("Total shareholders' deficit", "(3,908)", "(17,233)")
                + row("Noncontrolling interests", "(6)", "5")
                + row("Total equity", "(3,914)", "(17,228)")
                + row("Total liabilities and equity", "156,363", "%s") + "</table>";
        CheckRun good = check(table.formatted("137,012"));
        assertEquals(List.of(), errors(good));
        assertEquals(2, checks(good, "BS.liabilities-and-equity", CheckStatus.PASSED));
        assertEquals(1, errors(check(table.formatted("137,112"))).stream()
                .filter(f -> f.rule().equals("BS.liabilities-and-equity")).count());
    }

    @Test
    void aTotalOverASingleDifferentLineIsLeftUnevaluated() {
        CheckRun run = check("<p>Share-based awards (in millions)</p><table>"
                + head("2024", "2023")
                + row("Grant-date fair value of awards granted", "350", "312")
                + row("Total grant-date fair value of awards vested", "235", "224") + "</table>");
        assertEquals(List.of(), errors(run));
        assertEquals(2, checks(run, "FOOT.section-total", CheckStatus.NOT_EVALUATED));
    }

    @Test
    void aWeightedAverageIsNoItemOfATotal() {
        CheckRun run = check("<p>Share-based awards (in millions)</p><table>"
                + head("2024", "2023")
                + row("Weighted-average grant-date fair value of awards granted", "350", "312")
                + row("Total grant-date fair value of awards vested", "235", "224") + "</table>");
        assertEquals(List.of(), errors(run));
        assertEquals(0, checks(run, "FOOT.section-total", CheckStatus.NOT_EVALUATED)
                + checks(run, "FOOT.section-total", CheckStatus.FAILED) + checks(run, "FOOT.section-total", CheckStatus.PASSED));
    }

    @Test
    void sharesStatedInsideALabelQualifyItAndMakeNoColumnWithoutAPeriod() {
        CheckRun run = check("<p>CONSOLIDATED BALANCE SHEETS (in millions)</p><table>"
                + "<tr><td></td><td></td><td></td><td></td><td colspan=\"2\">March 31, 2025</td><td colspan=\"2\">June 30, 2024</td></tr>"
                + "<tr><td>Cash and cash equivalents</td><td></td><td></td><td></td><td></td><td>9,116</td><td></td><td>9,482</td></tr>"
                + "<tr><td>Common stock &#8211; shares issued &#8211; March 2025</td><td></td><td>4,009.2</td><td></td>"
                + "<td></td><td></td><td></td><td></td></tr>"
                + "<tr><td>June 2024</td><td></td><td>4,009.2</td><td></td><td></td><td>4,009</td><td></td><td>4,009</td></tr>"
                + "<tr><td>Total assets</td><td></td><td></td><td></td><td></td><td>13,125</td><td></td><td>13,491</td></tr></table>");
        var table = run.documents().get(0).tables().get(0);
        assertEquals(List.of("March 31, 2025", "June 30, 2024"), table.columns());
        assertEquals("June 2024 4,009.2", table.rows().get(2).label());
        assertEquals("4,009", table.rows().get(2).cells().get(0).text());
    }

    @Test
    void theCoverOrTheXbrlDocumentTypeNamesTheForm() {
        CheckRun tagged = check("<div style=\"display:none\"><ix:header><ix:hidden><ix:nonNumeric name=\"dei:DocumentType\">10-K"
                + "</ix:nonNumeric></ix:hidden></ix:header></div><p>text</p>");
        assertEquals("10-K", tagged.documents().get(0).form());
        CheckRun cover = check("<p>UNITED STATES SECURITIES AND EXCHANGE COMMISSION</p><p>FORM 10-Q</p>");
        assertEquals("10-Q", cover.documents().get(0).form());
    }

    @Test
    void anExhibitIndexIsSkippedWithItsReasonNotReadAsDamagedNumbers() {
        CheckRun run = check("<p>Exhibits</p><table>" + head("Incorporated by Reference Exhibit Number")
                + row("10.2(C) Fourth Amendment to the 2012 Equity Incentive Plan. 10-Q", "10.1")
                + row("10.2(E) Forms of award agreements. 10-K", "10.3(G)")
                + row("10.2(F) Forms of award agreements. 10-K", "10.4") + "</table>");
        assertEquals(List.of(), run.findings());
        assertEquals("an exhibit index: document numbers, not amounts", run.skipped().get(0).reason());
    }

    @Test
    void aColumnOfYearsWithFootnoteMarksHoldsNoDamagedAmounts() {
        CheckRun run = check("<p>The executive officers of the Company are:</p><table>" + head("Age", "First Elected to Officer Position")
                + row("Jon R. Moeller Chief Executive Officer", "61", "2009 (1)")
                + row("Susan Street Whaley Chief Legal Officer", "51", "2022 (10)")
                + row("Andre Schulten Chief Financial Officer", "54", "2021 (3)") + "</table>");
        assertEquals(List.of(), errors(run));
    }

    @Test
    void aProductWithOneLineAndNoTotalCountsInTheGrandTotal() {
        // ABBV's net revenues: each product its United States, International and Total lines, but
        // Creon one line only; the "Total" below it adds the next product's lines, not Creon's.
        String table = "<p>Net revenues (in millions)</p><table>" + head("2024", "2023")
                + row("Other Key Products") + row("Mavyret United States", "595", "659") + row("International", "716", "771")
                + row("Total", "1,311", "1,430") + row("Creon United States", "%s", "1,268")
                + row("Linzess United States", "916", "1,073") + row("International", "38", "35") + row("Total", "954", "1,108")
                + row("All other", "3,032", "3,035") + row("Total net revenues", "6,680", "6,841") + "</table>";
        assertEquals(List.of(), errors(check(table.formatted("1,383"))));
        List<Finding> wrong = errors(check(table.formatted("1,338")));
        assertEquals(1, wrong.size(), "a misread single line is still caught: " + wrong);
        assertTrue(wrong.get(0).cells().stream().anyMatch(cell -> cell.text().equals("1,338")), wrong.toString());
    }
}
