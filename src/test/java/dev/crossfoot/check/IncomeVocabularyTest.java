package dev.crossfoot.check;

import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.understand.ConceptDictionary;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lines of an income statement the built-in rules run through, worded as filers word them:
 * revenues and their cost, the operating result as a profit, the tax line without the word
 * "income"; and the lines that only look alike (other taxes, a cost of borrowing, a margin in
 * percent) named as what they are.
 */
class IncomeVocabularyTest {

    private static final ConceptDictionary CONCEPTS = RuleBook.builtIn().concepts();

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Operating income                      | operating_income",
        "Operating profit                      | operating_income",
        "Operating profit (loss)               | operating_income",
        "Operating profit margin               | -",
        "Provision for income taxes            | income_tax",
        "Provision for taxes                   | income_tax",
        "Taxes on earnings                     | income_tax",
        "Tax (expense) benefit                 | income_tax",
        "Real estate taxes                     | -",
        "Taxes other than income taxes         | -",
        "Income before income taxes            | pretax_income",
        "Net operating revenues                | revenue.total",
        "Revenues, net                         | revenue.total",
        "Cost of products sold                 | cost_of_revenue.total",
        "Costs of sales                        | cost_of_revenue.total",
        "Cost of goods sold and occupancy costs | cost_of_revenue.total",
        "Cost of borrowing                     | -",
    })
    void theResultsAndTheTaxLine(String label, String concept) {
        assertEquals(concept, CONCEPTS.conceptOf(label, List.of(), StatementKind.INCOME, Measure.MONEY));
    }
}
