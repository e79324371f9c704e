package dev.crossfoot.understand;

import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.Table;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A table's number convention ({@code NumberStyle.decimalComma(Table)}) is tallied from its cells where they stand; it
 * says what listing every column's cell of every row (a blank one beyond a short row), those not damaged nor not given,
 * and judging the list says, on any table.
 */
class NumberStyleTableProperties {

    private static final List<String> TEXTS = List.of("1.234,5", "1,234.5", "1,234", "1.234", "12,3", "12,3 %", "4.100%",
            "1,50", "0,25", "12.50", "(12,0)", "154,0", "5,5", "900", "12.500", "1 234,5", "2.978,478", "$ 11,54", "—", "",
            "n/a", "31.12.2023", "1,234,567", "1.234.567", "(448)", "7", "0.25");

    @Property(tries = 3000)
    @Label("the cells tallied where they stand say what the cells listed say, on tables of any rows, short ones among them")
    void tallyAsListed(@ForAll("tables") Table table) {
        assertEquals(NumberStyle.decimalComma(listed(table)), NumberStyle.decimalComma(table));
    }

    @Example
    void aGermanTableAndAnEnglishOne() {
        assertTrue(NumberStyle.decimalComma(table(List.of(List.of(cell("1.234,5"), cell("12.500"))))));
        assertFalse(NumberStyle.decimalComma(table(List.of(List.of(cell("1,234.5"), cell("12,500"))))));
        // Damaged and not-given cells say nothing, whatever their text.
        assertFalse(NumberStyle.decimalComma(table(List.of(List.of(cell("1.234,5").damaged("cut"), cell("12.500"))))));
    }

    /** The texts as the table's convention was judged before the tally: every column of every row, listed. */
    private static List<String> listed(Table table) {
        List<String> texts = new ArrayList<>();
        for (Row row : table.rows()) {
            for (int c = 0; c < table.width(); c++) {
                if (row.cell(c).damage() == null && !row.cell(c).notGiven()) {
                    texts.add(row.cell(c).text());
                }
            }
        }
        return texts;
    }

    @Provide
    Arbitrary<Table> tables() {
        Arbitrary<Cell> cell = Combinators.combine(Arbitraries.of(TEXTS), Arbitraries.integers().between(0, 9))
                .as((text, kind) -> kind == 0 ? cell(text).damaged("digits cut off") : kind == 1 ? Cell.notGiven(null) : cell(text));
        Arbitrary<List<Cell>> row = cell.list().ofMinSize(0).ofMaxSize(6);
        return row.list().ofMinSize(0).ofMaxSize(12).map(NumberStyleTableProperties::table);
    }

    private static Cell cell(String text) {
        return new Cell(text, null);
    }

    private static Table table(List<List<Cell>> cells) {
        List<Row> rows = new ArrayList<>();
        for (List<Cell> row : cells) {
            rows.add(new Row("line " + rows.size(), null, null, row, null));
        }
        return new Table("t", "", "", null, List.of("2023", "2022"), rows, null);
    }
}
