package dev.crossfoot.check;

import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.understand.ConceptDictionary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The totals of a balance sheet the built-in rules name, worded as the filers of the SEC data sets
 * word them: the XBRL standard labels ("Assets, Total"), "&" for "and", and the capital, investment
 * or capitalization of partnerships, trusts and utilities; and the lines that only look alike.
 */
class BalanceSheetVocabularyTest {

    private static final ConceptDictionary CONCEPTS = RuleBook.builtIn().concepts();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Total assets                                     | total_assets",
        "Assets, Total                                    | total_assets",
        "Assets, Current, Total                           | total_current_assets",
        "Liabilities, Current, Total                      | total_current_liabilities",
        "Liabilities, Total                               | total_liabilities",
        "Liabilities and Stockholders' Equity, Total      | total_liabilities_and_equity",
        "Total liabilities & shareholders' equity         | total_liabilities_and_equity",
        "Total liabilities and capital                    | total_liabilities_and_equity",
        "Total liabilities and shareholders' investment   | total_liabilities_and_equity",
        "TOTAL LIABILITIES AND CAPITALIZATION             | total_liabilities_and_equity",
        "TOTAL CAPITALIZATION AND LIABILITIES             | total_liabilities_and_equity",
        "Liabilities and stockholders' equity             | -",
        "Assets                                           | -",
        "Total other assets                               | -",
        "Total capitalization                             | -",
    })
    void theTotalsOfABalanceSheet(String label, String concept) {
        assertEquals(concept, CONCEPTS.conceptOf(label, List.of(), StatementKind.BALANCE_SHEET, Measure.MONEY));
    }
}
