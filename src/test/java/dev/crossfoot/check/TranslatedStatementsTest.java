package dev.crossfoot.check;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CellRef;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A new language is a data file, for the concept rules and the ties too: the same statements (an
 * income statement, a balance sheet and a statement of cash flows, {@code fixtures/translated/})
 * with every line named as a German or a French filer names it are checked by the same rules as
 * the English ones, with the same outcomes; and a wrong figure in any cell is caught by the same
 * checks and blamed on the same cell in every language. The German and French statements head
 * their columns and write their numbers as those filers do ("Geschäftsjahr zum 31. Dezember 2024",
 * "31.12.2024", "12.500", "1,50"; "Exercice clos le 31 décembre 2024", "31/12/2024", "12 500"
 * with a narrow no-break space): the periods and the decimal comma are read from the lexicon and
 * the table's own cells.
 */
class TranslatedStatementsTest {

    private static final Path DIR = Path.of("fixtures/translated");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> OTHER_LANGUAGES = List.of("de", "fr");

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"de", "fr"})
    void theSameStatementsAreCheckedByTheSameRulesWithTheSameOutcomes(String language) {
        List<String> english = TranslatedFigures.outcomes(TestRuns.check(text("en")));
        assertEquals(english, TranslatedFigures.outcomes(TestRuns.check(text(language))));
        for (String rule : List.of("IS.gross-profit", "IS.net-income", "IS.eps-diluted", "BS.balance", "BS.total-liabilities",
                "CF.net-change", "TIE.ending-cash", "TIE.cash-flow-net-income")) {
            assertTrue(english.stream().anyMatch(outcome -> outcome.startsWith(rule + " PASSED")), rule + " is evaluated and holds");
        }
        assertEquals(List.of(), TranslatedFigures.errors(TestRuns.check(text("en"))), "the statements are consistent");
    }

    /**
     * Every cell altered in turn, in each language alike: the concept rules and ties fail alike, every
     * error is blamed on the same cell with the same suggested figure, and the structural footing
     * fails the same checks. A grand total that names its side as a whole ("Summe Passiva", "Total du
     * passif": the lexicon's side-total) is footed as the total of its sections, as "Total liabilities
     * and equity" is; before, it was footed by its numbers only, so with one of its two columns wrong
     * only the concept rule over it failed.
     */
    @TestFactory
    Stream<DynamicTest> aWrongFigureIsCaughtAndBlamedAlikeInEveryLanguage() {
        JsonNode english = tree("en");
        List<DynamicTest> tests = new ArrayList<>();
        for (int t = 0; t < english.path("tables").size(); t++) {
            JsonNode rows = english.path("tables").get(t).path("rows");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).path("cells").size(); c++) {
                    String pointer = "/tables/" + t + "/rows/" + r + "/cells/" + c;
                    String label = english.path("tables").get(t).path("id").asText() + " '" + rows.get(r).path("label").asText() + "' " + c;
                    tests.add(DynamicTest.dynamicTest(label, () -> {
                        Errors caught = Errors.of(TestRuns.check(altered("en", pointer)));
                        for (String language : OTHER_LANGUAGES) {
                            Errors translated = Errors.of(TestRuns.check(altered(language, pointer)));
                            assertEquals(caught.byConcepts(), translated.byConcepts(), language + ": concept rules and ties");
                            assertEquals(caught.blamed(), translated.blamed(), language + ": the cells blamed");
                            assertEquals(caught.footings(), translated.footings(), language + ": the footings");
                        }
                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void nearlyEveryWrongFigureIsCaught() throws IOException {
        JsonNode english = tree("en");
        int cells = 0;
        int caught = 0;
        for (int t = 0; t < english.path("tables").size(); t++) {
            JsonNode rows = english.path("tables").get(t).path("rows");
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).path("cells").size(); c++) {
                    cells++;
                    caught += Errors.of(TestRuns.check(altered("de", "/tables/" + t + "/rows/" + r + "/cells/" + c))).blamed().isEmpty() ? 0 : 1;
                }
            }
        }
        // Missed: a change within the rounding of a sum of five lines (an exchange-rate effect of 5 made 6),
        // and the parts of a subtotal no word names whose other column alone still shows it (two of two columns
        // must hold for a line to be read as a subtotal by its numbers).
        assertTrue(caught >= cells - 5, caught + " of " + cells + " wrong figures caught");
    }

    /** The error findings of a run, as places in the input: which rules fail where, and which cells are blamed. */
    private record Errors(List<String> byConcepts, List<String> footings, List<String> blamed) {
        static Errors of(CheckRun run) {
            List<Finding> errors = run.outcomes().stream()
                    .filter(outcome -> outcome.status() == CheckStatus.FAILED && outcome.finding() != null
                            && outcome.finding().severity() == Severity.ERROR)
                    .map(CheckOutcome::finding).toList();
            return new Errors(described(errors, false), described(errors, true), errors.stream()
                    .map(finding -> finding.suggestion() == null ? "none" : TranslatedFigures.place(finding.suggestion().cell()) + " = " + TranslatedFigures.amount(finding.suggestion().value()))
                    .distinct().sorted().toList());
        }

        private static List<String> described(List<Finding> errors, boolean footings) {
            return errors.stream().filter(finding -> finding.rule().equals("FOOT.section-total") == footings)
                    .map(finding -> finding.rule() + " " + TranslatedFigures.column(finding.column()) + " " + TranslatedFigures.places(finding.cells())).sorted().toList();
        }
    }

    /** The document with one cell's figure changed beyond rounding: its first digit raised by one (9 becomes 1). */
    private static String altered(String language, String pointer) throws IOException {
        JsonNode document = tree(language);
        int cut = pointer.lastIndexOf('/');
        ArrayNode cells = (ArrayNode) document.at(pointer.substring(0, cut));
        int column = Integer.parseInt(pointer.substring(cut + 1));
        String figure = cells.get(column).asText();
        StringBuilder changed = new StringBuilder(figure);
        for (int i = 0; i < changed.length(); i++) {
            if (Character.isDigit(changed.charAt(i))) {
                int digit = changed.charAt(i) - '0';
                changed.setCharAt(i, (char) ('0' + (digit == 9 ? 1 : digit + 1)));
                break;
            }
        }
        cells.set(column, TextNode.valueOf(changed.toString()));
        return JSON.writeValueAsString(document);
    }

    private static JsonNode tree(String language) {
        try {
            return JSON.readTree(text(language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String language) {
        try {
            return Files.readString(DIR.resolve(language + ".json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
