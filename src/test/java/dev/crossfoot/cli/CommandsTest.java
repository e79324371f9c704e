package dev.crossfoot.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The rules, explain and extract commands")
class CommandsTest {

    @TempDir
    Path temp;

    @Test
    void rulesListsEveryRuleWithItsSentence() {
        Cli cli = Cli.run("rules");
        assertEquals(0, cli.exit());
        assertTrue(cli.out().contains("IS.gross-profit"), cli.out());
        assertTrue(cli.out().contains("Gross profit equals total revenue less total cost of revenue"));
        assertTrue(cli.out().contains("TIE.ending-cash"));
        assertTrue(cli.out().contains("INPUT.malformed-number"));
    }

    @Test
    void explainShowsIdentityOriginAndTheLabelsItMatches() {
        Cli cli = Cli.run("explain", "IS.gross-profit");
        assertEquals(0, cli.exit());
        assertTrue(cli.out().contains("identity:  gross_profit = revenue.total - cost_of_revenue.total"), cli.out());
        assertTrue(cli.out().contains("defined:   rules/income.rules:"), cli.out());
        assertTrue(cli.out().contains("rounding of the reported amounts"), cli.out());
        assertTrue(cli.out().contains("revenue.total: \"total revenue\""), cli.out());
    }

    @Test
    void explainOfAnUnknownRuleIsAnError() {
        Cli cli = Cli.run("explain", "IS.nope");
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("no rule 'IS.nope'"));
    }

    @Test
    void aUserRuleFolderAddsRules() throws IOException {
        Path rules = Files.createDirectory(temp.resolve("rules"));
        Files.writeString(rules.resolve("mine.rules"), """
            statement income
            rule MY.revenue-floor "Revenue is at least a thousand"
              revenue.total = revenue.total
            """);
        Cli cli = Cli.run("explain", "MY.revenue-floor", "--rules", rules.toString());
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().contains("mine.rules:2"), cli.out());
    }

    @Test
    @DisplayName("extract prints what was read; checking that gives the same findings as the original")
    void extractThenCheckIsTheSame() throws IOException {
        String input = "fixtures/cases/sonus-sbc-total-ocr/input.json";
        Cli extract = Cli.run("extract", input);
        assertEquals(0, extract.exit(), extract.err());
        Path extracted = temp.resolve("extracted.json");
        Files.writeString(extracted, extract.out());
        Cli original = Cli.run("check", input);
        Cli again = Cli.run("check", extracted.toString());
        assertEquals(original.exit(), again.exit());
        assertEquals(original.out().replace(input, "X"), again.out().replace(extracted.toString(), "X"));
    }
}
