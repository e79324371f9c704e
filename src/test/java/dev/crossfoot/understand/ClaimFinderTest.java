package dev.crossfoot.understand;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Paragraph;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClaimFinderTest {

    private static List<Claim> claims(String... paragraphs) {
        List<Paragraph> read = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            read.add(Paragraph.at(paragraphs[i], Location.ofFragment("t.json", "/paragraphs/" + i)));
        }
        return ClaimFinder.builtIn().find(new Document("d", "", "", "", "t.json", List.of(), read));
    }

    private static List<String> described(String... paragraphs) {
        return claims(paragraphs).stream().map(Claim::describe).toList();
    }

    @Test
    void aValueWithItsScaleMeasureAndPeriod() {
        Claim claim = claims("Revenue for the third quarter of fiscal 2011 was $66.4 million.").get(0);
        assertEquals("Revenue", claim.measure());
        assertEquals(Claim.Kind.VALUE, claim.kind());
        assertEquals(ClaimPeriod.quarter(3, 2011, "third quarter of fiscal 2011"), claim.period());
        assertEquals("66.35", claim.figure().interval().low().movePointLeft(6).stripTrailingZeros().toPlainString());
        assertEquals("66.45", claim.figure().interval().high().movePointLeft(6).stripTrailingZeros().toPlainString());
        assertTrue(claim.plain());
    }

    @Test
    void aColonEndsARunInHeadingAndTheWordsAfterItNameTheMeasure() {
        List<Claim> sales = claims("Sales: CMS sales increased 59% to $328.8 million in fiscal 2019 compared to $207.0 million in 2018.");
        assertEquals(List.of("CMS sales 59% (increase, fiscal 2019, from fiscal 2018)", "CMS sales $328.8 million (value, fiscal 2019)",
                "CMS sales $207.0 million (value, fiscal 2018)"), sales.stream().map(Claim::describe).toList());
        assertTrue(sales.stream().allMatch(Claim::plain));
        assertEquals("Cost of revenue", claims("Key changes in expenses were: • Cost of revenue increased $4.1 billion or 12% in "
                + "fiscal 2018.").get(0).measure());
        // A colon with nothing after it before the figure leaves the heading as the measure; words with commas after it are
        // kept whole, a list or the name of a line with commas (which only a line of that very name states: ClaimTiesTest).
        assertEquals("Net sales", claims("Net sales: $5.0 million in fiscal 2019.").get(0).measure());
        Claim list = claims("Sales: domestic, international and other sales were $5.0 million in fiscal 2019.").get(0);
        assertEquals("domestic, international and other sales", list.measure());
    }

    @Test
    void aDollarOfAnotherCountryIsMoneyAndNoPartOfTheMeasure() {
        assertEquals(List.of("Net cash outflow for financing activities S$3.06 billion (value, period not stated)"),
                described("Net cash outflow for financing activities amounted to S$3.06 billion."));
        assertEquals(List.of("Capital investments in mobile networks A$633 million (value, period not stated)"),
                described("Capital investments in mobile networks amounted to A$633 million."));
        assertEquals(List.of("Revenue US$1.2 billion (value, fiscal 2019)"), described("Revenue was US$1.2 billion in fiscal 2019."));
        // A figure that only follows a word ("costs$5 million", a lost space) takes no letters of it.
        assertEquals(List.of("Other costs $5 million (value, fiscal 2019)"), described("Other costs were$5 million in fiscal 2019."));
    }

    @Test
    void aListOfFiguresTakesTheListOfPeriodsInOrder() {
        List<Claim> cash = claims("Net cash provided by operating activities was $36.4 billion, $35.7 billion and $28.8 billion "
                + "for fiscal 2025, 2024 and 2023, respectively.");
        assertEquals(List.of(
                "Net cash provided by operating activities $36.4 billion (value, fiscal 2025)",
                "Net cash provided by operating activities $35.7 billion (value, fiscal 2024)",
                "Net cash provided by operating activities $28.8 billion (value, fiscal 2023)"),
                cash.stream().map(Claim::describe).toList());
        assertTrue(cash.stream().allMatch(Claim::plain));
        // Balances as of two dates are left unpaired: more often of a part of the line of their name.
        assertFalse(claims("Cash and cash equivalents were $9.0 billion and $9.9 billion as of January 31, 2025 and 2024, respectively.")
                .stream().anyMatch(Claim::plain));
        // "X of $A and $B … may not be transferable": no linking verb, a part of X; nothing paired.
        assertFalse(claims("Cash and cash equivalents of $3.3 billion and $3.5 billion for fiscal 2025 and 2024, respectively, "
                + "may not be freely transferable to the U.S.").stream().anyMatch(Claim::plain));
        assertEquals(List.of(
                "Net cash provided by operating activities $6,805 million (value, 12 months ended 2024-12-31)",
                "Net cash provided by operating activities $11,599 million (value, 12 months ended 2023-12-31)"),
                described("Net cash provided by operating activities for the years ended December 31, 2024 and 2023 was "
                        + "$6,805 million and $11,599 million, respectively."));
        assertEquals(List.of(
                "Interest expense $3.2 billion (value, fiscal 2023)",
                "Interest expense $2.4 billion (value, fiscal 2024)"),
                described("Interest expense was $3.2 billion and $2.4 billion in 2023 and 2024."));
        // Two figures, three years: no pairing, and "respectively" leaves them not plain.
        assertFalse(claims("Revenue was $5.0 million and $4.0 million in 2025, 2024 and 2023, respectively.").stream()
                .anyMatch(Claim::plain));
    }

    @Test
    void comparisonsOpenAClauseOfTheirOwnPeriodAndKeepTheMeasure() {
        assertEquals(List.of(
                "Revenue $66.4 million (value, quarter 3 of fiscal 2011)",
                "Revenue $51.8 million (value, quarter 2 of fiscal 2011)",
                "Revenue $42.7 million (value, quarter 3 of fiscal 2010)"),
                described("Revenue for the third quarter of fiscal 2011 was $66.4 million, compared to $51.8 million in the "
                        + "second quarter of fiscal 2011 and $42.7 million in the third quarter of fiscal 2010."));
        assertTrue(claims("Revenue for the third quarter of fiscal 2011 was $66.4 million, compared to $51.8 million in the "
                + "second quarter of fiscal 2011 and $42.7 million in the third quarter of fiscal 2010.").stream().allMatch(Claim::plain));
    }

    @Test
    void perShareFiguresBelongToTheFigureBeforeThem() {
        assertEquals(List.of(
                "GAAP net income $1.9 million (value, quarter 3 of fiscal 2011)",
                "GAAP net income per share diluted $0.01 (value, quarter 3 of fiscal 2011)",
                "net loss $5.9 million (value, quarter 2 of fiscal 2011)",
                "net loss per share $0.02 (value, quarter 2 of fiscal 2011)"),
                described("GAAP net income for the third quarter of fiscal 2011 was $1.9 million, or $0.01 per diluted share, "
                        + "compared to a net loss of $5.9 million, or $0.02 per share, in the second quarter of 2011."));
    }

    @Test
    void anAdjustedMeasureStaysAdjustedInItsComparison() {
        List<Claim> found = claims("Non-GAAP net income for the third quarter of fiscal 2011 was $4.1 million, compared to a "
                + "net loss of $3.6 million for the second quarter of fiscal 2011.");
        assertEquals("non-GAAP net loss", found.get(1).measure());
    }

    @Test
    void rangesBoundsApproximationsAndYearsFromTheContext() {
        assertEquals(List.of(
                "Total company revenue $70 million to $74 million (range, quarter 4 of fiscal 2011)",
                "Total company revenue $255 million to $259 million (range, fiscal 2011)",
                "GAAP gross margins 62% to 63% (range, quarter 4 of fiscal 2011)",
                "Gross margins 58 to 62% (range, quarter 4 of fiscal 2011 from the context)",
                "Cash $390 million (lower bound, quarter 4 of fiscal 2011 from the context)",
                "cash and investments $385 million (approximation, quarter 4 of fiscal 2011 from the context)"),
                described("For the fourth quarter and fiscal 2011, management provides the following outlook:",
                        "Total company revenue of $70 million to $74 million for the fourth quarter and $255 million to "
                                + "$259 million for the full year",
                        "GAAP gross margins between 62% and 63% for the fourth quarter.",
                        "Gross margins are expected to be 58-62%. Cash was in excess of $390 million; cash and investments of approximately $385 million"));
    }

    @Test
    void aChangeIsOfTheMainPeriodFromTheComparedOne() {
        Claim change = claims("Revenue increased 5% to $1,496.5 million in 2019 from $1,202.9 million in 2018.").get(0);
        assertEquals(Claim.Kind.INCREASE, change.kind());
        assertEquals(Quantity.Unit.PERCENT, change.figure().unit());
        assertEquals(Integer.valueOf(2019), change.period().fiscalYear());
        assertEquals(Integer.valueOf(2018), change.comparedWith().fiscalYear());
    }

    @Test
    void periodsEndingOnADateAndInstants() {
        List<Claim> found = claims("Net sales for the nine months ended September 30, 2011 were $185.4 million. "
                + "Cash was $76.3 million as of September 30, 2011.");
        assertEquals(ClaimPeriod.Type.ENDED, found.get(0).period().type());
        assertEquals(9, found.get(0).period().months());
        assertEquals(LocalDate.of(2011, 9, 30), found.get(0).period().end());
        assertEquals(ClaimPeriod.Type.INSTANT, found.get(1).period().type());
    }

    @Test
    void countsYearsAndPhoneNumbersAreNoClaims() {
        assertTrue(claims("Sonus added eight new customers in 2011, with customers in over 50 countries; call 800-931-6361.").isEmpty());
    }

    @Test
    void aHeadingGivesThePeriodOfWhatFollowsButAnEarlierSentenceOnlyAnUnplainOne() {
        List<Claim> underHeading = claims("Results for the quarter ended September 30, 2011.", "Third Quarter Highlights",
                "Total revenue was $66.4 million");
        assertTrue(underHeading.get(0).plain());
        assertFalse(underHeading.get(0).periodStated());
        List<Claim> afterSentence = claims("Results for the quarter ended September 30, 2011 were strong.", "Total revenue was $66.4 million");
        assertFalse(afterSentence.get(0).plain());
    }

    @Test
    void aSentenceSubjectSpeaksOfTheOnePeriodTheSentenceBeforeItInItsParagraphNamed() {
        List<Claim> found = claims("For fiscal 2019, net sales were $9.5 billion. Gross profit was $2.1 billion, an increase of 7%. "
                + "Operating income was $0.8 billion.");
        for (Claim carried : found.subList(1, 4)) {
            assertTrue(carried.plain(), carried::describe);
            assertFalse(carried.periodStated());
            assertEquals(Integer.valueOf(2019), carried.period().fiscalYear());
        }
        assertEquals(Integer.valueOf(2018), found.get(2).comparedWith().fiscalYear());
        // A sentence naming a period only relative to the one before ("over the prior year") has not moved the text on.
        List<Claim> afterChange = claims("For fiscal 2019, net sales were $9.5 billion. Net sales increased 7% over the prior year. "
                + "Gross profit was $2.1 billion.");
        assertTrue(afterChange.get(2).plain(), afterChange.get(2)::describe);
        assertEquals(Integer.valueOf(2019), afterChange.get(2).period().fiscalYear());
    }

    @Test
    void aSentenceSubjectSpeaksOfThePeriodOfTheParagraphBeforeWhereItStatedItsOwnSubjectsFigureOfIt() {
        List<Claim> found = claims("For fiscal 2019, net sales were $9.5 billion.", "Gross profit was $2.1 billion.");
        assertTrue(found.get(1).plain(), found.get(1)::describe);
        assertFalse(found.get(1).periodStated());
        assertEquals(Integer.valueOf(2019), found.get(1).period().fiscalYear());
    }

    @Test
    void aPeriodOfASentenceBeforeIsNotPlainAfterAParagraphOfNoFigureOfItNorForAFigureNotTheSubjectNorAfterTwoPeriods() {
        String gross = "Gross profit was $2.1 billion.";
        List<List<Claim>> texts = List.of(
                claims("Sales in fiscal 2019 grew on the strength of the new stores we opened.", gross),
                claims("In fiscal 2019 and 2018, net sales were $9.5 billion and $9.0 billion, respectively. " + gross),
                claims("Net sales grew from $9.0 billion in fiscal 2018. " + gross),
                claims("For fiscal 2019, net sales were $9.5 billion. Gross profit was $2.1 billion, compared to $1.9 billion in fiscal 2017."),
                claims("For fiscal 2019, net sales were $9.5 billion. Net sales of Asia were $1.0 billion and gross profit was $2.1 billion."));
        for (List<Claim> found : texts) {
            Claim gp = found.stream().filter(c -> c.figure().text().equals("$2.1 billion")).findFirst().orElseThrow();
            assertEquals(Claim.Plainness.PERIOD_FROM_SENTENCE_BEFORE, gp.plainness(), gp::describe);
        }
    }

    @Test
    void respectivelyWithoutAListOfPeriodsAsLongIsNeverPlain() {
        // "respectively" pairs the figures with measures here, not with periods.
        List<Claim> found = claims("Revenue and gross profit were $5.0 million and $2.0 million, respectively, in 2025.");
        assertTrue(found.stream().noneMatch(Claim::plain));
    }

    @Test
    void aSentenceWithoutAPeriodHasNone() {
        assertNull(claims("The purchase price included an initial payment of $2.0 million.").get(0).period());
    }

    @Test
    void aSentenceOfATextFileIsLocatedByLineAndColumn() {
        Paragraph paragraph = new Paragraph("Total revenue was $66.4 million and more text", List.of(
                new Paragraph.LineStart(0, new Location("r.txt", 7, 3, null)),
                new Paragraph.LineStart(18, new Location("r.txt", 8, 1, null))));
        Claim claim = ClaimFinder.builtIn().find(new Document("d", "", "", "", "r.txt", List.of(), List.of(paragraph))).get(0);
        assertEquals("r.txt:8:1", claim.location().toString());
    }

    @Test
    void aChangeRestatedAsAPercentageIsTheSameChange() {
        assertEquals(List.of(
                "Revenue $15.5 billion (increase, fiscal 2019 from the context, from fiscal 2018)",
                "Revenue 14% (increase, fiscal 2019 from the context, from fiscal 2018)"),
                described("Fiscal Year 2019 Compared with Fiscal Year 2018", "Revenue increased $15.5 billion or 14%, driven by growth."));
    }

    @Test
    void aHeadingsPeriodReachesPastTheHeadingOfAPart() {
        List<Claim> found = claims("Fiscal 2019 compared to Fiscal 2018", "Net Sales", "Net sales increased $1.6 billion.");
        assertEquals(ClaimPeriod.fiscalYear(2019, "Fiscal 2019"), found.get(0).period());
        assertEquals(2018, found.get(0).comparedWith().fiscalYear());
        assertTrue(found.get(0).plain());
    }

    @Test
    void aChangeToAFigureIsNoRange() {
        assertEquals(List.of(
                "Working capital $0.4 million (increase, fiscal 2019, from fiscal 2018)",
                "Working capital $12.3 million (value, fiscal 2019)"),
                described("Working capital increased $0.4 million to $12.3 million in fiscal 2019."));
    }

    @Test
    void aYearsChangeWithNoOtherPeriodNamedIsFromTheYearBefore() {
        Claim claim = claims("Interest income increased $16.9 million in fiscal 2019.").get(0);
        assertEquals(2018, claim.comparedWith().fiscalYear());
        assertTrue(claim.plain());
        // A quarter's change may be from the quarter before or the year before: the text must say.
        assertNull(claims("Interest income increased $16.9 million in the third quarter of fiscal 2019.").get(0).comparedWith());
    }

    @Test
    void theSamePeriodAYearBeforeIsPlacedBesideTheSentencesOwn() {
        assertEquals(List.of("Interest expense $10.9 million (increase, fiscal 2019, from fiscal 2018)"),
                described("Interest expense increased $10.9 million in fiscal year 2019, compared to the same period a year ago."));
        assertEquals(List.of("BCE depreciation $865 million (value, quarter 4 of fiscal 2019)",
                        "BCE depreciation $66 million (increase, quarter 4 of fiscal 2019, from quarter 4 of fiscal 2018)"),
                described("BCE depreciation of $865\u00a0million in Q4\u00a02019 increased by $66\u00a0million, year over year, mainly due to "
                        + "the adoption of IFRS 16."));
        assertEquals(List.of("capital intensity ratio 18.3% (value, quarter 4 of fiscal 2019)",
                        "capital intensity ratio 15.7% (value, quarter 4 of fiscal 2018)"),
                described("The capital intensity ratio was 18.3% in Q4 2019 compared to 15.7% last year."));
        assertFalse(claims("Revenue grew 5% compared to the same period last year.").get(0).period() != null
                && claims("Revenue grew 5% compared to the same period last year.").get(0).period().placed());
    }

    @Test
    void aPeriodOfTheYearBeforeNamedInPassingDoesNotMoveTheTextToThatYear() {
        // Oracle's release for the fourth quarter of fiscal 2014: "last year's Q4" speaks of one figure of the
        // year before; the sentences after it, "Q4" alone, are still of fiscal 2014.
        List<String> said = described("Oracle Corporation today announced that fiscal 2014 Q4 total revenues were up 3% to $11.3 "
                + "billion. As a result of these two factors, Q4 GAAP earnings per share were unchanged at $0.80 compared with last "
                + "year, while GAAP operating income was down 2% to $4.9 billion. Q4 GAAP operating margin was 43% in the quarter.");
        assertEquals("GAAP operating margin 43% (value, quarter 4 of fiscal 2014)", said.get(said.size() - 1), said::toString);
    }

    @Test
    void anItemOfAListStartsItsOwnMeasure() {
        assertEquals("revenues", claims("Subject to completion of its fiscal 2007 audited financial statements, the Registrant "
                + "anticipates that: (1) the revenues for the year ended December 31, 2007 are expected to be $320.3 million.")
                .get(0).measure());
    }

    @Test
    void aHeadingRunIntoItsSentenceNamesTheMeasureOnce() {
        assertEquals("Net sales", claims("Net Sales Net sales for 2019 were $93,662.").get(0).measure());
    }

    @Test
    void theFigureAPlainChangeCameToIsPlain() {
        List<Claim> found = claims("Selling expenses decreased by $2,415 or 17.9% to $11,062 during the year ended December 31, 2019 "
                + "compared to $13,477 during the year ended December 31, 2018.");
        assertEquals("Selling expenses $11,062 (value, 12 months ended 2019-12-31)", found.get(2).describe());
        assertTrue(found.get(0).plain());
        assertTrue(found.get(2).plain());
    }

    @Test
    void aHeadingRunIntoTheSentenceThatGoesOnFromItNamesTheMeasureOnce() {
        assertEquals("Gross profit as a percentage of net sales", claims(
                "Gross Profit Gross profit as a percentage of net sales was 23.6% during the year ended December 31, 2019.").get(0).measure());
        assertEquals("Net sales", claims("Net Sales Net sales were $93,662 for the year ended December 31, 2019.").get(0).measure());
    }

    @Test
    void aParenthesisJustAfterAPeriodSpeaksOfThePeriod() {
        Claim pinnacle = claims("Pinnacle Foods net sales for fiscal 2019 (reflecting 213 days of Conagra Brands ownership) "
                + "were $1.73 billion.").get(0);
        assertEquals("Pinnacle Foods net sales", pinnacle.measure());
        assertTrue(pinnacle.plain());
        // A parenthesis followed by the measure's own words leaves those words the measure.
        assertEquals("net sales of Pinnacle Foods", claims("In fiscal 2019 (52 weeks), the net sales of Pinnacle Foods were "
                + "$1.73 billion.").get(0).measure());
    }
}
