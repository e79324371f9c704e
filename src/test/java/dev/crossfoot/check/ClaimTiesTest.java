package dev.crossfoot.check;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How a claim is tied to the one cell that states its measure in its period, or left not evaluated. */
class ClaimTiesTest {

    @TempDir
    Path dir;

    private static final String INTEREST = """
            {"id": "interest", "title": "Other income (expense)", "unit": "in thousands",
             "columns": ["Fiscal 2019", "Fiscal 2018"],
             "rows": [{"label": "Interest income", "cells": ["$30,182", "$13,281"]},
                      {"label": "Interest expense", "cells": ["$(17,334)", "$(6,442)"]}]}""";

    private CheckOutcome claim(String tables, String sentence) throws Exception {
        List<CheckOutcome> claims = claims(tables, sentence);
        assertEquals(1, claims.size(), claims::toString);
        return claims.get(0);
    }

    private List<CheckOutcome> claims(String tables, String... paragraphs) throws Exception {
        Path file = dir.resolve("doc.json");
        List<String> quoted = java.util.Arrays.stream(paragraphs).map(p -> com.fasterxml.jackson.databind.node.TextNode.valueOf(p).toString()).toList();
        Files.writeString(file, "{\"crossfoot\": 1, \"document\": {\"id\": \"doc\"}, \"tables\": [" + tables
                + "], \"paragraphs\": [" + String.join(", ", quoted) + "]}");
        return Crossfoot.standard().check(List.of(file)).outcomes().stream()
                .filter(o -> o.rule().equals("TEXT.claim-ties")).toList();
    }

    /** The last claim of a text of paragraphs. */
    private CheckOutcome lastClaim(String tables, String... paragraphs) throws Exception {
        List<CheckOutcome> claims = claims(tables, paragraphs);
        return claims.get(claims.size() - 1);
    }

    /** The claim whose figure is {@code figure} among a text's. */
    private CheckOutcome claimOf(String tables, String text, String figure) throws Exception {
        List<CheckOutcome> claims = claims(tables, text);
        return claims.stream().filter(c -> c.cells().get(0).text().equals(figure)).findFirst()
                .orElseThrow(() -> new AssertionError("no claim of " + figure + " in " + claims));
    }

    /** The figure the template states passes against the interest table, and the altered one fails there. */
    private void tiesAndCatches(String template, String stated, String altered) throws Exception {
        assertEquals(CheckStatus.PASSED, claimOf(INTEREST, template.formatted(stated), stated).status());
        CheckOutcome wrong = claimOf(INTEREST, template.formatted(altered), altered);
        assertEquals(CheckStatus.FAILED, wrong.status(), wrong.detail());
    }

    /** Every figure, in every template, is found and left not evaluated against the interest table. */
    private void staysNotEvaluated(List<String> templates, String... figures) throws Exception {
        for (String figure : figures) {
            for (String template : templates) {
                CheckOutcome claim = claimOf(INTEREST, template.formatted(figure), figure);
                assertEquals(CheckStatus.NOT_EVALUATED, claim.status(), claim.detail());
            }
        }
    }

    /** The last claim of the text, after the paragraphs before it, ties as stated and fails altered. */
    private void tiesAndCatchesAfter(String before, String template, String stated, String altered) throws Exception {
        assertEquals(CheckStatus.PASSED, lastClaim(INTEREST, before, template.formatted(stated)).status());
        CheckOutcome wrong = lastClaim(INTEREST, before, template.formatted(altered));
        assertEquals(CheckStatus.FAILED, wrong.status(), wrong.detail());
    }

    /** After every one of the paragraphs before it, the text's last claim is left not evaluated, whatever its figure. */
    private void staysNotEvaluatedAfter(List<String> befores, String template, String... figures) throws Exception {
        for (String figure : figures) {
            for (String before : befores) {
                CheckOutcome moved = lastClaim(INTEREST, before, template.formatted(figure));
                assertEquals(CheckStatus.NOT_EVALUATED, moved.status(), before + " " + moved.detail());
            }
        }
    }

    @Test
    void aClaimThatCouldNotFailDoesNotPassEither() throws Exception {
        // The period of the second paragraph is the first's, not said plainly (a list of periods: the text may have moved
        // on): were it to disagree it would not be evaluated, so agreeing it is not passed either (a claim that can pass but
        // never fail accepts any figure).
        String named = "In fiscal 2019 and 2018, interest income was $30.2 million and $13.3 million, respectively.";
        String text = "Interest expense was %s.";
        CheckOutcome agrees = lastClaim(INTEREST, named, text.formatted("$17.3 million"));
        assertEquals(CheckStatus.NOT_EVALUATED, agrees.status(), agrees.detail());
        assertTrue(agrees.detail().contains("which the figure agrees with"), agrees.detail());
        assertEquals(CheckStatus.NOT_EVALUATED, lastClaim(INTEREST, named, text.formatted("$19.3 million")).status());
        assertEquals(CheckStatus.PASSED, claims(INTEREST, named, text.formatted("$17.3 million")).get(0).status());
    }

    @Test
    void aChangeAcrossASignChangeIsNotEvaluatedWhetherItAgreesOrNot() throws Exception {
        String flows = """
                {"id": "t1", "unit": "in millions", "columns": ["2019", "2018"],
                 "rows": [{"label": "Net cash from hedging activities", "cells": ["5", "(3)"]}]}""";
        assertNotEvaluatedWhateverTheFigure(flows, "Net cash from hedging activities increased %s in 2019.",
                List.of("$8 million", "$12 million"), "changes sign");
    }

    @Test
    void aLineOfTheConceptTheWordsNameTiesWhenTheWordsAreAllTheLabels() throws Exception {
        String summary = """
                {"id": "t1", "unit": "in thousands", "columns": ["Fiscal 2019", "Fiscal 2018"],
                 "rows": [{"label": "Net income", "cells": ["24,193", "20,402"]},
                          {"label": "Net cash used in investing activities", "cells": ["(44,154)", "(33,688)"]},
                          {"label": "Income tax expense (benefit)", "cells": ["1,377", "1,632"]}]}""";
        assertEquals(CheckStatus.PASSED, claim(summary, "Cash used in investing activities was $44.2 million in fiscal 2019.").status());
        assertEquals(CheckStatus.FAILED, claim(summary, "Cash used in investing activities was $46.2 million in fiscal 2019.").status());
        // A word more than the label narrows the measure: gross tax expense is not the line of the (net) tax expense.
        CheckOutcome gross = claim(summary, "Gross income tax expense was $430 thousand in fiscal 2018.");
        assertEquals(CheckStatus.NOT_EVALUATED, gross.status(), gross.detail());
    }

    @Test
    void aMeasureTotalingAFigureStatesIt() throws Exception {
        // "totaling" states the figure of the words before it as "of" or "totaled" does.
        tiesAndCatches("Interest expense totaling %s in fiscal 2019 rose with the new term loan.", "$17.3 million", "$17.9 million");
        // Words no line names stay no line's, whatever they total.
        staysNotEvaluated(List.of("Payments to the lenders totaling %s in fiscal 2019 rose with the new term loan."),
                "$17.3 million", "$17.9 million");
    }

