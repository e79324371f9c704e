package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.JsonReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * What an HTML filing's lines naming a stock, its shares or its par value measure, read without the data set's
 * measures: the SEC data sets' tuning half read otherwise "Common stock, par value" of 0.01 (an amount per share),
 * the counts of a parenthetical balance sheet ("Common stock, issued"), and shares a balance sheet or a statement
 * of cash flows names as instruments ("Unearned ESOP shares", "Payment for treasury shares").
 */
@DisplayName("measures of shares and terms: par values per share, counts in a table of terms, shares as instruments in statements of amounts")
class MeasuresOfSharesAndTermsTest {

    private static StatementTable analyzed(String title, String rows) {
        String json = """
            {"crossfoot": 1, "tables": [{"title": "%s", "unit": "in thousands, except per share amounts",
              "columns": ["June 30, 2009", "December 31, 2008"], "rows": [%s]}]}
            """.formatted(title, rows);
        Document document = new JsonReader().read(Path.of("t.json"), "t.json", json.getBytes(StandardCharsets.UTF_8))
                .documents().get(0);
        return new TableAnalyzer(ConceptDictionary.empty()).analyze(document, document.tables().get(0), 0);
    }

    private static List<Measure> measures(String title, String rows) {
        return analyzed(title, rows).rows().stream().map(StatementRow::measure).toList();
    }

    private static List<CellValue> values(String... cells) {
        NumberParser parser = new NumberParser();
        return java.util.Arrays.stream(cells).map(parser::parse).toList();
    }

    private static final String TERMS = """
        {"label": "Allowance for doubtful accounts", "cells": ["374,672", "393,714"]},
        {"label": "Common stock, par value", "cells": ["0.01", "0.01"]},
        {"label": "Common stock, authorized", "cells": ["600,000", "600,000"]},
        {"label": "Common stock, issued", "cells": ["482,051", "481,154"]},
        {"label": "Preferred stock outstanding", "cells": ["0", "0"]},
        {"label": "Common stock - shares issued (actual number)", "cells": ["482,051", "481,154"]},
        {"label": "Common Stock - 300,000,000 shares authorized", "cells": ["300,000", "300,000"]},
        {"label": "Treasury stock, at cost", "cells": ["184,983", "168,723"]},
        {"label": "Treasury stock, held in trust for deferred compensation, cost (in dollars)", "cells": ["2,876", "2,784"]}""";

    @Test
    void aParentheticalStatementCountsTheSharesItsLinesNameAfterTheStock() {
        // It states what the other statement's label quotes, and of the treasury stock, whose cost that statement
        // shows, the count; a label that states its unit in dollars stays money.
        assertEquals(List.of(Measure.MONEY, Measure.PER_SHARE, Measure.SHARES, Measure.SHARES, Measure.SHARES, Measure.SHARES,
                Measure.SHARES, Measure.SHARES, Measure.MONEY), measures("Consolidated Balance Sheets (Parenthetical)", TERMS));
    }

    @Test
    void aStockNamedWithWhatWasIssuedIsAnAmountOutsideATableOfTerms() {
        // On the face of a balance sheet or in a statement of equity, "Common stock, issued" is the stock issued, in
        // money; only the par value keeps its measure, an amount per share.
        assertEquals(List.of(Measure.MONEY, Measure.PER_SHARE, Measure.MONEY, Measure.MONEY, Measure.MONEY, Measure.MONEY,
                Measure.MONEY, Measure.MONEY, Measure.MONEY), measures("Consolidated Statements of Changes in Equity", TERMS));
    }

    @Test
    void aParValueIsAnAmountPerShareUnlessTheLabelQuotesItOrTheFiguresAreAnAggregate() {
        MeasureClassifier measures = new MeasureClassifier();
        assertEquals(Measure.PER_SHARE, measures.classify("Common stock, par value", List.of(), values("0.01", "0.01")));
        assertEquals(Measure.PER_SHARE, measures.classify("Preferred stock par value", List.of(), values("1.00", "1.00")));
        assertEquals(Measure.PER_SHARE, measures.classify("Common stock, par or stated value", List.of(), values("1", "1")));
        // The stock named with its par value: the line states the stock.
        assertEquals(Measure.MONEY, measures.classify("Common stock, $.01 par value", List.of(), values("2,451", "2,447")));
        // The aggregate par value of the shares issued, whole and above 1.
        assertEquals(Measure.MONEY, measures.classify("Common stock, par value", List.of(), values("318", "318")));
        // No par value, or the capital paid in above it.
        assertEquals(Measure.MONEY, measures.classify("Common stock, no par value", List.of(), values("0.01", "0.01")));
        assertEquals(Measure.MONEY, measures.classify("Capital in excess of par value", List.of(), values("2,948.9", "2,941.9")));
        assertEquals(Measure.MONEY, measures.classify("Additional paid-in capital in excess of stated value", List.of(), values("3,272.6", "2,871.4")));
        assertEquals(Measure.MONEY, measures.classify("Bonds redeemable at par", List.of(), values("0.5", "0.5")));
        // Without figures the label cannot tell the rate from the stock it names.
        assertEquals(Measure.MONEY, measures.classify("Common stock, par value", List.of(), List.of()));
    }

