package dev.crossfoot.read;

import dev.crossfoot.SharedData;

import dev.crossfoot.check.Checker;
import dev.crossfoot.check.RuleBook;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Sears Q2 2004 release (EX-99, plain text with no {@code <TABLE>} marks, labels wrapped onto
 * a second line, "For the 13 Weeks Ended July 3, 2004 and June 28, 2003" over years).
 */
class PlainTextTablesTest {

    private static final Path SEARS = SharedData.path("corpus/earnings-releases/0000891092-04-003383__EX-99__e18506ex_99.txt");

    @Test
    void unmarkedStatementsAreReadWithTheirPeriodsUnitsAndWrappedLabels() throws Exception {
        ReadResult read = new TextReader().read(SEARS, SEARS.toString(), Files.readAllBytes(SEARS));
        Document document = read.documents().get(0);
        assertTrue(document.tables().size() >= 8, "tables read: " + document.tables().size());
        Table income = document.tables().get(0);
        assertEquals("CONSOLIDATED INCOME", income.title());
        assertEquals("in millions, except earnings per common share", income.unit());
        assertTrue(income.rows().stream().anyMatch(row -> row.label().equals("Credit and financial products revenues")
                && row.cells().get(0).text().equals("81")));
        List<StatementTable> statements = new Checker(RuleBook.builtIn()).check(document).statements();
        StatementTable operations = statements.get(0);
        assertEquals(StatementKind.INCOME, operations.kind());
        assertEquals(List.of(new Period(false, LocalDate.of(2004, 7, 3), 3, null), new Period(false, LocalDate.of(2003, 6, 28), 3, null),
                        new Period(false, LocalDate.of(2004, 7, 3), 6, null), new Period(false, LocalDate.of(2003, 6, 28), 6, null)),
                operations.periods());
        Table balanceSheet = document.tables().get(1);
        assertTrue(balanceSheet.rows().stream().anyMatch(row -> row.label().equals("Domestic credit card receivables")
                && row.cells().get(0).text().equals("-") && row.cells().get(1).text().equals("29,465")));
        Table segments = document.tables().get(2);
        assertEquals("Segment Income Statements", segments.title());
        assertEquals("For the 13 Weeks Ended July 3, 2004 and June 28, 2003 Consolidated 2003", segments.column(5));
        assertEquals("June 28, 2003", document.tables().get(6).column(1));
        assertEquals("Summary of Certain Significant Items:(1)", document.tables().get(8).title());
        StatementTable balance = statements.get(1);
        assertEquals(StatementKind.BALANCE_SHEET, balance.kind());
        assertEquals(new Period(true, LocalDate.of(2004, 1, 3), 0, null), balance.period(2));
    }

    /**
     * The errors still reported on the release are false: the printed figures add up once the
     * subtotals are read as subtotals (understanding, not reading, counts them twice).
     */
    @Test
    void theStatementsAddUpSoTheRemainingErrorsAreFalse() {
        // Income before taxes 89, tax (32), minority interest (4): income before the accounting change 53 = net income 53.
        assertEquals(53, 89 - 32 - 4);
        assertEquals(309, 502 - 186 - 7);
        assertEquals(-806, 64 - 23 - 8 - 839);
        assertEquals(501, 812 - 301 - 10);
        // Current assets, July 3, 2004: cash, net credit card receivables (1,813 less 31), other, inventories, prepaid, deferred.
        assertEquals(1_782, 1_813 - 31);
        assertEquals(12_920, 3_559 + 0 + 1_782 + 557 + 5_543 + 891 + 588);
        assertEquals(39_921, 2_921 + 29_361 + 733 + 5_447 + 620 + 839);
        assertEquals(29_361, 29_465 + 1_849 - 1_953);
        assertEquals(18_196, 9_057 + 1_956 + 733 + 5_335 + 407 + 708);
    }
}
