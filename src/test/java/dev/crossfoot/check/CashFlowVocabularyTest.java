package dev.crossfoot.check;

import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.understand.ConceptDictionary;
import dev.crossfoot.understand.Hierarchy;
import dev.crossfoot.understand.Labels;
import dev.crossfoot.understand.Lexicon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The lines of a statement of cash flows the built-in rules name, worded as the filers of the SEC
 * data sets word them: an activity's net cash and the net change in cash whatever the verb, the
 * operating activities called the operations, the roll-forward of cash whose lines name no account
 * (its heading dropped), and the lines that only start alike (a discontinued or continuing part, the
 * cash surrender value of insurance, the exchange effect) named as what they are.
 */
class CashFlowVocabularyTest {

    private static final ConceptDictionary CONCEPTS = RuleBook.builtIn().concepts();

    private static String conceptOf(String label) {
        return CONCEPTS.conceptOf(label, List.of(), StatementKind.CASH_FLOW, Measure.MONEY);
    }

    @ParameterizedTest(name = "\"{0}\" is {1}, an activity total: {2}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Net cash provided by operating activities                    | cash_from_operations | true",
        "Cash Used for Investing Activities                           | cash_from_investing  | true",
        "Cash provided by (used in) financing activities              | cash_from_financing  | true",
        "Cash from (used for) operating activities                    | cash_from_operations | true",
        "Cash provided (required) by investing activities             | cash_from_investing  | true",
        "Cash flows from (used in) financing activities               | cash_from_financing  | true",
        "Net cash used in investment activities                       | cash_from_investing  | true",
        "TOTAL FINANCING ACTIVITIES                                   | cash_from_financing  | true",
        "Change in cash from operating activities                     | cash_from_operations | true",
        "Net cash provided by operations                              | cash_from_operations | true",
        "CASH PROVIDED FROM OPERATIONS                                | cash_from_operations | true",
        "Cash provided from (used for) operations                     | cash_from_operations | true",
        "Total cash flows used in operating activities                | cash_from_operations | true",
        "CASH PROVIDED FROM CONTINUING OPERATIONS                     | -                    | false",
        "Cash provided by operations from continuing operations       | -                    | false",
        "Cash used for discontinued operations                        | -                    | false",
        "Cash Used for Discontinued Operating Activities              | -                    | false",
        "Cash provided (required) by operating activities of discontinued operations | - | false",
        "Other investing activities                                   | -                    | false",
        "Cash collateral paid in support of energy risk management activities | -         | false",
    })
    void anActivitysNetCashWhateverItsVerb(String label, String concept, boolean activityTotal) {
        assertEquals(concept, conceptOf(label));
        try (Lexicon.Scope scope = Lexicon.use(Lexicon.builtIn())) {
            assertEquals(activityTotal, Hierarchy.namesActivityNetCash(Labels.normalise(label)));
        }
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Net increase (decrease) in cash and cash equivalents         | net_change_in_cash",
        "CHANGE IN CASH AND CASH EQUIVALENTS                          | net_change_in_cash",
        "(Decrease)/increase in cash and cash equivalents             | net_change_in_cash",
        "Cash and Cash Equivalents, Period Increase (Decrease)        | net_change_in_cash",
        "Change in cash surrender value of trust owned life insurance | -",
        "Change in cash held by consolidated investment products      | -",
        "Change in cash and equivalents due to changes in foreign currency exchange rates | -",
        "Net change during period                                     | net_change_in_cash",
        "Decrease for the period                                      | net_change_in_cash",
        "Net increase (decrease)                                      | net_change_in_cash",
        "Cash and equivalents increase (decrease)                     | net_change_in_cash",
        "Decrease                                                     | -",
        "At beginning of year                                         | cash_begin",
        "Balance at beginning of period                               | cash_begin",
        "Cash and Cash Equivalents at January 1                       | cash_begin",
        "Cash, cash equivalents and restricted cash at January 1      | restricted_cash_begin",
        "End of quarter                                               | cash_end",
        "At end of period                                             | cash_end",
        "Cash and cash equivalents at June 30                         | -",
        "Cash and cash equivalents, beginning                         | cash_begin",
        "Balance of cash and cash equivalents at beginning of period  | cash_begin",
        "Cash and cash equivalents, at carrying value, ending balance | cash_end",
    })
    void theNetChangeAndTheBalancesOfCash(String label, String concept) {
        assertEquals(concept, conceptOf(label));
    }

    @ParameterizedTest(name = "\"{0}\" under \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "Beginning of period | Cash and cash equivalents:                            | cash_begin",
        "End of period       | Cash and cash equivalents:                            | cash_end",
        "Beginning of period | Cash, cash equivalents and restricted cash:           | restricted_cash_begin",
        "End of period       | Cash, cash equivalents and restricted cash:           | restricted_cash_end",
    })
    void aBalanceThatNamesNoAccountIsOfTheCashItsHeadingNames(String label, String heading, String concept) {
        assertEquals(concept, CONCEPTS.conceptOf(label, List.of(heading), StatementKind.CASH_FLOW, Measure.MONEY));
    }

    @ParameterizedTest(name = "\"{0}\" is the net cash of the {1}")
    @CsvSource(delimiter = '|', value = {
        "Net cash provided by operating activities                               | OPERATING_ACTIVITY",
        "Cash flows provided by (used in) operations                             | OPERATING_ACTIVITY",
        "Net cash used in investing activities of continuing operations          | INVESTING_ACTIVITY",
        "Cash used for investment activities                                     | INVESTING_ACTIVITY",
        "Net cash provided by (used in) financing activities, continuing operations | FINANCING_ACTIVITY",
    })
    void theActivityANetCashLineNamesHoweverItIsWorded(String label, dev.crossfoot.understand.Cue activity) {
        try (Lexicon.Scope scope = Lexicon.use(Lexicon.builtIn())) {
            assertEquals(activity, Hierarchy.activityOfNetCash(Labels.normalise(label)));
        }
    }
}
