package dev.crossfoot.check;

import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.SyntaxError;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("Rule files are read by a small parser whose errors point at file:line:column")
class RuleParserTest {

    @Test
    void readsARuleWithItsOptions() {
        List<Rule> rules = RuleParser.parse("x.rules", """
            # comment
            statement income

            rule IS.gross-profit "Gross profit equals total revenue less total cost of revenue"
              gross_profit = revenue.total - cost_of_revenue.total
              severity warning
              tolerance 0.5%
              help "Why it matters."
            """);
        Rule rule = rules.get(0);
        assertEquals("IS.gross-profit", rule.id());
        assertEquals("Gross profit equals total revenue less total cost of revenue", rule.sentence());
        assertEquals(Set.of(StatementKind.INCOME), rule.scope());
        assertEquals("gross_profit = revenue.total - cost_of_revenue.total", rule.identity());
        assertEquals(Severity.WARNING, rule.severity());
        assertEquals(0, new BigDecimal("0.5").compareTo(rule.tolerance()));
        assertEquals("Why it matters.", rule.help());
        assertEquals(4, rule.line());
    }

    @Test
    void printsTheTreeWithTheParenthesesItNeeds() {
        Rule rule = RuleParser.parse("x.rules", """
            rule A "a"
              m = (a - b) / a - (c + d?) + cash_flow:e@end + between(f, g)
            """).get(0);
        assertEquals("m = (a - b) / a - (c + d?) + cash_flow:e@end + between(f, g)", rule.identity());
    }

    @Test
    void readsChoicesLineFunctionsAndALenienceMargin() {
        Rule rule = RuleParser.parse("x.rules", """
            rule IS.eps "EPS"
              eps.basic = (net_income.attributable or net_income) / shares.basic + income_effect(a, b) + others(t)
              warning within 2% "the two-class method"
            """).get(0);
        assertEquals("eps.basic = (net_income.attributable or net_income) / shares.basic + income_effect(a, b) + others(t)",
                rule.identity());
        assertEquals(0, new BigDecimal("2").compareTo(rule.leniences().get(0).percent()));
        assertEquals("the two-class method", rule.leniences().get(0).reason());
        assertEquals(Severity.ERROR, rule.severity());
    }

    @Test
    void aMarginMayHoldOnlyWhereAnotherIdentityDoes() {
        Rule rule = RuleParser.parse("x.rules", """
            rule IS.eps "EPS"
              eps.basic = net_income / shares.basic
              warning within 2% "any adjustment"
              warning within 10% when eps.basic * shares.basic = eps.diluted * shares.diluted "one adjusted numerator"
            """).get(0);
        assertEquals(2, rule.leniences().size());
        assertEquals(List.of(rule.leniences().get(0)), rule.unconditionalLeniences());
        Rule.Lenience conditional = rule.leniences().get(1);
        assertEquals("eps.basic * shares.basic = eps.diluted * shares.diluted", conditional.renderWhen());
        assertEquals("one adjusted numerator", conditional.reason());
    }

    @Test
    void aMarginMayHoldOnlyBetweenBounds() {
        Rule rule = RuleParser.parse("x.rules", """
            rule IS.eps-diluted "EPS"
              eps.diluted = net_income / shares.diluted
              warning within 15% when net_income / shares.diluted <= eps.diluted and eps.diluted <= eps.basic "if-converted"
            """).get(0);
        Rule.Lenience bounded = rule.leniences().get(0);
        assertEquals(List.of("<=", "<="), bounded.when().stream().map(Rule.Condition::operator).toList());
        assertEquals("net_income / shares.diluted <= eps.diluted and eps.diluted <= eps.basic", bounded.renderWhen());
        assertEquals(List.of(), rule.unconditionalLeniences());
        SyntaxError error = assertThrows(SyntaxError.class, () -> RuleParser.parse("x.rules", """
            rule IS.eps-diluted "EPS"
              eps.diluted = net_income / shares.diluted
              warning within 15% when eps.diluted < eps.basic "if-converted"
            """));
        assertTrue(error.getMessage().contains("'<='"), error.getMessage());
    }

    @Test
    void aRuleMayGiveWayWhereItsLinesPassAStatedResult() {
        Rule rule = RuleParser.parse("x.rules", """
            rule IS.net-income "Net income"
              net_income = pretax_income - income_tax + income_effect(income_tax, net_income)
              unless through net_income.continuing, net_income.before_extraordinary
            """).get(0);
        assertEquals(List.of("net_income.continuing", "net_income.before_extraordinary"), rule.unlessThrough());
        SyntaxError error = assertThrows(SyntaxError.class, () -> RuleParser.parse("x.rules", """
            rule IS.net-income "Net income"
              net_income = pretax_income - income_tax
              unless net_income.continuing
            """));
        assertTrue(error.toString().contains("expected 'through' or 'shown'"), error.toString());
    }

