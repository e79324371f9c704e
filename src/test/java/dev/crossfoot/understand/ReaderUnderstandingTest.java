package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.RowRole;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The understand-stage changes real layouts needed, one example each. */
class ReaderUnderstandingTest {

    @Test
    void periodsFromHeadersSpreadOverRowsAndSplitMonthNames() {
        PeriodParser parser = new PeriodParser();
        assertEquals(new Period(false, LocalDate.of(2011, 9, 30), 9, null), parser.parse("Nine months ended Sejptember 30, 2011"));
        assertEquals(new Period(true, LocalDate.of(2011, 9, 30), 0, null), parser.parse("S eptember 30, 2011".replace("S e", "Se")));
        assertEquals(new Period(false, LocalDate.of(2010, 9, 30), 9, null), parser.parse("Nine months ended tember 30, 2010"));
        assertEquals(new Period(false, LocalDate.of(2025, 6, 28), 3, null), parser.parse("Three Months Ended June 28, 2025"));
        assertEquals(new Period(false, LocalDate.of(2024, 12, 31), 12, null), parser.parse("Year Ended December 31, 2024"));
        assertEquals(new Period(false, null, 12, null), parser.parse("Fiscal 2011"));
        assertEquals("november", PeriodParser.repairMonths("ovember"));
        assertEquals("ember", PeriodParser.repairMonths("ember"));
    }

    @Test
    void anUnderscoreIsTheDashOfPdfExtractions() {
        assertInstanceOf(CellValue.Nil.class, new NumberParser().parse("_"));
        assertInstanceOf(CellValue.Nil.class, new NumberParser().parse("$ _"));
    }

    @Test
    void sharesUsedToComputePerShareAmountsAreShares() {
        MeasureClassifier measures = new MeasureClassifier();
        assertEquals(Measure.SHARES, measures.classify("Shares used to compute loss per share *", List.of(), List.of()));
        assertEquals(Measure.PER_SHARE, measures.classify("GAAP loss per share", List.of(), List.of()));
        // An XBRL rendering names a count after its element: the cost or the issue is what it counts shares of.
        assertEquals(Measure.SHARES, measures.classify("Treasury stock at cost, shares", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Common stock, shares issued (in shares)", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Common Stock, Shares, Issued", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Treasury stock, at cost", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Proceeds from issuance of shares", List.of(), List.of()));
    }

