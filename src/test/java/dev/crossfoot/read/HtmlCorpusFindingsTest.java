package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 10-K/10-Q corpus is (almost surely) internally consistent: an error on it is a false finding
 * of the reader or of understanding. Each filing is checked once; the errors on the tables read as
 * balance sheet, income or cash-flow statements, and on the others, may not grow beyond the figures
 * measured when the HTML reading was last improved (written to target/corpus-findings.txt).
 */
class HtmlCorpusFindingsTest {

    private static final List<StatementKind> PRIMARY = List.of(StatementKind.BALANCE_SHEET, StatementKind.INCOME,
            StatementKind.CASH_FLOW);
    /** Measured on branch html; lower them when the reading improves, never raise them without a reason. */
    private static final int MAX_PRIMARY_ERRORS = 0; // 32 before balances and flows stopped footing each other, sections began at their header and deductions were subtracted; 6 before tables cut by a page break were joined (JNJ cash flows) and a one-line product (ABBV's Creon) counted in the grand total
    private static final int MAX_OTHER_ERRORS = 24; // 160 before the same footing changes, 29 before the same two (JNJ 10-Q debt, ABBV's segment revenues); what is left: a filing's own 968 vs 965, blank total cells, 5 unreadable cells

    private static final Map<String, Integer> PRIMARY_ERRORS = new TreeMap<>();
    private static final Map<String, Integer> OTHER_ERRORS = new TreeMap<>();
    private static final List<String> LINES = new ArrayList<>();

    @BeforeAll
    static void checkCorpus() throws Exception {
        List<Path> files = CorpusFilings.all();
        Crossfoot crossfoot = Crossfoot.standard();
        for (Path file : files) {
            CheckRun run = crossfoot.check(List.of(file));
            Map<String, StatementKind> kinds = new java.util.HashMap<>();
            for (StatementTable table : run.statements()) {
                kinds.put(table.id(), table.kind());
            }
            for (Finding finding : run.findings()) {
                if (finding.severity() == Severity.ERROR) {
                    boolean primary = PRIMARY.contains(kinds.get(finding.table()));
                    (primary ? PRIMARY_ERRORS : OTHER_ERRORS).merge(finding.rule(), 1, Integer::sum);
                    LINES.add((primary ? "primary " : "other   ") + CorpusFilings.name(file) + " " + finding.table()
                            + " [" + finding.rule() + "] " + finding.message().replace('\n', ' '));
                }
            }
        }
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Test
    void falseErrorsOnTheCorpusDoNotGrow() throws IOException {
        String summary = "errors on balance sheet, income and cash-flow tables: " + sum(PRIMARY_ERRORS) + " " + PRIMARY_ERRORS
                + System.lineSeparator() + "errors on other tables: " + sum(OTHER_ERRORS) + " " + OTHER_ERRORS;
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus-findings.txt"), summary + System.lineSeparator()
                + String.join(System.lineSeparator(), LINES) + System.lineSeparator());
        assertTrue(sum(PRIMARY_ERRORS) <= MAX_PRIMARY_ERRORS, summary);
        assertTrue(sum(OTHER_ERRORS) <= MAX_OTHER_ERRORS, summary);
    }
}
