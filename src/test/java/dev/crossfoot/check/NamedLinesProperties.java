package dev.crossfoot.check;

import com.fasterxml.jackson.databind.node.TextNode;
import dev.crossfoot.model.Document;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.understand.Claim;
import dev.crossfoot.understand.MeasureNames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A document's lines named from their label's, heading's and measures' parts worked out once per row and table are
 * named as each line's texts name it ({@code ClaimTies} plain): the same lines in the same order, with the same keys,
 * own keys, section key, adjusted flag, columns and label words, and the same checks of the document's claims — on
 * generated tables whose titles, headers and labels name measures, periods and percentages, with parenthesised
 * alternatives (open ones too), non-GAAP words, footnote marks and headings of parts.
 */
class NamedLinesProperties {

    private static final RuleBook BOOK = RuleBook.builtIn();
    private static final Checker CHECKER = new Checker(BOOK);

    private static ClaimTies ties(boolean plain) {
        for (Rule rule : BOOK.rules()) {
            if (ClaimTies.STRUCTURE.equals(rule.structure())) {
                return new ClaimTies(rule, MeasureNames.of(BOOK.claimWords()), BOOK.concepts(), plain);
            }
        }
        throw new AssertionError("the built-in rule book has no claim-ties rule");
    }

    private static final ClaimTies PARTS = ties(false);
    private static final ClaimTies PLAIN = ties(true);

    @Property(tries = 300)
    @Label("lines named from parts are the lines named from their texts, and tie the claims alike")
    void namedFromPartsAsFromTexts(@ForAll("documents") String json) {
        Document document = new JsonReader().read(Path.of("doc.json"), "doc.json", json.getBytes(StandardCharsets.UTF_8))
                .documents().get(0);
        Checker.DocumentResult result = CHECKER.check(document);
        List<Claim> claims = result.claims().stream().map(ClaimCheck::claim).toList();
        assertTrue(!claims.isEmpty(), json);
        ClaimTies.Tied fromParts = PARTS.tie(claims, result.statements());
        ClaimTies.Tied fromTexts = PLAIN.tie(claims, result.statements());
        assertEquals(fromTexts.checks().stream().map(check -> check.outcome(document)).toList(),
                fromParts.checks().stream().map(check -> check.outcome(document)).toList(), json);
        ClaimLines expected = fromTexts.lines();
        boolean sections = result.statements().stream().flatMap(table -> table.rows().stream()).anyMatch(row -> !row.sectionPath().isEmpty());
        boolean measured = false;
        for (int l = 0; l < expected.size(); l++) {
            measured |= expected.named(l).measureFromHeader();
        }
        net.jqwik.api.statistics.Statistics.label("lines under a heading").collect(sections);
        net.jqwik.api.statistics.Statistics.label("lines under a measure").collect(measured);
        net.jqwik.api.statistics.Statistics.label("lines under a measure").coverage(checker -> checker.check(true).percentage(p -> p > 50));
        net.jqwik.api.statistics.Statistics.label("lines under a heading").coverage(checker -> checker.check(true).percentage(p -> p > 50));
        ClaimLines actual = fromParts.lines();
        assertEquals(expected.size(), actual.size(), json);
        for (int l = 0; l < expected.size(); l++) {
            assertEquals(expected.table(l), actual.table(l), json);
            assertEquals(expected.row(l), actual.row(l), json);
            assertEquals(expected.named(l), actual.named(l), "line " + l + " of " + json);
        }
    }

    @Provide
    Arbitrary<String> documents() {
        Arbitrary<String> title = Arbitraries.of("Net sales", "Revenue by segment", "Operating revenues", "Bell Wireless",
                "CONSOLIDATED STATEMENTS OF OPERATIONS", "(in millions)", "", "Adjusted EBITDA", "Net Sales (a)", "Cost of sales (1)");
        Arbitrary<String> header = Arbitraries.of("2024", "2023", "Fiscal 2023 Net Sales", "Fiscal Year 2018 Net Sales", "APAC (a)",
                "Revenue (loss)", "% of Total", "Adjusted EBITDA 2024", "Three Months Ended June 30, 2024", "Operating income",
                "Net revenues*", "Non-GAAP", "Total", "Change", "Gross margin %", "Retained Earnings", "Product (used in)");
        Arbitrary<String> label = Arbitraries.of("Net sales", "Product", "Services", "Total net sales", "Total Net Sales",
                "Income tax provision (benefit)", "(Increase) decrease in receivables", "Net cash provided by (used in) operating activities",
                "Other income (expense), net", "Adjusted EBITDA", "Non-GAAP net income", "APAC", "Americas (1)", "Cost of sales",
                "Operating income (loss)", "Total", "Revenue:", "Of which:", "Includes stock-based compensation of:",
                "Net cash (used in) provided by:", "Operating activities", "Selling expenses as a percentage of net sales", "( net (a)");
        Arbitrary<String> cell = Arbitraries.of("1,234", "(56)", "$ 7.5", "—", "12.5%", "300");
        Arbitrary<String> heading = Arbitraries.of("Revenue:", "Non-GAAP measures:", "Net cash (used in) provided by:",
                "Operating expenses:", "Includes stock-based compensation of:", "Adjusted (a)", "Segments", "( net (a)");
        Arbitrary<String> amounts = Combinators.combine(label, cell.list().ofSize(3))
                .as((text, cells) -> "{\"label\": " + quoted(text) + ", \"depth\": 1, \"cells\": ["
                        + String.join(", ", cells.stream().map(NamedLinesProperties::quoted).toList()) + "]}");
        // A heading without amounts over rows of amounts under it, or rows of amounts alone.
        Arbitrary<String> row = Arbitraries.oneOf(amounts.map(text -> text.replace("\"depth\": 1", "\"depth\": 0")),
                Combinators.combine(heading, amounts.list().ofMinSize(1).ofMaxSize(3)).as((text, under) ->
                        "{\"label\": " + quoted(text) + ", \"depth\": 0, \"cells\": [\"\", \"\", \"\"]}, " + String.join(", ", under)));
        Arbitrary<String> table = Combinators.combine(title, header.list().ofSize(3), row.list().ofMinSize(1).ofMaxSize(6))
                .as((t, headers, rows) -> "{\"title\": " + quoted(t) + ", \"unit\": \"in millions\", \"columns\": ["
                        + String.join(", ", headers.stream().map(NamedLinesProperties::quoted).toList()) + "], \"rows\": ["
                        + String.join(", ", rows) + "]}");
        return table.list().ofMinSize(1).ofMaxSize(3).map(tables -> {
            List<String> numbered = new ArrayList<>();
            for (int t = 0; t < tables.size(); t++) {
                numbered.add("{\"id\": \"t" + t + "\", " + tables.get(t).substring(1));
            }
            return "{\"crossfoot\": 1, \"document\": {\"id\": \"doc\"}, \"tables\": [" + String.join(", ", numbered)
                    + "], \"paragraphs\": [" + quoted("Net sales were $1,234 million in fiscal 2024, and APAC net sales increased 12.5% "
                    + "to $300 million. Adjusted EBITDA was $56 million for 2023.") + "]}";
        });
    }

    private static String quoted(String text) {
        return TextNode.valueOf(text).toString();
    }
}