    @Test
    void figuresALabelQuotesForTheTermsOfItsLineDoNotMakeItAPerShareOrShareCountLine() {
        MeasureClassifier measures = new MeasureClassifier();
        // The line states the stock, the dividends or the treasury stock in money; the rate per share or the
        // number of shares in the label describes them.
        assertEquals(Measure.MONEY, measures.classify("Common stock (par value $1 per share; 2009 and 2008 - 249,455,584 shares)", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Cash dividends declared ($0.12 in 2009 and $0.10 in 2008 per share)", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Dividends (10 cents per share)", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Common dividends declared (per share: $0.04; $0.04)", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Treasury stock (2009 - 39,373,898 shares; 2008 - 40,120,957 shares)", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Preferred stock, 1.5 million shares authorized", List.of(), List.of()));
        // What the rest of the label says still decides: a rate without a quoted amount, a count named as one.
        assertEquals(Measure.PER_SHARE, measures.classify("Cash dividends declared per common share", List.of(), List.of()));
        assertEquals(Measure.PER_SHARE, measures.classify("Dividends declared per share ($0.10 regular, $0.50 special)", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Shares outstanding at end of period (100,000,000 shares authorized)", List.of(), List.of()));
        // In every language of the lexicon.
        assertEquals(Measure.MONEY, measures.classify("Dividende (0,50 € je Aktie)", List.of(), List.of()));
        assertEquals(Measure.PER_SHARE, measures.classify("Dividende je Aktie", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Gezeichnetes Kapital (1.000.000 Stückaktien)", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Dividendes versés (1,20 € par action)", List.of(), List.of()));
        assertEquals(Measure.PER_SHARE, measures.classify("Dividende par action", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Capital social (10 000 000 actions ordinaires)", List.of(), List.of()));
        // A label that quotes terms names an instrument, whose amount it states: "shares" there is the
        // instrument, not a count. Words that always count still count.
        assertEquals(Measure.MONEY, measures.classify("Common shares held in treasury, 5,726,732 and 4,882,081 shares, at June 26, "
                + "2009 and September 26, 2008, respectively", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Common shares held in treasury", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Number of shares repurchased (at $12.50 per share)", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Ausstehende Aktien (ohne 1.000 eigene Aktien)", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Nombre d'actions (dont 1 000 actions propres)", List.of(), List.of()));
        // Shares that own the amount are not counted by it.
        assertEquals(Measure.MONEY, measures.classify("Net earnings attributable to common shares", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Income available to common shares", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Auf Stammaktien entfallendes Ergebnis", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Résultat attribuable aux actions ordinaires", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Weighted average shares attributable to common stockholders", List.of(), List.of()));
        // A year, a series or a class is not a number of shares.
        assertEquals(Measure.SHARES, measures.classify("Vesting of 2009 restricted shares", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Conversion of series 2 to series 1 common shares", List.of(), List.of()));
    }

    @Test
    void aLabelNamingAClassOfSharesAloneIsTheInstrumentsAmount() {
        MeasureClassifier measures = new MeasureClassifier();
        // The equity line of an IFRS or Canadian balance sheet, the treasury shares at cost: amounts, as "Common stock" is.
        for (String label : List.of("Common shares", "Treasury shares", "Class A common shares", "Cumulative preferred shares (Note 8)",
                "Common Shares ($1.10 per share)", "Preferred shares, Series B", "Eigene Aktien", "Vorzugsaktien", "Actions ordinaires",
                "Actions propres", "Registered shares", "Bearer shares")) {
            assertEquals(Measure.MONEY, measures.classify(label, List.of(), List.of()), label);
        }
        // A count says what it counts, or stands under a header of counts.
        for (String label : List.of("Common shares outstanding", "Weighted average common shares", "Diluted common shares",
                "Number of common shares", "Common shares, shares issued", "Anzahl der Aktien", "Nombre d'actions ordinaires")) {
            assertEquals(Measure.SHARES, measures.classify(label, List.of(), List.of()), label);
        }
        assertEquals(Measure.SHARES, measures.classify("Common shares", List.of("Shares outstanding"), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Preferred shares", List.of("Weighted average number of shares"), List.of()));
    }

    @Test
    void aMarginLineOfAmountsBesideAColumnOfPercentageChangesIsMoney() {
        MeasureClassifier measures = new MeasureClassifier();
        NumberParser numbers = new NumberParser();
        List<String> headers = List.of("2019", "2018", "Percentage Change 2019 Versus 2018");
        java.util.function.IntPredicate ratioColumn = c -> Lexicon.current().matches(Cue.RATIO_COLUMN, headers.get(c));
        List<CellValue> grossMargin = List.of(numbers.parse("82,933"), numbers.parse("72,007"), numbers.parse("15%"));
        assertEquals(Measure.MONEY, measures.classify("Gross margin", List.of(), grossMargin, ratioColumn));
        // A margin stated in percentages in its own columns stays a percentage line, whatever the columns beside them hold.
        List<CellValue> marginPercentage = List.of(numbers.parse("65.9%"), numbers.parse("65.2"), numbers.parse("1%"));
        assertEquals(Measure.PERCENT, measures.classify("Gross margin percentage", List.of(), marginPercentage, ratioColumn));
        // A label that says "%" itself is a percentage line by any percentage, in a ratio column or not.
        List<CellValue> operatingRatio = List.of(numbers.parse("59.0"), numbers.parse("60.0"), numbers.parse("(1.0)%"));
        assertEquals(Measure.PERCENT, measures.classify("Operating ratio (%)", List.of(), operatingRatio, ratioColumn));
        // Without the ratio column's header, a percentage in the line still says the margin is one.
        assertEquals(Measure.PERCENT, measures.classify("Gross margin", List.of(), grossMargin));
    }

    private static List<Hierarchy.Place> places(String... labels) {
        List<Hierarchy.Line> lines = new java.util.ArrayList<>();
        for (String label : labels) {
            boolean header = label.startsWith("!");
            lines.add(new Hierarchy.Line(header ? label.substring(1) : label, !header, null));
        }
        return new Hierarchy().places(lines);
    }

    @Test
    void labelOnlySubtotalsNestTheirLines() {
        List<Hierarchy.Place> places = places("!Stock-based compensation", "Cost of revenue - product", "Cost of revenue - service",
                "Cost of revenue", "Research and development expense", "Sales and marketing expense",
                "General and administrative expense", "Operating expense", "Total stock-based compensation");
        assertEquals(List.of(0, 2, 2, 1, 2, 2, 2, 1, 1), places.stream().map(Hierarchy.Place::level).toList());
        assertEquals(RowRole.TOTAL, places.get(8).role());
    }

    @Test
    void anActivitySectionStaysOpenAcrossItsSubsectionsUntilItsNetCashTotal() {
        List<Hierarchy.Place> places = places("!Cash flows from operating activities:", "Net loss",
                "!Adjustments to reconcile net loss to net cash used in operating activities:", "Depreciation",
                "!Changes in operating assets and liabilities:", "Accounts receivable",
                "Net cash used in operating activities");
        assertEquals(List.of(0, 1, 1, 2, 1, 2, 1), places.stream().map(Hierarchy.Place::level).toList());
    }
}
