package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Plain-text {@code <TABLE>} blocks of EDGAR filings, laid out as Southern Company's releases are. */
class FixedWidthTablesTest {

    private static final String HIGHLIGHTS = String.join("\n",
            "                              Financial Highlights",
            "               (In Millions of Dollars Except Earnings Per Share)",
            "<TABLE>",
            "<CAPTION>",
            "                                                 3 Months Ended December   12 Months Ended December",
            "                                                 -----------------------   ------------------------",
            "                                                     2004       2003            2004         2003",
            "                                                     ----       ----            ----         ----",
            "                                                  (Notes)    (Notes)         (Notes)      (Notes)",
            "Consolidated Earnings-",
            "(See Notes)              ------   ------",
            "<S>                                                <C>        <C>            <C>          <C>",
            "Retail Business                                    $  122     $  117         $ 1,200      $ 1,153",
            "Competitive Generation                                 44         30             220          224",
            "                                                   ------     ------         -------      -------",
            "Total                                                 166        147           1,420        1,377",
            "</TABLE>");

    private static Table read(String text) {
        List<InputProblem> problems = new ArrayList<>();
        List<Table> tables = FixedWidthTables.find(text.split("\n"), "highlights.txt", problems);
        assertEquals(List.of(), problems);
        assertEquals(1, tables.size());
        return tables.get(0);
    }

    @Test
    void aPeriodCentredOverTwoColumnsHeadsBoth() {
        Table table = read(HIGHLIGHTS);
        assertEquals(List.of("3 Months Ended December 2004 (Notes)", "3 Months Ended December 2003 (Notes)",
                "12 Months Ended December 2004 (Notes)", "12 Months Ended December 2003 (Notes)"), table.columns());
    }

    @Test
    void onlyTextLeftOfEveryColumnIsARowLabel() {
        List<String> labels = read(HIGHLIGHTS).rows().stream().map(Row::label).toList();
        assertEquals(List.of("Consolidated Earnings-", "(See Notes)", "Retail Business", "Competitive Generation", "Total"), labels);
    }

    @Test
    void theColumnsAreQuartersAndYearsToDecember(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("highlights.txt");
        Files.writeString(file, HIGHLIGHTS);
        CheckRun run = Crossfoot.standard().check(List.of(file));
        StatementTable table = run.statements().get(0);
        assertEquals(List.of(new Period(false, LocalDate.of(2004, 12, 31), 3, null), new Period(false, LocalDate.of(2003, 12, 31), 3, null),
                new Period(false, LocalDate.of(2004, 12, 31), 12, null), new Period(false, LocalDate.of(2003, 12, 31), 12, null)),
                table.periods());
        assertEquals(4, run.outcomes().stream().filter(o -> o.rule().equals("FOOT.section-total")).count());
        assertEquals(List.of(), run.findings());
    }
}