    @Test
    void aRuleMayStandAsideWhereItsStatementShowsAMovementItDoesNotCount() {
        Rule rule = RuleParser.parse("x.rules", """
            statement cash-flow
            rule TIE.accumulated-deficit "Retained earnings move by net income"
              net_income = balance_sheet:accumulated_deficit@end - balance_sheet:accumulated_deficit@start
              unless shown dividends_paid, shares_retired
              severity warning
            """).get(0);
        assertEquals(List.of("dividends_paid", "shares_retired"), rule.unlessShown());
        assertEquals(List.of(), rule.unlessThrough());
    }

    @Test
    void aMarginsConditionNeedsAnEqualsSign() {
        SyntaxError error = assertThrows(SyntaxError.class, () -> RuleParser.parse("x.rules", """
            rule IS.eps "EPS"
              eps.basic = net_income / shares.basic
              warning within 10% when eps.basic * shares.basic "why"
            """));
        assertTrue(error.toString().contains("expected '='"), error.toString());
    }

    @Test
    void aChoiceIsBetweenReportedConceptsNoneOptional() {
        SyntaxError error = assertThrows(SyntaxError.class, () -> RuleParser.parse("x.rules", """
            rule A "a"
              m = income:a or b?
            """));
        assertTrue(error.toString().startsWith("x.rules:2:7: "), error.toString());
        assertTrue(error.getMessage().contains("'or' chooses between concepts that are reported, none of them optional"),
                error.getMessage());
    }

    @Test
    void aChoiceMayNameAnotherStatementsConcept() {
        Rule rule = RuleParser.parse("x.rules", """
            statement cash-flow
            rule A "a"
              cash_end = cash_flow:restricted_cash_end or balance_sheet:cash@end
            """).get(0);
        assertEquals("cash_end = (cash_flow:restricted_cash_end or balance_sheet:cash@end)", rule.identity());
    }

    @Test
    void readsStructuralChecksAndScopes() {
        Rule rule = RuleParser.parse("x.rules", """
            rule FOOT.x "Sections foot"
              structure section-total
              scope balance-sheet, cash-flow
            """).get(0);
        assertTrue(rule.isStructural());
        assertEquals(Set.of(StatementKind.BALANCE_SHEET, StatementKind.CASH_FLOW), rule.scope());
        assertNull(rule.left());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "rule A \"a\"\\n  x = y +\\n|x.rules:2:10: expected a concept, a number or '(' before the end of the line",
        "rule A \"a\\n  x = y\\n|x.rules:1:8: unterminated quoted text (a closing '\"' is missing on this line)",
        "rule A \"a\"\\n  x y\\n|x.rules:2:5: expected '=' between the two sides of the identity",
        "rule A \"a\"\\n  x = y\\n  severity fatal\\n|x.rules:3:12: unknown severity 'fatal' (expected error, warning or info)",
        "statement incomes\\n|x.rules:1:11: unknown statement kind 'incomes' (one of income, balance-sheet, cash-flow, equity, reconciliation, supplemental, outlook, ownership, other)",
        "rulez A\\n|x.rules:1:1: expected 'rule' or 'statement'",
        "rule A \"a\"\\n  x + 1 = y\\n|x.rules:2:3: the left side of an identity must be the one concept it checks, on this statement",
        "rule A \"a\"\\n  x = y\\n  tolerance 5\\n|x.rules:3:14: expected '%' after the tolerance (a relative widening, e.g. 'tolerance 0.5%')",
        "rule A \"a\"\\n  x = (y\\n|x.rules:2:9: expected ')'"
    })
    void errorsPointIntoTheFile(String source, String expected) {
        SyntaxError error = assertThrows(SyntaxError.class, () -> RuleParser.parse("x.rules", source.replace("\\n", "\n")));
        assertEquals(expected, error.toString());
    }

    @Test
    void builtInRulesAllParseAndIdsAreUnique() {
        RuleBook book = RuleBook.builtIn();
        assertTrue(book.rules().size() >= 15, "built-in rules: " + book.rules().size());
        assertEquals(book.rules().size(), book.rules().stream().map(Rule::id).distinct().count());
    }
}
