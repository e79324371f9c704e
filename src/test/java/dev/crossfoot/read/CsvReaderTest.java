package dev.crossfoot.read;

import dev.crossfoot.SharedData;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Table;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CsvReaderTest {

    private static ReadResult read(String name, String text) {
        return new CsvReader().read(Path.of(name), name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsCommentsHeaderHintsAndSeveralTables() {
        ReadResult result = read("bs.csv", """
                # title: Condensed Consolidated Balance Sheets
                # unit: in thousands
                # table: bs
                label,depth,"September 30, 2011","December 31, 2010",concept
                Current assets:,0,,,
                Cash and cash equivalents,1,"$ 76,272","$ 62,501",cash
                "Accounts receivable, net",1,"44,279","52,813",

                # title: Second
                label,2011
                Revenue,"1,000"
                """);
        assertTrue(result.problems().isEmpty(), result.problems().toString());
        Document document = result.documents().get(0);
        assertEquals(2, document.tables().size());
        Table bs = document.tables().get(0);
        assertEquals("bs", bs.id());
        assertEquals("Condensed Consolidated Balance Sheets", bs.title());
        assertEquals("in thousands", bs.unit());
        assertEquals(java.util.List.of("September 30, 2011", "December 31, 2010"), bs.columns());
        assertEquals("Current assets:", bs.rows().get(0).label());
        assertTrue(bs.rows().get(0).cells().isEmpty());
        assertEquals(1, bs.rows().get(1).depth());
        assertEquals("cash", bs.rows().get(1).concept());
        assertEquals("$ 76,272", bs.rows().get(1).cell(0).text());
        assertEquals("Accounts receivable, net", bs.rows().get(2).label());
        assertNull(bs.rows().get(2).concept());
        assertEquals("bs.csv:7", bs.rows().get(2).cell(1).location().toString());
        assertEquals("Second", document.tables().get(1).title());
    }

    @Test
    void badDepthAndExtraFieldsAreProblemsOnTheirLine() {
        ReadResult result = read("x.csv", "label,depth,2011\nCash,one,5\nDebt,1,7,9\n");
        assertEquals(2, result.problems().size());
        assertEquals("x.csv:2", result.problems().get(0).location().toString());
        assertEquals("x.csv:3", result.problems().get(1).location().toString());
        assertEquals(2, result.documents().get(0).tables().get(0).rows().size());
    }

    @Test
    void unterminatedQuoteIsADocumentProblem() {
        ReadResult result = read("x.csv", "label,2011\n\"Cash,5\n");
        assertTrue(result.documents().isEmpty());
        assertTrue(result.problems().get(0).wholeDocument());
    }

    @Test
    void readsTheEdgartoolsAppleStatementsWithTheFileNameAsTitle() throws Exception {
        Path file = SharedData.path("corpus/older-filings/edgartools-financials-csv/apple_balance_sheet.csv");
        ReadResult result = new CsvReader().read(file, file.toString(), Files.readAllBytes(file));
        Table table = result.documents().get(0).tables().get(0);
        assertEquals("apple balance sheet", table.title());
        assertEquals("Sep. 30, 2023", table.columns().get(0));
        assertTrue(table.rows().stream().anyMatch(row -> row.label().equals("Total current assets")
                && row.cell(0).text().equals("143566")));
    }
}
