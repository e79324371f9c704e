package dev.crossfoot.read;

import dev.crossfoot.SharedData;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.cli.Main;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import dev.crossfoot.model.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Sonus seed, a garbled PDF-to-text extraction: its real extraction errors must be error findings on their lines. */
class SeedTextTest {

    private static final Path SEED = SharedData.path("seeds/001_2f75bf3f50139a4d.txt");
    private static CheckRun run;

    @BeforeAll
    static void check() throws Exception {
        run = Crossfoot.standard().check(List.of(SEED));
    }

    private static Set<String> errorsAt(int line) {
        return run.findings().stream().filter(f -> f.severity() == Severity.ERROR)
                .filter(f -> f.cells().get(0).location().line() == line).map(Finding::rule).collect(Collectors.toSet());
    }

    @Test
    void theReversedEpsIsAnErrorInAllThreeTables() {
        assertTrue(errorsAt(181).contains("IS.eps-basic"), "3-month ops, basic EPS Sep 2010");
        assertTrue(errorsAt(389).contains("REC.gaap-eps"), "3-month reconciliation, GAAP EPS Sep 2010");
        assertTrue(errorsAt(428).contains("REC.gaap-eps"), "9-month reconciliation, GAAP loss per share Sep 2010");
    }

    @Test
    void theStockCompensationTotalDoesNotFoot() {
        Finding total = run.findings().stream().filter(f -> f.rule().equals("FOOT.section-total"))
                .filter(f -> f.cells().get(0).location().line() == 335).findFirst().orElseThrow();
        assertTrue(total.message().contains("2,007 ≠ 358 + 1,709 = 2,067"), total.message());
    }

    @Test
    void theCroppedSupplementalColumnIsReportedCellByCell() {
        for (int line = 327; line <= 333; line++) {
            assertTrue(errorsAt(line).contains("INPUT.damaged-number"), "line " + line);
        }
    }

    @Test
    @DisplayName("cropped cells get their full values where the reconciliation determines them")
    void croppedCellsAreRepairedWhereTheIdentitiesDetermineThem() {
        assertEquals("501", repairAt(329), "Cost of revenue: 50 is 501 (the reconciliation's gross-profit adjustment)");
        assertEquals("6,211", repairAt(333), "Operating expense: 6,21 is 6,211 (the reconciliation's opex adjustment)");
        assertEquals(null, repairAt(327), "product and service (10, 39) share one identity: not determined");
    }

    private String repairAt(int line) {
        Finding finding = run.findings().stream()
                .filter(f -> f.rule().equals("INPUT.damaged-number") && f.primaryLocation().line() == line)
                .findFirst().orElseThrow();
        return finding.suggestion() == null ? null : finding.suggestion().value();
    }

    @Test
    void statementsAreReadAndRecognised() {
        Set<String> kinds = run.statements().stream().map(s -> s.kind().label()).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(Set.of("income", "balance-sheet", "cash-flow", "supplemental", "reconciliation", "outlook")),
                kinds.toString());
    }

    @Test
    void labelsTakenFromTheNineMonthStatementAreSaidSo() {
        ReadResult read = new Inputs(ReaderCatalogue.all()).readFile(SEED, SEED.toString(), false);
        assertTrue(read.problems().stream().anyMatch(p -> p.location().line() == 163 && p.message().contains("lost in the extraction")));
        Table quarter = read.documents().get(0).tables().stream()
                .filter(t -> t.rows().stream().anyMatch(r -> r.cell(2).text().equals("(80.0)"))
                        && t.title().startsWith("Condensed")).findFirst().orElseThrow();
        assertEquals("Basic", quarter.rows().stream().filter(r -> r.cell(2).text().equals("(80.0)")).findFirst().orElseThrow().label());
    }

    @Test
    void garbledLinesAreReportedOnTheirOwnLines() {
        Set<Integer> lines = run.findings().stream().filter(f -> f.rule().equals("INPUT.unreadable-rows"))
                .map(f -> f.cells().get(0).location().line()).collect(Collectors.toSet());
        assertTrue(lines.containsAll(Set.of(157, 185, 215, 232, 256)), lines.toString());
    }

    @Test
    void theCliExitsOne() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"check", SEED.toString()}, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(1, code);
    }

    @Test
    void theForm4RowWhoseNumbersAreGarbledIsReportedOnItsLineNotDropped() throws Exception {
        CheckRun form4 = Crossfoot.standard().check(List.of(SharedData.path("seeds/002_c242a1826b590505.txt")));
        List<Finding> rows = form4.findings().stream().filter(f -> f.rule().equals("INPUT.unreadable-rows")).toList();
        assertEquals(1, rows.size(), rows.toString());
        assertEquals(24, rows.get(0).cells().get(0).location().line());
        assertTrue(rows.get(0).message().contains("5,2910 1)"), rows.get(0).message());
    }
}