    @Test
    void aTableOfTermsStatesWhatTheOtherLabelQuotesAndNamesTheCountBeforeTheStock() {
        MeasureClassifier measures = new MeasureClassifier();
        MeasureClassifier.Setting terms = MeasureClassifier.Setting.TERMS;
        assertEquals(Measure.PER_SHARE, measures.classify("Common Stock - $0.50 par value", List.of(), values("0.50", "0.50"),
                column -> false, terms));
        assertEquals(Measure.MONEY, measures.classify("Common Stock - $0.50 par value", List.of(), values("0.50", "0.50")));
        assertEquals(Measure.SHARES, measures.classify("Shares issued, common stock", List.of(), values("290,792,627"),
                column -> false, terms));
        assertEquals(Measure.PER_SHARE, measures.classify("Common Stock, par value ", List.of(), values("8.500", "8.500")));
        assertEquals(Measure.PER_SHARE, measures.classify("Dividends, per Preferred share", List.of(), values("1.335")));
        assertEquals(Measure.PER_SHARE, measures.classify("Net income per depositary share of Equity Shares, Series A",
                List.of(), values("0.61")));
        // A rate the label quotes for such a share describes the dividends it states.
        assertEquals(Measure.MONEY, measures.classify("Cash dividends declared and paid, at a quarterly amount of $0.125 per "
                + "as-converted share (Note 6)", List.of(), values("(185)")));
    }

    @Test
    void aBalanceSheetOrCashFlowStatementNamesSharesAsInstrumentsUnlessItSaysWhichCount() {
        assertEquals(List.of(Measure.MONEY, Measure.MONEY, Measure.MONEY, Measure.MONEY, Measure.SHARES, Measure.SHARES, Measure.MONEY),
                measures("Consolidated Balance Sheets", """
            {"label": "Total current assets", "cells": ["1,000", "900"]},
            {"label": "Total assets", "cells": ["3,000", "2,800"]},
            {"label": "Unearned ESOP shares", "cells": ["(35)", "(40)"]},
            {"label": "Mandatorily convertible notes - common shares", "cells": ["1,200", "1,200"]},
            {"label": "Shares of common stock issued", "cells": ["482,051", "481,154"]},
            {"label": "Common shares outstanding", "cells": ["297,068", "312,430"]},
            {"label": "Total liabilities and stockholders' equity", "cells": ["3,000", "2,800"]}"""));
        MeasureClassifier measures = new MeasureClassifier();
        MeasureClassifier.Setting amounts = MeasureClassifier.Setting.AMOUNTS;
        assertEquals(Measure.MONEY, measures.classify("Matured shares tendered in connection with stock option exercises",
                List.of(), values("12", "10"), column -> false, amounts));
        assertEquals(Measure.SHARES, measures.classify("Preferred shares authorized", List.of(), values("50,000", "50,000"),
                column -> false, amounts));
        assertEquals(Measure.MONEY, measures.classify("Proceeds from shares issued", List.of(), values("50", "40"),
                column -> false, amounts));
        // Elsewhere a label naming shares still counts them.
        assertEquals(Measure.SHARES, measures.classify("Matured shares tendered in connection with stock option exercises",
                List.of(), values("12", "10")));
    }

    @Test
    void sharesBoughtSoldOrGainedOnAreAmounts() {
        MeasureClassifier measures = new MeasureClassifier();
        assertEquals(Measure.MONEY, measures.classify("Gain from sale/redemption of Visa Inc. shares", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Payments to acquire shares by ESOT", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Redemption of cumulative preferred shares", List.of(), List.of()));
        assertEquals(Measure.MONEY, measures.classify("Sale of common shares to Jefferies Group, Inc.", List.of(), List.of()));
    }

    @Test
    void sharesAndUnitsUsedInAComputationAreCounted() {
        MeasureClassifier measures = new MeasureClassifier();
        assertEquals(Measure.SHARES, measures.classify("Shares used in per share calculation - diluted", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Shares used in basic per share computation", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Adjusted weighted average shares for diluted earnings per share", List.of(), List.of()));
        assertEquals(Measure.SHARES, measures.classify("Weighted average Units outstanding", List.of(), List.of()));
        // Units a label quotes describe the capital it states.
        assertEquals(Measure.MONEY, measures.classify("Partners' capital-1,604,504 general partner units and 137,399,491 limited "
                + "partner units outstanding at March 31, 2010", List.of(), values("2,976,602", "3,182,020")));
    }

    @Test
    void germanAndFrenchParValuesAndCountsOfTerms() {
        MeasureClassifier measures = new MeasureClassifier();
        MeasureClassifier.Setting terms = MeasureClassifier.Setting.TERMS;
        assertEquals(Measure.PER_SHARE, measures.classify("Stammaktien, Nennwert", List.of(), values("1.00")));
        assertEquals(Measure.MONEY, measures.classify("Stammaktien ohne Nennwert", List.of(), values("1.00")));
        assertEquals(Measure.PER_SHARE, measures.classify("Actions ordinaires, valeur nominale", List.of(), values("0.10")));
        assertEquals(Measure.MONEY, measures.classify("Actions ordinaires sans valeur nominale", List.of(), values("0.10")));
        assertEquals(Measure.SHARES, measures.classify("Stammaktien, ausgegeben", List.of(), values("1,000"), column -> false, terms));
        assertEquals(Measure.SHARES, measures.classify("Actions ordinaires, émises", List.of(), values("1,000"), column -> false, terms));
        assertEquals(Measure.SHARES, measures.classify("Eigene Aktien, zu Anschaffungskosten", List.of(), values("1,000"), column -> false, terms));
        assertEquals(Measure.SHARES, measures.classify("Actions propres, au coût", List.of(), values("1,000"), column -> false, terms));
        // Outside a table of terms the stock named with what was issued is its amount.
        assertEquals(Measure.MONEY, measures.classify("Stammaktien, ausgegeben", List.of(), values("1,000")));
    }
}