    @Test
    void cashProvidedByOperationsIsTheLineOfOperatingActivities() throws Exception {
        // A summary of cash flows whose table states no unit: "$45.0 million" is read in thousands, nearest the figure.
        String summary = """
                {"id": "t1", "columns": ["Fiscal Year Ended December 27, 2019", "Fiscal Year Ended December 28, 2018"],
                 "rows": [{"label": "Net income", "cells": ["$24,193", "$20,402"]},
                          {"label": "Cash provided by operating activities", "cells": ["$45,007", "$45,082"]},
                          {"label": "Cash used in investing activities", "cells": ["$(44,154)", "$(33,688)"]}]}""";
        assertEquals(CheckStatus.PASSED, claim(summary, "Net cash provided by operations was $45.0 million for fiscal 2019.").status());
        CheckOutcome altered = claim(summary, "Net cash provided by operations was $45.7 million for fiscal 2019.");
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        // "operations" of another phrase is not operating activities: discontinued operations name no line here.
        assertEquals(CheckStatus.NOT_EVALUATED,
                claim(summary, "Net cash provided by discontinued operations was $45.0 million for fiscal 2019.").status());
    }

    @Test
    void aYearsChangeIsFromTheYearBeforeAndCanFail() throws Exception {
        assertEquals(CheckStatus.PASSED, claim(INTEREST, "Interest income increased by $16.9 million in fiscal year 2019.").status());
        assertEquals(CheckStatus.FAILED, claim(INTEREST, "Interest income increased by $17.5 million in fiscal year 2019.").status());
        assertEquals(CheckStatus.FAILED, claim(INTEREST,
                "Interest expense increased $12.9 million in fiscal year 2019, compared to the same period a year ago.").status());
    }

    @Test
    void aTextThatNamesNoPeriodSpeaksOfTheLatestYearItsTablesShow() throws Exception {
        assertEquals(CheckStatus.PASSED, claim(INTEREST, "Interest income increased $16.9 million primarily from higher yields.").status());
        assertEquals(CheckStatus.FAILED, claim(INTEREST, "Interest income increased $18.9 million primarily from higher yields.").status());
        assertEquals(CheckStatus.NOT_EVALUATED, claim(INTEREST.replace("Fiscal 2019", "Q4 2019"),
                "Interest income increased $18.9 million primarily from higher yields.").status());
    }

    /** Singtel's cash-flow summary: years ended 31 March, in S$ million (the table states no unit). */
    private static final String CASH_FLOWS = """
            {"id": "t1", "columns": ["Financial Year ended 31 March 2019 (S$ million)", "Financial Year ended 31 March 2018 (S$ million)",
                                     "Financial Year ended 31 March Change (%)"],
             "rows": [{"label": "Net cash inflow from operating activities", "cells": ["5,368", "5,955", "-9.9"]},
                      {"label": "Group free cash flow", "cells": ["3,650", "3,606", "1.2"]}]}""";

