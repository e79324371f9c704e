package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A table most of whose totals add up nowhere: its line order is not its structure")
class SectionsByNumbersTest {

    /** Three regions of a segment table, each with its total, and their grand total: one column, as a data set's one period. */
    private static final List<String> IN_ORDER = List.of(
            "{\"label\": \"Widgets\", \"cells\": [\"%s\"]}",
            "{\"label\": \"Gadgets\", \"cells\": [\"43\"]}",
            "{\"label\": \"Total North America\", \"cells\": [\"104\"]}",
            "{\"label\": \"Tools\", \"cells\": [\"37\"]}",
            "{\"label\": \"Parts\", \"cells\": [\"29\"]}",
            "{\"label\": \"Total Europe\", \"cells\": [\"66\"]}",
            "{\"label\": \"Services\", \"cells\": [\"17\"]}",
            "{\"label\": \"Licences\", \"cells\": [\"11\"]}",
            "{\"label\": \"Total Asia\", \"cells\": [\"28\"]}",
            "{\"label\": \"Total segments\", \"cells\": [\"198\"]}");

    /** The same lines as a data set whose presentation was flattened from another tree might list them. */
    private static final List<Integer> SHUFFLED = List.of(2, 3, 7, 0, 5, 6, 1, 8, 4, 9);

    @Test
    @DisplayName("in order, a wrong line fails its region's total, and only that")
    void inOrderAWrongLineIsFound() {
        List<CheckOutcome> footings = footings(rows(IN_ORDER, "71", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)));
        assertEquals(List.of("Total North America"), footings.stream().filter(o -> o.status() == CheckStatus.FAILED)
                .map(o -> o.cells().get(0).row()).toList(), footings.toString());
    }

    @Test
    @DisplayName("shuffled, no total is evaluated, each with the reason; in order and consistent, all are")
    void shuffledNothingIsFootedByPosition() {
        List<CheckOutcome> footings = footings(rows(IN_ORDER, "61", SHUFFLED));
        assertTrue(!footings.isEmpty() && footings.stream().allMatch(o -> o.status() == CheckStatus.NOT_EVALUATED), footings.toString());
        assertTrue(footings.stream().allMatch(o -> o.detail().contains("totals add up in no column under any reading")), footings.toString());
        assertTrue(footings(rows(IN_ORDER, "61", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9))).stream()
                .allMatch(o -> o.status() == CheckStatus.PASSED));
    }

    @Test
    @DisplayName("two wrong cells break two totals while the third adds up: fewer than three, still two findings")
    void twoBrokenTotalsAreStillFindings() {
        List<String> wrongSubtotal = new java.util.ArrayList<>(IN_ORDER);
        wrongSubtotal.set(5, "{\"label\": \"Total Europe\", \"cells\": [\"86\"]}");
        List<CheckOutcome> footings = footings(rows(wrongSubtotal, "71", List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9)));
        assertEquals(2, footings.stream().filter(o -> o.status() == CheckStatus.FAILED).count(), footings.toString());
    }

    private static String rows(List<String> lines, String widgets, List<Integer> order) {
        return String.join(",\n", order.stream().map(i -> lines.get(i).formatted(widgets)).toList());
    }

    private static List<CheckOutcome> footings(String rows) {
        CheckRun run = Checks.of(Checks.document("Revenue by segment", "In millions", List.of("2024"), rows));
        return run.outcomes().stream().filter(o -> o.rule().equals("FOOT.section-total")).toList();
    }
}
