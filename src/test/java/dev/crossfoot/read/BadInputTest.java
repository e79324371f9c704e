package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Table;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad HTML gives a finding or a clear error naming the file and place: never a crash or a hang. */
class BadInputTest {

    private static ReadResult html(String text) {
        return new HtmlReader().read(Path.of("bad.html"), "bad.html", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void unclosedTagsStillReadTheTable() {
        ReadResult result = html("<html><body><p>Balance Sheets (in millions)<table><tr><td>Cash<td>1,000<td>900"
                + "<tr><td>Debt<td>(200)<td>100<tr><td>Total<td>800<td>1,000");
        Table table = result.documents().get(0).tables().get(0);
        assertEquals(3, table.rows().size());
        assertEquals("(200)", table.rows().get(1).cell(0).text());
        assertEquals("in millions", table.unit());
        assertEquals("bad.html#table-1/row-2/col-2", table.rows().get(1).cell(0).location().toString());
    }

    @Test
    void dollarAndParenthesisCellsJoinTheirNumberAndStackedHeadersCombine() {
        ReadResult result = html("<table>"
                + "<tr><td></td><td colspan=6>Three Months Ended</td></tr>"
                + "<tr><td></td><td colspan=3>June 28, 2025</td><td colspan=3>June 29, 2024</td></tr>"
                + "<tr><td>Net income</td><td>$</td><td>1,234</td><td></td><td>$</td><td>(56</td><td>)</td></tr>"
                + "<tr><td>Margin</td><td></td><td>45.1</td><td>%</td><td></td><td>44.0</td><td>%</td></tr></table>");
        Table table = result.documents().get(0).tables().get(0);
        assertEquals(List.of("Three Months Ended June 28, 2025", "Three Months Ended June 29, 2024"), table.columns());
        assertEquals(List.of("$ 1,234", "$ (56)"), table.rows().get(0).cells().stream().map(c -> c.text()).toList());
        assertEquals(List.of("45.1%", "44.0%"), table.rows().get(1).cells().stream().map(c -> c.text()).toList());
    }

    @Test
    void binaryGarbageIsADocumentProblem() {
        byte[] garbage = new byte[100_000];
        new Random(7).nextBytes(garbage);
        ReadResult result = new HtmlReader().read(Path.of("x.htm"), "x.htm", garbage);
        assertTrue(result.documents().isEmpty());
        assertTrue(result.problems().get(0).message().contains("binary"));
    }

    @Test
    void aFiftyMegabyteDocumentIsRefusedClearly() {
        byte[] big = new byte[50 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        ReadResult result = new HtmlReader().read(Path.of("big.html"), "big.html", big);
        assertTrue(result.documents().isEmpty());
        assertTrue(result.problems().get(0).message().contains("more than the 40 MB"), result.problems().toString());
        assertEquals("big.html", result.problems().get(0).location().file());
    }

    @Test
    void aTableOfTenThousandColumnsIsReportedNotLaidOut() {
        StringBuilder text = new StringBuilder("<table><tr><td>Revenue</td>");
        for (int i = 0; i < 10_000; i++) {
            text.append("<td>").append(i).append("</td>");
        }
        text.append("</tr></table><table><tr><td>Cash</td><td>5</td></tr><tr><td>Total</td><td>5</td></tr></table>");
        ReadResult result = html(text.toString());
        assertEquals(1, result.documents().get(0).tables().size());
        assertEquals("bad.html#table-1/row-1", result.problems().get(0).location().toString());
        assertTrue(result.problems().get(0).message().contains("columns wide"));
    }

    @Test
    void theCheckRunReportsTheProblemAsAFinding() {
        byte[] garbage = new byte[4096];
        new Random(3).nextBytes(garbage);
        ReadResult read = new HtmlReader().read(Path.of("x.htm"), "x.htm", garbage);
        CheckRun run = Crossfoot.standard().check(List.of("x.htm"), read);
        assertFalse(run.findings().isEmpty());
        assertEquals("INPUT.unreadable-document", run.findings().get(0).rule());
    }
}