    @Test
    void aTextThatHasNamedNoPeriodYetSpeaksOfTheLatestYearItsTablesShowWhateverItNamesLater() throws Exception {
        String later = "Payments of S$1.75 billion were made for final dividends in respect of FY 2018.";
        List<CheckOutcome> opening = claims(CASH_FLOWS, "Net cash inflow from operating activities declined 9.9% to S$5.37 billion.", later);
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), opening.subList(0, 2).stream().map(CheckOutcome::status).toList(),
                opening::toString);
        List<CheckOutcome> altered = claims(CASH_FLOWS, "Net cash inflow from operating activities declined 9.9% to S$5.57 billion.", later);
        assertEquals(CheckStatus.FAILED, altered.get(1).status(), altered.get(1).detail());
        // Once the text has named a period, a paragraph that names none may speak of it or of another: not said.
        List<CheckOutcome> afterAPeriod = claims(CASH_FLOWS, later, "Dividends are paid twice a year.",
                "Net cash inflow from operating activities declined 9.9% to S$5.37 billion.");
        CheckOutcome change = afterAPeriod.get(afterAPeriod.size() - 2);
        assertEquals(CheckStatus.NOT_EVALUATED, change.status(), change.detail());
        assertTrue(change.detail().contains("does not say for which period"), change.detail());
    }

    @Test
    void aPossessiveNamesTheSameLine() throws Exception {
        assertEquals(CheckStatus.PASSED, claimOf(CASH_FLOWS, "The Group’s free cash flow grew 1.2% to S$3.65 billion.", "S$3.65 billion").status());
        assertEquals(CheckStatus.FAILED, claimOf(CASH_FLOWS, "The Group's free cash flow grew 1.2% to S$3.85 billion.", "S$3.85 billion").status());
    }

    @Test
    void aChangeFromATableThatStatesNoUnitIsReadInTheUnitNearestTheFigureChosenBeforeComparing() throws Exception {
        // 389 to 1,655 of an unread "€m": "€1.3 billion" is 1,266 million; "€1.6 billion" is then as plainly wrong.
        String costs = """
                {"id": "t1", "columns": ["2019", "2018"], "rows": [{"label": "Net financing costs", "cells": ["(1,655)", "(389)"]}]}""";
        assertEquals(CheckStatus.PASSED, claim(costs, "Net financing costs increased by €1.3 billion in 2019.").status());
        CheckOutcome altered = claim(costs, "Net financing costs increased by €1.6 billion in 2019.");
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        assertTrue(altered.detail().contains("×1000000"), altered.detail());
        String inMillions = costs.replace("\"columns\"", "\"unit\": \"in millions\", \"columns\"");
        assertEquals(CheckStatus.PASSED, claim(inMillions, "Net financing costs increased by €1.3 billion in 2019.").status());
        assertEquals(CheckStatus.FAILED, claim(inMillions, "Net financing costs increased by €1.6 billion in 2019.").status());
    }

    @Test
    void aFigureAPowerOfAThousandFromATableThatStatesItsUnitIsNotEvaluatedWhetherItWouldAgreeScaledOrNot() throws Exception {
        // "in thousands": 1,655 is €1.7 million, a thousandth of the text's billions — a unit one of them leaves unsaid,
        // told from the orders of magnitude, so the figure that would agree once scaled and an altered one are placed alike.
        String inThousands = """
                {"id": "t1", "unit": "in thousands", "columns": ["2019", "2018"],
                 "rows": [{"label": "Net financing costs", "cells": ["(1,655)", "(389)"]}]}""";
        assertNotEvaluatedWhateverTheFigure(inThousands, "Net financing costs increased by %s in 2019.",
                List.of("€1.3 billion", "€1.6 billion"), "power of a thousand");
        assertNotEvaluatedWhateverTheFigure(inThousands, "Net financing costs were %s in 2019.",
                List.of("€1.7 billion", "€1.4 billion"), "power of a thousand");
        assertEquals(CheckStatus.FAILED, claim(inThousands, "Net financing costs were €1.4 million in 2019.").status());
    }

    @Test
    void cellsThatStateOneMeasureDifferentlyLeaveTheClaimAmbiguousWhicheverAgrees() throws Exception {
        String note = """
                {"id": "note", "title": "Interest", "unit": "in thousands", "columns": ["Fiscal 2019"],
                 "rows": [{"label": "Interest income", "cells": ["25,000"]}]}""";
        CheckOutcome agreesWithOne = claim(INTEREST + "," + note, "Interest income was $30.2 million in fiscal 2019.");
        assertEquals(CheckStatus.NOT_EVALUATED, agreesWithOne.status());
        assertTrue(agreesWithOne.detail().contains("ambiguous"), agreesWithOne.detail());
        String sameFigure = note.replace("25,000", "30.2").replace("in thousands", "in millions");
        assertEquals(CheckStatus.PASSED, claim(INTEREST + "," + sameFigure, "Interest income was $30.2 million in fiscal 2019.").status());
        assertEquals(CheckStatus.FAILED, claim(INTEREST + "," + sameFigure, "Interest income was $31.2 million in fiscal 2019.").status());
    }

    @Test
    void aLineTheWordsNameLessAVagueWordIsAnotherReading() throws Exception {
        String cashFlow = """
                {"id": "cash", "title": "Cash flows", "unit": "in millions", "columns": ["2023", "2022"],
                 "rows": [{"label": "Share-based plans expense", "cells": ["690", "725"]}]}""";
        String unallocated = """
                {"id": "unallocated", "title": "Unallocated items (expense)/income", "unit": "in millions", "columns": ["2023", "2022"],
                 "rows": [{"label": "Share-based plans", "cells": ["62", "(114)"]}]}""";
        String sentence = "Share-based plans expense decreased by $176 million in 2023 primarily due to fewer share-based grants.";
        assertEquals(CheckStatus.FAILED, claim(cashFlow, sentence).status());
        CheckOutcome both = claim(cashFlow + "," + unallocated, sentence);
        assertEquals(CheckStatus.NOT_EVALUATED, both.status());
        assertTrue(both.detail().contains("ambiguous"), both.detail());
    }

    @Test
    void aColumnHeadedByItsQuarterIsThatQuarterAndTheTitleNamesTheMeasure() throws Exception {
        String revenues = """
                {"id": "t1", "title": "OPERATING REVENUES", "columns": ["Q4 2019", "Q4 2018"],
                 "rows": [{"label": "Bell Wireless", "cells": ["2,493", "2,407"]},
                          {"label": "Bell Media", "cells": ["879", "850"]}]}""";
        assertEquals(CheckStatus.PASSED, claim(revenues,
                "Bell Wireless operating revenues increased by 3.6% in Q4\u00a02019, compared to Q4\u00a02018.").status());
        assertEquals(CheckStatus.FAILED, claim(revenues,
                "Bell Wireless operating revenues increased by 4.1% in Q4 2019, compared to the same period last year.").status());
    }

    @Test
    void aCashFlowLineIsNamedByEitherOfItsVerbs() throws Exception {
        // "Cash provided by (used in) financing activities" is also "Cash used in financing activities", and
        // "Operating activities" under the heading "Net cash (used in) provided by:" is "Net cash used in operating activities".
        String flows = """
                {"id": "flows", "unit": "in thousands", "columns": ["Year Ended December 31, 2019", "Year Ended December 31, 2018"],
                 "rows": [{"label": "Net cash (used in) provided by:", "cells": []},
                          {"label": "Operating activities", "cells": ["$(618)", "$(3,908)"]},
                          {"label": "Cash provided by (used in) financing activities", "cells": ["1,389", "(10,442)"]}]}""";
        assertEquals(CheckStatus.PASSED, claim(flows, "Net cash used in operating activities was $0.6 million for the year ended December 31, 2019.").status());
        assertEquals(CheckStatus.FAILED, claim(flows, "Net cash used in operating activities was $3.4 million for the year ended December 31, 2018.").status());
        assertEquals(CheckStatus.PASSED, claim(flows, "Net cash used in financing activities was $10.4 million for the year ended December 31, 2018.").status());
        assertEquals(CheckStatus.FAILED, claim(flows, "Net cash provided by financing activities was $1.6 million for the year ended December 31, 2019.").status());
    }

    @Test
    void aShareOfNetSalesTiesToTheLineThatStatesItWithAPercentSign() throws Exception {
        String ratios = """
                {"id": "ratios", "columns": ["2019", "December 31, 2018"],
                 "rows": [{"label": "Selling expenses", "cells": ["11,062", "13,477"]},
                          {"label": "Selling expenses % to net sales", "cells": ["11.8%", "13.0%"]}]}""";
        String text = "Selling expenses as a percentage of net sales were %s during the year ended December 31, 2019.";
        assertEquals(CheckStatus.PASSED, claim(ratios, text.formatted("11.8%")).status());
        assertEquals(CheckStatus.FAILED, claim(ratios, text.formatted("12.4%")).status());
    }

    @Test
    void theFiguresAChangeRanFromAndToAreOfItsMeasureInTheirOwnPeriods() throws Exception {
        // The change's own period is not said plainly (the sentence names two), but its measure is, and each figure after
        // it names its own year: "$124.0 million for the year ended December 31, 2018" is net voyage revenues of 2018.
        String voyages = """
                {"id": "voyages", "columns": ["Years Ended December 31, 2019", "Years Ended December 31, 2018"],
                 "rows": [{"label": "Net Voyage Revenue", "cells": ["175,450", "124,004"]}]}""";
        String text = "Net voyage revenues increased by 41.5% from FIGURE for the year ended December 31, 2018, to $175.5 million "
                + "for the year ended December 31, 2019.";
        assertEquals(CheckStatus.PASSED, claimOf(voyages, text.replace("FIGURE", "$124.0 million"), "$124.0 million").status());
        assertEquals(CheckStatus.PASSED, claimOf(voyages, text.replace("FIGURE", "$124.0 million"), "$175.5 million").status());
        assertEquals(CheckStatus.FAILED, claimOf(voyages, text.replace("FIGURE", "$128.0 million"), "$128.0 million").status());
    }

    @Test
    void aGrandTotalNamesTheMeasureOfTheLinesAboveIt() throws Exception {
        String groups = """
                {"id": "t1", "unit": "in thousands", "columns": ["2018", "2019"],
                 "rows": [{"label": "Ceramic Components", "cells": ["$226,204", "$421,849"]},
                          {"label": "Total Electronic Components", "cells": ["1,235,173", "1,289,962"]},
                          {"label": "Interconnect, Sensing and Control Devices", "cells": ["327,301", "501,828"]},
                          {"label": "Total Net Sales", "cells": ["$1,562,474", "$1,791,790"]}]}""";
        String text = "Electronic Component sales were %s for the fiscal year ended March 31, 2019.";
        assertEquals(CheckStatus.PASSED, claim(groups, text.formatted("$1,290.0 million")).status());
        assertEquals(CheckStatus.FAILED, claim(groups, text.formatted("$1,296.0 million")).status());
        // A last line that is no total names nothing for the lines above it.
        String noTotal = groups.replace("Total Net Sales", "Other");
        CheckOutcome untied = claim(noTotal, text.formatted("$1,290.0 million"));
        assertEquals(CheckStatus.NOT_EVALUATED, untied.status(), untied.detail());
    }

    @Test
    void aComparisonRestatesTheMainMeasureWhenItsWordsEndTheMainOnes() throws Exception {
        String segment = """
                {"id": "t1", "unit": "in millions", "columns": ["Fiscal 2019 (in millions)", "Fiscal 2018 (in millions)"],
                 "rows": [{"label": "Sales", "cells": ["$ 328.8", "$ 207.0"]},
                          {"label": "Operating income (loss)", "cells": ["7.8", "(0.1)"]}]}""";
        String text = "Operating Income: CMS had operating income of $7.8 million in 2019 compared to an operating loss of %s in 2018.";
        assertEquals(CheckStatus.PASSED, claimOf(segment, text.formatted("$0.1 million"), "$0.1 million").status());
        CheckOutcome altered = claimOf(segment, text.formatted("$0.4 million"), "$0.4 million");
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        // A comparison of another measure stays not plain, whether its figure agrees or not.
        for (String figure : List.of("$207.0 million", "$201.0 million")) {
            CheckOutcome sales = claimOf(segment, "CMS had operating income of $7.8 million in 2019 compared to sales of " + figure
                    + " in 2018.", figure);
            assertEquals(CheckStatus.NOT_EVALUATED, sales.status(), sales.detail());
            assertTrue(sales.detail().contains("a comparison in the sentence names another measure"), sales.detail());
        }
    }

    @Test
    void aBalanceStandsInTheColumnOfThePeriodItClosesWhereNoColumnIsDatedAsOfADay() throws Exception {
        String capital = """
                {"id": "t1", "unit": "in thousands",
                 "columns": ["For the Twelve Months Ended December 31, 2019", "For the Twelve Months Ended December 31, 2018"],
                 "rows": [{"label": "Cash and cash equivalents", "cells": ["9,472", "7,554"]},
                          {"label": "Accounts payable", "cells": ["(18,668)", "(9,166)"]},
                          {"label": "Total Working Capital", "cells": ["$12,338", "$12,741"]}]}""";
        String text = "Working capital decreased $0.4 million to %s at December 31, 2019 compared with $12.7 million at December 31, 2018.";
        assertEquals(CheckStatus.PASSED, claimOf(capital, text.formatted("$12.3 million"), "$12.3 million").status());
        assertEquals(CheckStatus.PASSED, claimOf(capital, text.formatted("$12.3 million"), "$12.7 million").status());
        assertEquals(CheckStatus.PASSED, claimOf(capital, text.formatted("$12.3 million"), "$0.4 million").status());
        assertEquals(CheckStatus.FAILED, claimOf(capital, text.formatted("$12.9 million"), "$12.9 million").status());
        // A document that dates a column as of a day states its balances there, never in a period's column.
        String dated = capital + """
                , {"id": "t2", "unit": "in thousands", "columns": ["December 31, 2019"],
                   "rows": [{"label": "Inventories", "cells": ["12,542"]}]}""";
        for (String figure : List.of("$12.3 million", "$12.9 million")) {
            CheckOutcome balance = claimOf(dated, text.formatted(figure), figure);
            assertEquals(CheckStatus.NOT_EVALUATED, balance.status(), balance.detail());
        }
    }

    @Test
    void aMarginLineOfAmountsBesideAPercentageChangeColumnStatesItsChange() throws Exception {
        String results = """
                {"id": "t1", "unit": "in millions, except percentages",
                 "columns": ["2019", "2018", "Percentage Change 2019 Versus 2018"],
                 "rows": [{"label": "Revenue", "cells": ["$ 125,843", "$ 110,360", "14%"]},
                          {"label": "Gross margin", "cells": ["82,933", "72,007", "15%"]}]}""";
        String heading = "Fiscal Year 2019 Compared with Fiscal Year 2018";
        String text = "Gross margin increased %s or 15%%, driven by growth across each of our segments.";
        List<CheckOutcome> agreeing = claims(results, heading, text.formatted("$10.9 billion"));
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), agreeing.stream().map(CheckOutcome::status).toList(),
                agreeing::toString);
        List<CheckOutcome> altered = claims(results, heading, text.formatted("$10.3 billion"));
        assertEquals(CheckStatus.FAILED, altered.get(0).status(), altered::toString);
    }

    @Test
    void theCompanyRecordingALineIsOfThatLineAPartOfItNamedAsSubjectIsNot() throws Exception {
        String charges = """
                {"id": "t1", "unit": "in millions", "columns": ["2024", "2023"],
                 "rows": [{"label": "Net operating revenues", "cells": ["47,061", "45,754"]},
                          {"label": "Other operating charges", "cells": ["4,163", "1,951"]},
                          {"label": "Operating income", "cells": ["9,992", "11,311"]}]}""";
        assertEquals(CheckStatus.PASSED, claim(charges, "In 2024, the Company recorded other operating charges of $4,163 million.").status());
        assertEquals(CheckStatus.FAILED, claim(charges, "In 2024, the Company recorded other operating charges of $4,188 million.").status());
        assertEquals(CheckStatus.PASSED, claim(charges, "We reported net operating revenues of $47.1 billion in 2024.").status());
        // A part of the company as the subject keeps its name: its operating income is no line of these tables; so do
        // one item of a line ("an … charge") and a figure an aside narrows to a part ("related to").
        for (String figure : List.of("$9,992 million", "$11 million")) {
            for (String sentence : List.of("In 2024, Sears Canada reported operating income of %s.",
                    "In 2024, the Company recorded an other operating charge of %s related to a joint venture.",
                    "In 2024, the Company recorded other operating charges of %s related to a joint venture.",
                    "We recorded in other operating charges a %s charge in 2024.",
                    "In 2024, we incurred charges of %s.")) {
                CheckOutcome part = claim(charges, sentence.formatted(figure));
                assertEquals(CheckStatus.NOT_EVALUATED, part.status(), part.detail());
            }
        }
    }

    @Test
    void theSamePeriodInAYearIsTheSentencesPeriodInThatYear() throws Exception {
        String quarterly = """
                {"id": "t1", "unit": "in millions",
                 "columns": ["Six months ended June 30, 2025", "Six months ended June 30, 2024",
                             "Three months ended June 30, 2025", "Three months ended June 30, 2024"],
                 "rows": [{"label": "Total revenues", "cells": ["42,245", "33,435", "22,749", "16,866"]}]}""";
        String text = "Revenues for the six months ended June 30, 2025, increased by %s compared with the same period in %s.";
        assertEquals(CheckStatus.PASSED, claim(quarterly, text.formatted("$8,810 million", "2024")).status());
        CheckOutcome altered = claim(quarterly, text.formatted("$8,870 million", "2024"));
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        assertEquals(CheckStatus.PASSED, claim(quarterly,
                "Revenues for the three months ended June 30, 2025 increased $5,883 million as compared to the corresponding period in 2024.").status());
        // A year no column states leaves the change unplaced, whatever its figure; never the year 2024 or the year before.
        for (String figure : List.of("$8,810 million", "$8,870 million")) {
            CheckOutcome other = claim(quarterly, text.formatted(figure, "2023"));
            assertEquals(CheckStatus.NOT_EVALUATED, other.status(), other.detail());
        }
    }

    @Test
    void aDateListedAfterAPeriodEndedOnADateEndsAPeriodOfTheSameLength() throws Exception {
        String quarterly = """
                {"id": "t1", "unit": "in millions",
                 "columns": ["Three Months Ended June 27, 2025", "Three Months Ended June 28, 2024",
                             "Six Months Ended June 27, 2025", "Six Months Ended June 28, 2024"],
                 "rows": [{"label": "Advertising expenses", "cells": ["1,328", "1,400", "2,417", "2,561"]}]}""";
        String text = "Advertising expenses for the six months ended June 27, 2025 and June 28, 2024 were $2,417 million and %s, respectively.";
        List<CheckOutcome> agreeing = claims(quarterly, text.formatted("$2,561 million"));
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), agreeing.stream().map(CheckOutcome::status).toList(),
                agreeing::toString);
        assertEquals(CheckStatus.FAILED, claimOf(quarterly, text.formatted("$2,591 million"), "$2,591 million").status());
        // Figures stated with "of" after a list of periods pair nothing unless the company states them as its own
        // (aListTheCompanyStatesAsItsOwnIsPairedWithItsPeriods): "its bottlers paid … of $A and $B" may be of a part.
        for (String figure : List.of("$2,561 million", "$2,591 million")) {
            CheckOutcome unpaired = claimOf(quarterly, "During the six months ended June 27, 2025 and June 28, 2024, its bottlers "
                    + "paid advertising expenses of $2,417 million and " + figure + ", respectively.", figure);
            assertEquals(CheckStatus.NOT_EVALUATED, unpaired.status(), unpaired.detail());
        }
    }

    @Test
    void aSentenceSubjectIsOfThePeriodTheSentenceBeforeNamedInItsParagraphAndCanFail() throws Exception {
        String text = "Interest income was $30.2 million in fiscal 2019, up from $13.3 million. Interest expense was %s.";
        assertEquals(CheckStatus.PASSED, lastClaim(INTEREST, text.formatted("$17.3 million")).status());
        CheckOutcome altered = lastClaim(INTEREST, text.formatted("$17.8 million"));
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        // "over the prior year" names no period of its own: the third sentence is still of fiscal 2019, not of 2018.
        String after = "For fiscal 2019, interest income was $30.2 million. Interest income increased $16.9 million over the prior year. "
                + "Interest expense was %s.";
        assertEquals(CheckStatus.PASSED, lastClaim(INTEREST, after.formatted("$17.3 million")).status());
        assertEquals(CheckStatus.FAILED, lastClaim(INTEREST, after.formatted("$6.4 million")).status());
    }

    @Test
    void aPeriodNamedOnlyInAnAsideDoesNotMoveTheTextToThatPeriod() throws Exception {
        // A text beside its table that has named no period of its own speaks of the table's: the aside's "fiscal 2018" is of
        // the notes acquired, not of what the text discusses.
        String aside = "Interest income increased $16.9 million due to higher balances of the notes acquired at the end of fiscal 2018.";
        String text = "Interest expense increased %s primarily due to the new term loan.";
        tiesAndCatchesAfter(aside, text, "$10.9 million", "$11.4 million");
        // Named in the main clause, the period moves the text: the next paragraph's change is of fiscal 2018's, not plainly.
        staysNotEvaluatedAfter(List.of("Interest income was $13.3 million in fiscal 2018, due to higher balances of the notes."),
                text, "$10.9 million", "$11.4 million");
    }

    @Test
    void aPeriodNamedOnlyInAClauseDescribingAThingDoesNotMoveTheText() throws Exception {
        // The text has named no period of its own: "fiscal 2018" is when the notes were acquired, not what the text discusses.
        String described = "Interest income included $2.1 million of interest on notes that were acquired at the end of fiscal 2018.";
        String text = "Interest expense increased %s primarily due to the new term loan.";
        tiesAndCatchesAfter(described, text, "$10.9 million", "$11.4 million");
        // A figure in the clause states its period: "which was $13.3 million in fiscal 2018" moves the text (the next change
        // is then of fiscal 2018's, not plainly); so does a period of the main clause.
        staysNotEvaluatedAfter(List.of("Interest income, which was $13.3 million in fiscal 2018, grew with the notes.",
                "Interest income was $13.3 million in fiscal 2018 on notes that were acquired then."), text, "$10.9 million", "$11.4 million");
    }

    @Test
    void aFigureAChangeCameToIsOfThePeriodNamedBetweenTheMeasureAndTheChange() throws Exception {
        tiesAndCatches("Interest expense for fiscal 2019 increased $10.9 million to %s from $6.4 million for fiscal 2018.",
                "$17.3 million", "$17.9 million");
        // A period named only for the figure it came from, or for another figure before the measure, is not the result's; nor
        // is the subject's where the sentence names no period the change is from (the change itself is not placed).
        staysNotEvaluated(List.of("Interest expense increased $10.9 million to %s from $6.4 million for fiscal 2018.",
                "Interest expense for fiscal 2019 increased 169%% to %s.",
                "Interest income was $30.2 million for fiscal 2019 and interest expense increased $10.9 million to %s."),
                "$17.3 million", "$17.9 million");
    }

    @Test
    void thePeriodOpeningASentenceSetOffByACommaIsEveryFigureOfItsMainClause() throws Exception {
        tiesAndCatches("In fiscal 2019, interest income was $30.2 million and interest expense was %s.", "$17.3 million", "$17.9 million");
        // Not past a clause joined with its own subject and verb (it may speak of the first clause's part), nor a period
        // that does not open the sentence, nor where the sentence names a second period.
        staysNotEvaluated(List.of("In fiscal 2019, interest income was $30.2 million, and interest expense was %s.",
                "Interest income was $30.2 million in fiscal 2019 and interest expense was %s.",
                "In fiscal 2019, interest income was $30.2 million and interest expense was %s, compared to $6.4 million in fiscal 2018."),
                "$17.3 million", "$17.9 million");
    }

    @Test
    void aChangeSaidAgainInOtherTermsIsOfThePeriodNamedJustAfterIt() throws Exception {
        tiesAndCatches("Interest expense increased %s, or 169%%, in fiscal 2019.", "$10.9 million", "$11.6 million");
        // A second period in the stretch: which one is the change's is not said.
        staysNotEvaluated(List.of("Interest expense increased %s, or 169%%, in fiscal 2019 and fiscal 2018."), "$10.9 million", "$11.6 million");
    }

    @Test
    void aPeriodOfASentenceBeforeIsNotPlainForAFigureNotTheSubjectOrAfterAListOfPeriods() throws Exception {
        staysNotEvaluated(List.of(
                "In fiscal 2019 and 2018, interest income was $30.2 million and $13.3 million, respectively. Interest expense was %s.",
                "Interest income rose from $13.3 million in fiscal 2018. Interest expense was %s.",
                "Interest income was $30.2 million in fiscal 2019. Interest expense was %s, compared to $6.4 million in fiscal 2017.",
                "Interest income was $30.2 million in fiscal 2019. Other income was $2.0 million and interest expense was %s."),
                "$17.3 million", "$17.8 million");
    }

    @Test
    void aSubjectInTheParagraphAfterASentenceThatStatedItsOwnSubjectsFigureOfItsPeriodIsOfThatPeriod() throws Exception {
        // The paragraph before speaks of the figures of fiscal 2019; the next goes on with them.
        tiesAndCatchesAfter("Interest income was $30.2 million in fiscal 2019.", "Interest expense was %s.", "$17.3 million", "$17.9 million");
        String changed = "Interest income increased $16.9 million in fiscal 2019 compared to fiscal 2018.";
        String compared = "Interest expense was %s, compared to $6.4 million in fiscal 2018.";
        assertEquals(CheckStatus.PASSED, claims(INTEREST, changed, compared.formatted("$17.3 million")).get(1).status());
        CheckOutcome wrong = claims(INTEREST, changed, compared.formatted("$17.9 million")).get(1);
        assertEquals(CheckStatus.FAILED, wrong.status(), wrong.detail());
        // Not after a sentence of no figure of its own (a year something happened in), nor of a list of periods, nor past
        // another paragraph, nor for a figure that is not its sentence's subject.
        staysNotEvaluatedAfter(List.of("Interest rates rose in fiscal 2019 as the central bank tightened its policy.",
                "In fiscal 2019 and 2018, interest income was $30.2 million and $13.3 million, respectively."),
                "Interest expense was %s.", "$17.3 million", "$17.9 million");
        for (String figure : List.of("$17.3 million", "$17.9 million")) {
            CheckOutcome twoOn = lastClaim(INTEREST, "Interest income was $30.2 million in fiscal 2019.", "Interest rates rose.",
                    "Interest expense was %s.".formatted(figure));
            assertEquals(CheckStatus.NOT_EVALUATED, twoOn.status(), twoOn.detail());
            CheckOutcome further = lastClaim(INTEREST, "Interest income was $30.2 million in fiscal 2019.",
                    "Other income was $2.0 million and interest expense was %s.".formatted(figure));
            assertEquals(CheckStatus.NOT_EVALUATED, further.status(), further.detail());
        }
    }

    @Test
    void aSubjectComparedWithTheSamePeriodAYearBeforeIsOfThePeriodTheSentenceBeforeNamed() throws Exception {
        // "compared to … in fiscal 2018" names the period the figure is compared with, the year before the one the text
        // speaks of: the figure is of fiscal 2019 still, and so is a change compared so.
        String named = "Interest income was $30.2 million in fiscal 2019. ";
        tiesAndCatches(named + "Interest expense was %s, compared to $6.4 million in fiscal 2018.", "$17.3 million", "$17.9 million");
        tiesAndCatches(named + "Interest expense increased %s compared to fiscal 2018.", "$10.9 million", "$11.5 million");
        // Compared with another period, or with the year before named in the main clause, the text may have moved on: "…,
        // compared to $6.4 million in fiscal 2017" speaks as likely of fiscal 2018.
        staysNotEvaluated(List.of(named + "Interest expense was %s, compared to $6.4 million in fiscal 2017.",
                named + "Interest expense was %s, up from fiscal 2018 and fiscal 2017.",
                "Interest income was $30.2 million in fiscal 2019 and $13.3 million in fiscal 2018. Interest expense was %s, "
                        + "compared to $6.4 million in fiscal 2018."),
                "$17.3 million", "$17.9 million");
    }

    @Test
    void aChangeIsOfThePeriodNamedForTheFigureItCameTo() throws Exception {
        String text = "Interest income increased %s, or 127%%, to $30.2 million in fiscal 2019.";
        assertEquals(CheckStatus.PASSED, claimOf(INTEREST, text.formatted("$16.9 million"), "$16.9 million").status());
        CheckOutcome altered = claimOf(INTEREST, text.formatted("$17.5 million"), "$17.5 million");
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        // A period named for a figure of another phrase, or two periods after the figure it came to, are not the change's.
        for (String figure : List.of("$16.9 million", "$17.5 million")) {
            for (String sentence : List.of("Interest income increased %s to $30.2 million, and interest expense was $17.3 million in fiscal 2019.",
                    "Interest income increased %s to $30.2 million in fiscal 2019 and $13.3 million in fiscal 2018.")) {
                CheckOutcome change = claimOf(INTEREST, sentence.formatted(figure), figure);
                assertEquals(CheckStatus.NOT_EVALUATED, change.status(), change.detail());
            }
        }
    }

    @Test
    void respectivelyClosesAListOfFiguresPairedWithItsPeriodsWhateverPhraseFollows() throws Exception {
        String text = "Interest income for fiscal 2019 and 2018 was $30.2 million and %s, respectively, an increase of $16.9 million.";
        List<CheckOutcome> agreeing = claims(INTEREST, text.formatted("$13.3 million"));
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), agreeing.subList(0, 2).stream().map(CheckOutcome::status).toList(),
                agreeing::toString);
        assertEquals(CheckStatus.FAILED, claimOf(INTEREST, text.formatted("$13.9 million"), "$13.9 million").status());
        // Without "respectively" closing it, the list shares its clause with another figure: which period each is, is not said.
        for (String figure : List.of("$13.3 million", "$13.9 million")) {
            CheckOutcome unclosed = claimOf(INTEREST, "Interest income for fiscal 2019 and 2018 was $30.2 million and " + figure
                    + ", an increase of $16.9 million, respectively.", figure);
            assertEquals(CheckStatus.NOT_EVALUATED, unclosed.status(), unclosed.detail());
        }
    }

    @Test
    void theItemsOfAListASentenceEndingInAColonIntroducesAreOfItsPeriod() throws Exception {
        String intro = "The following are highlights of results for fiscal 2019, compared to fiscal 2018:";
        String item = "\u2022 Interest income was %s, an increase of $16.9 million compared with the prior year.";
        String next = "\u2022 Interest expense was $17.3 million.";
        List<CheckOutcome> agreeing = claims(INTEREST, intro, item.formatted("$30.2 million"), next);
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED, CheckStatus.PASSED), agreeing.stream().map(CheckOutcome::status).toList(),
                agreeing::toString);
        CheckOutcome altered = claims(INTEREST, intro, item.formatted("$30.9 million"), next).get(0);
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        // No colon, no list mark, or a paragraph between that is no item: the paragraph may speak of another period.
        for (String figure : List.of("$30.2 million", "$30.9 million")) {
            for (List<String> text : List.of(List.of(intro.replace(':', '.'), item.formatted(figure)),
                    List.of(intro, item.formatted(figure).substring(2)),
                    List.of(intro, "Interest rates rose.", item.formatted(figure)))) {
                List<CheckOutcome> found = claims(INTEREST, text.toArray(String[]::new));
                CheckOutcome of = found.stream().filter(c -> c.cells().get(0).text().equals(figure)).findFirst().orElseThrow();
                assertEquals(CheckStatus.NOT_EVALUATED, of.status(), text + " " + of.detail());
            }
        }
    }

    @Test
    void aMeasureNamedWithTheHeadingOfADocumentOfOneTableIsOfThatTablesLine() throws Exception {
        String segment = """
                {"id": "t1", "unit": "in millions", "columns": ["Fiscal 2019", "Fiscal 2018"],
                 "rows": [{"label": "Sales", "cells": ["$ 328.8", "$ 207.0"]},
                          {"label": "Operating income (loss)", "cells": ["7.8", "(0.1)"]}]}""";
        String heading = "Cubic Mission Solutions";
        List<CheckOutcome> agreeing = claims(segment, heading, "Sales: CMS sales were $328.8 million in fiscal 2019.",
                "Cubic Mission Solutions had operating income of $7.8 million in fiscal 2019.");
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), agreeing.stream().map(CheckOutcome::status).toList(), agreeing::toString);
        CheckOutcome altered = lastClaim(segment, heading, "CMS sales were $326.8 million in fiscal 2019.");
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        // No heading, a heading the table names in a line (the part beside others), a second table, or one item of the
        // part's: the words name a part of what the table shows, or of something else.
        String byPart = segment.replace("\"Sales\"", "\"Cubic Mission Solutions\"");
        String twoTables = segment + ", " + segment.replace("\"t1\"", "\"t2\"").replace("328.8", "1,496.5");
        for (String figure : List.of("$328.8 million", "$326.8 million")) {
            for (List<String> text : List.of(List.of("CMS sales were " + figure + " in fiscal 2019."),
                    List.of("Cubic Mission Solutions.", "Cubic Mission Solutions sales were " + figure + " in fiscal 2019."),
                    List.of(heading, "Cubic Mission Solutions had a sale of " + figure + " in fiscal 2019."))) {
                CheckOutcome part = lastClaim(segment, text.toArray(String[]::new));
                assertEquals(CheckStatus.NOT_EVALUATED, part.status(), text + " " + part.detail());
            }
            for (String tables : List.of(byPart, twoTables)) {
                CheckOutcome part = lastClaim(tables, heading, "CMS sales were " + figure + " in fiscal 2019.");
                assertEquals(CheckStatus.NOT_EVALUATED, part.status(), tables + " " + part.detail());
            }
        }
    }

    @Test
    void aListTheCompanyStatesAsItsOwnIsPairedWithItsPeriods() throws Exception {
        String capex = """
                {"id": "t1", "unit": "in millions", "columns": ["Fiscal 2011", "Fiscal 2010", "Fiscal 2009"],
                 "rows": [{"label": "Capital expenditures", "cells": ["(21.1)", "(16.9)", "(14.3)"]}]}""";
        String text = "During fiscal 2011, 2010, and 2009, we had capital expenditures of $21.1 million, %s, and $14.3 million, respectively.";
        List<CheckOutcome> agreeing = claims(capex, text.formatted("$16.9 million"));
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED, CheckStatus.PASSED), agreeing.stream().map(CheckOutcome::status).toList(),
                agreeing::toString);
        assertEquals(CheckStatus.FAILED, claimOf(capex, text.formatted("$16.4 million"), "$16.4 million").status());
        assertEquals(CheckStatus.PASSED, claimOf(capex, "The Company recorded capital expenditures of $21.1 million and $16.9 million "
                + "for fiscal 2011 and 2010, respectively.", "$16.9 million").status());
        // An aside after the list narrows the figures to a part; one item of the line is no list of its own; nor is a list
        // of balances as of two dates (claims4: more often of a part of the line of that name).
        for (String figure : List.of("$16.9 million", "$16.4 million")) {
            for (String sentence : List.of(text.formatted(figure).replace("respectively.", "respectively, related to our Bay Area site."),
                    "During fiscal 2011 and 2010, we had a capital expenditure of $21.1 million and " + figure + ", respectively.")) {
                CheckOutcome part = claimOf(capex, sentence, figure);
                assertEquals(CheckStatus.NOT_EVALUATED, part.status(), sentence + " " + part.detail());
            }
            String balances = capex.replace("Fiscal 20", "As of December 31, 20");
            CheckOutcome balance = claimOf(balances, "As of December 31, 2011 and 2010, we had capital expenditures of $21.1 million and "
                    + figure + ", respectively.", figure);
            assertEquals(CheckStatus.NOT_EVALUATED, balance.status(), balance.detail());
        }
    }

    @Test
    void wordsWithACommaNameOnlyALineOfThatVeryName() throws Exception {
        String expenses = """
                {"id": "t1", "unit": "in thousands", "columns": ["Fiscal 2019", "Fiscal 2018"],
                 "rows": [{"label": "Cash and cash equivalents", "cells": ["9,512", "8,804"]},
                          {"label": "Selling, general and administrative expenses", "cells": ["12,317", "11,906"]},
                          {"label": "Total operating expenses", "cells": ["31,208", "29,877"]}]}""";
        String text = "Selling, general and administrative expenses were %s in fiscal 2019.";
        assertEquals(CheckStatus.PASSED, claim(expenses, text.formatted("$12.3 million")).status());
        CheckOutcome altered = claim(expenses, text.formatted("$12.8 million"));
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        // A list, an aside, or a line of the name only with its section: no one line of that name.
        String bySection = expenses.replace("\"Selling, general and administrative expenses\"", "\"Selling, general and administrative\"")
                .replace("{\"label\": \"Cash and", "{\"label\": \"Operating expenses:\"}, {\"label\": \"Cash and");
        for (String figure : List.of("$9.5 million", "$9.9 million")) {
            assertNotEvaluatedWhateverTheFigure(expenses, "Cash, cash equivalents and marketable securities were %s in fiscal 2019.",
                    List.of(figure), "no line");
            assertNotEvaluatedWhateverTheFigure(expenses, "Cash and cash equivalents, which we hold in money market funds, were %s in fiscal 2019.",
                    List.of(figure), "no line");
        }
        assertNotEvaluatedWhateverTheFigure(bySection, "Selling, general and administrative, operating expenses were %s in fiscal 2019.",
                List.of("$12.3 million", "$12.8 million"), "no line");
    }

    @Test
    void aParenthesisAboutEachFigureOfAListLeavesTheListWhole() throws Exception {
        String taxes = """
                {"id": "t1", "unit": "in millions", "columns": ["Three Months Ended June 27, 2025", "Three Months Ended June 28, 2024"],
                 "rows": [{"label": "Income before income taxes", "cells": ["4,797", "3,029"]},
                          {"label": "Income taxes", "cells": ["993", "627"]}]}""";
        String text = "The Company recorded income taxes of $993 million (20.7%% effective tax rate) and %s (20.7%% effective tax rate) "
                + "during the three months ended June 27, 2025 and June 28, 2024, respectively.";
        CheckOutcome c627 = claimOf(taxes, text.formatted("$627 million"), "$627 million"); assertEquals(CheckStatus.PASSED, c627.status(), c627.detail());
        assertEquals(CheckStatus.PASSED, claimOf(taxes, text.formatted("$627 million"), "$993 million").status());
        assertEquals(CheckStatus.FAILED, claimOf(taxes, text.formatted("$637 million"), "$637 million").status());
        // A parenthesis that names a period of its own, or a figure with words of its own after it: no one list.
        for (String figure : List.of("$627 million", "$637 million")) {
            for (String sentence : List.of(text.formatted(figure).replace("(20.7% effective tax rate) and", "(in 2025: 20.7%) and"),
                    text.formatted(figure).replace(") and $", ") and tax payments of $"))) {
                CheckOutcome part = claimOf(taxes, sentence, figure);
                assertEquals(CheckStatus.NOT_EVALUATED, part.status(), sentence + " " + part.detail());
            }
        }
    }

    @Test
    void aLineUnderAHeadingOfPartsAnswersOnlyToItsNameWithTheHeading() throws Exception {
        String costs = """
                {"id": "t1", "unit": "in thousands", "columns": ["Fiscal 2019", "Fiscal 2018"],
                 "rows": [{"label": "Cost of revenue:"},
                          {"label": "Maintenance", "cells": ["16,499", "14,783"]},
                          {"label": "Services", "cells": ["243,053", "246,548"]},
                          {"label": "Total cost of revenue", "cells": ["259,552", "261,331"]},
                          {"label": "Stock-based compensation included in:"},
                          {"label": "Cost of maintenance revenue", "cells": ["1,820", "1,886"]},
                          {"label": "Cost of services revenue", "cells": ["22,781", "21,856"]},
                          {"label": "Total", "cells": ["24,601", "23,742"]}]}""";
        // The heading's name and the line's together name the part.
        String part = "Stock-based compensation included in cost of maintenance revenue was %s in fiscal 2019.";
        assertEquals(CheckStatus.PASSED, claim(costs, part.formatted("$1.8 million")).status());
        CheckOutcome altered = claim(costs, part.formatted("$2.3 million"));
        assertEquals(CheckStatus.FAILED, altered.status(), altered.detail());
        // The line's bare name is the cost, not the compensation in it: no line of the table states the cost by that name.
        assertNotEvaluatedWhateverTheFigure(costs, "Cost of maintenance revenue increased by %s in fiscal 2019.",
                List.of("$1.7 million", "$0.1 million"), "no line");
        assertNotEvaluatedWhateverTheFigure(costs, "Cost of maintenance revenue was %s in fiscal 2019.",
                List.of("$1.8 million", "$16.5 million"), "no line");
    }

    @Test
    void aChangeFromOneFigureToAnotherRunsFromTheFirstsPeriodToTheSeconds() throws Exception {
        tiesAndCatches("Interest income increased by %s from $13.3 million in fiscal 2018 to $30.2 million in fiscal 2019.",
                "$16.9 million", "$17.6 million");
        tiesAndCatches("Interest income increased by %s from $13.3 million in fiscal 2018 to $30.2 million in fiscal 2019.", "127.3%", "129.3%");
        // The same period twice, periods of two kinds, or a figure after the second end: which change is meant is not said.
        staysNotEvaluated(List.of("Interest income increased by %s from $13.3 million in fiscal 2019 to $30.2 million in fiscal 2019.",
                "Interest income increased by %s from $13.3 million in fiscal 2018 to $30.2 million in the fourth quarter of fiscal 2019.",
                "Interest income increased by %s from $13.3 million in fiscal 2018 to $30.2 million in fiscal 2019 and interest expense was $17.3 million."),
                "$16.9 million", "$17.6 million");
    }

    @Test
    void aChangeStatedBesideItsRoundedEndsIsTheChangeOfTheEndsAsStated() throws Exception {
        String licensing = """
                {"id": "t1", "unit": "in thousands", "columns": ["Fiscal 2019", "Fiscal 2018"],
                 "rows": [{"label": "Licensing revenue", "cells": ["1,451", "1,149"]},
                          {"label": "Services revenue", "cells": ["20,310", "18,977"]}]}""";
        // 1,149 and 1,451 are $1.1 million and $1.5 million as the text rounds them: it computed the change from those.
        String text = "Licensing revenue increased by %s from $1.1 million in fiscal 2018 to $1.5 million in fiscal 2019.";
        CheckOutcome stated = claimOf(licensing, text.formatted("$0.4 million"), "$0.4 million");
        assertEquals(CheckStatus.PASSED, stated.status(), stated.detail());
        for (String altered : List.of("$0.6 million", "$0.2 million")) {
            CheckOutcome wrong = claimOf(licensing, text.formatted(altered), altered);
            assertEquals(CheckStatus.FAILED, wrong.status(), wrong.detail());
        }
        // Stated before the change, the ends are of the measure said before "increased from", each in its own period, and the
        // change runs from the first's period to the second's.
        String before = "Licensing revenue increased from %s in fiscal 2018 to $1.5 million in fiscal 2019, an increase of %s.";
        assertEquals(CheckStatus.PASSED, claimOf(licensing, before.formatted("$1.1 million", "$0.4 million"), "$1.1 million").status());
        assertEquals(CheckStatus.PASSED, claimOf(licensing, before.formatted("$1.1 million", "$0.4 million"), "$0.4 million").status());
        assertEquals(CheckStatus.FAILED, claimOf(licensing, before.formatted("$1.3 million", "$0.4 million"), "$1.3 million").status());
        assertEquals(CheckStatus.FAILED, claimOf(licensing, before.formatted("$1.1 million", "$0.6 million"), "$0.6 million").status());
        // Words before "from" that state no change name no measure for it; nor do they where the ends are not each named with
        // a period of its own (the first end is then of no period the sentence gives it).
        for (String figure : List.of("$1.1 million", "$1.3 million")) {
            for (String sentence : List.of("Licensing revenue moved from %s in fiscal 2018 to $1.5 million in fiscal 2019.",
                    "Licensing revenue increased from %s to $1.5 million in fiscal 2019 compared to fiscal 2018.",
                    "Licensing revenue increased from %s to $1.5 million in fiscal 2019.")) {
                CheckOutcome moved = claimOf(licensing, sentence.formatted(figure), figure);
                assertEquals(CheckStatus.NOT_EVALUATED, moved.status(), sentence + " " + moved.detail());
            }
        }
        // Ends that do not agree with their cells give the change no room: it is the cells' own.
        CheckOutcome disagreeing = claimOf(licensing, "Licensing revenue increased by $0.5 million from $1.0 million in fiscal 2018 "
                + "to $1.5 million in fiscal 2019.", "$0.5 million");
        assertEquals(CheckStatus.FAILED, disagreeing.status(), disagreeing.detail());
    }

    /** The claim, stated with each of the figures (one agreeing, one not), is not evaluated, for the reason given. */
    private void assertNotEvaluatedWhateverTheFigure(String tables, String sentence, List<String> figures, String reason)
            throws Exception {
        for (String figure : figures) {
            CheckOutcome claim = claim(tables, sentence.formatted(figure));
            assertEquals(CheckStatus.NOT_EVALUATED, claim.status(), claim.detail());
            assertTrue(claim.detail().contains(reason), claim.detail());
        }
    }

    @Test
    void aClaimUnderTheHeadingOfAPartTheColumnsShowTiesToThatPartsColumnsOnly() throws Exception {
        // Sears' second-quarter release of 2004: under "Domestic", the domestic segment's sales, which the segment table
        // shows beside Sears Canada's and the consolidated ones; the consolidated statement states the company's.
        String consolidated = """
                {"id": "income", "title": "Consolidated income", "unit": "in millions",
                 "columns": ["Second quarter 2004", "Second quarter 2003"],
                 "rows": [{"label": "Merchandise sales and services", "cells": ["8,778", "8,851"]}]}""";
        String segments = """
                {"id": "segments", "title": "Segment income statements", "unit": "in millions",
                 "columns": ["Domestic Second quarter 2004", "Domestic Second quarter 2003",
                             "Sears Canada Second quarter 2004", "Sears Canada Second quarter 2003"],
                 "rows": [{"label": "Merchandise sales and services", "cells": ["7,680", "7,893", "1,098", "958"]}]}""";
        String text = "Merchandise sales and services were $%s billion in the second quarter of 2003.";
        CheckOutcome domestic = lastClaim(consolidated + "," + segments, "Domestic", text.formatted("7.9"));
        assertEquals(CheckStatus.PASSED, domestic.status(), domestic.detail());
        assertEquals("Domestic Second quarter 2003", domestic.column());
        CheckOutcome misread = lastClaim(consolidated + "," + segments, "Domestic", text.formatted("7.4"));
        assertEquals(CheckStatus.FAILED, misread.status(), misread.detail());
        assertEquals("Domestic Second quarter 2003", misread.column());
        // Where no column shows the part, the tables say nothing of it apart: no part, and the claim is the company's.
        assertEquals(CheckStatus.PASSED, lastClaim(consolidated, "Domestic", text.formatted("8.9")).status());
        // A heading that names the claim's own measure is no part, though a column of that measure may name it: the
        // claim reads as under no heading.
        String byMeasure = segments.replace("Domestic Second", "Merchandise sales and services Second");
        CheckOutcome measureHeading = lastClaim(consolidated + "," + byMeasure, "Merchandise sales and services", text.formatted("8.9"));
        CheckOutcome noHeading = lastClaim(consolidated + "," + byMeasure, text.formatted("8.9"));
        assertEquals(noHeading.status(), measureHeading.status(), measureHeading.detail());
        assertEquals(noHeading.detail(), measureHeading.detail());
    }
}
