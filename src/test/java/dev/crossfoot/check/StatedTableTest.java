package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.Labels;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a table keeps for claims across documents gives back what the table states, digit for digit and place for place. */
class StatedTableTest {

    private static final String FILE = "data.jsonl";

    private static Location at(int row, int column) {
        return new Location(FILE, 7, 0, "/tables/0/rows/" + row + "/cells/" + column);
    }

    private static StatementRow row(int index, String label, Amount... amounts) {
        List<Cell> cells = new ArrayList<>();
        for (int c = 0; c < amounts.length; c++) {
            cells.add(new Cell(amounts[c] == null ? "" : "text " + index + "/" + c, at(index, c)));
        }
        return new StatementRow(new Row(label, null, null, cells, new Location(FILE, 7, "/tables/0/rows/" + index)),
                Labels.normalise(label), index, 0,
                RowRole.ITEM, List.of("Revenue"), null, Measure.MONEY, List.of(), Arrays.asList(amounts));
    }

    private static Amount money(String value, String precision) {
        return new Amount(new BigDecimal(value), new BigDecimal(precision), Measure.MONEY, new BigDecimal("1000"));
    }

    private static StatementTable table(StatementRow... rows) {
        Table read = new Table("sales", "Net sales", "in thousands", null, List.of("2019"),
                Arrays.stream(rows).map(StatementRow::row).toList(), null);
        return new StatementTable(new Document("doc", "", "", "", FILE, List.of(read)), read, 0, StatementKind.INCOME,
                List.of(), List.of(rows));
    }

    @Test
    void everyAmountComesBackAsTheSameDecimalsWithItsTextAndPlace() {
        Amount small = money("30182", "1");
        Amount fraction = money("-0.25", "0.01");
        Amount beyondALong = money("123456789012345678901234567890", "1");
        StatementRow row = row(3, "Product", small, null, fraction, beyondALong);
        StatedRow stated = StatedTable.of(List.of(table(row)), SharedValues.NONE).get(0).rows().get(0);
        for (int c : new int[] {0, 2, 3}) {
            Interval kept = stated.interval(c);
            Interval given = row.amount(c).interval();
            assertTrue(stated.has(c));
            assertEquals(given.low().unscaledValue(), kept.low().unscaledValue());
            assertEquals(given.low().scale(), kept.low().scale());
            assertEquals(given.high().unscaledValue(), kept.high().unscaledValue());
            assertEquals(given.high().scale(), kept.high().scale());
            assertEquals(row.cell(c).text(), stated.text(c));
            assertEquals(row.cell(c).location(), stated.location(c));
        }
        assertFalse(stated.has(1));
        assertFalse(stated.has(4));
        assertEquals(3, stated.cells());
        assertEquals("Product", stated.label());
        assertEquals(List.of("Revenue"), stated.sectionPath());
    }

    @Test
    void aLineWithoutAmountsIsNotKept() {
        StatedTable stated = StatedTable.of(List.of(table(row(0, "Revenue:", (Amount) null), row(1, "Product", money("5", "1")))),
                SharedValues.NONE).get(0);
        assertEquals(1, stated.rows().size());
        assertEquals("Product", stated.rows().get(0).label());
        assertEquals(1, stated.cells());
    }

    @Test
    void aCellWithoutAPlaceHasNone() {
        StatementRow row = new StatementRow(new Row("Product", null, null, List.of(new Cell("5", null)), null), "product", 0, 0, RowRole.ITEM,
                List.of(), null, Measure.MONEY, List.of(), List.of(money("5", "1")));
        assertNull(StatedTable.of(List.of(table(row)), SharedValues.NONE).get(0).rows().get(0).location(0));
    }

    @Test
    void theHeaderAndPeriodOfEachColumnAreTheTables() {
        StatedTable stated = StatedTable.of(List.of(table(row(0, "Product", money("5", "1"), money("6", "1")))), SharedValues.NONE).get(0);
        assertEquals(2, stated.width());
        assertEquals("2019", stated.column(0));
        assertEquals("column 2", stated.column(1));
        assertEquals("column 3", stated.column(2));
        assertNull(stated.period(0));
        assertEquals("in thousands", stated.unit());
        assertEquals("sales", stated.id());
    }

    @Test
    void documentsOfOneCompanyKeepEachRepeatedLabelAndTextOnce() {
        SharedValues shared = new SharedValues();
        StatedRow first = StatedTable.of(List.of(table(row(0, new String("Product"), money("5", "1")))), shared).get(0).rows().get(0);
        StatedRow second = StatedTable.of(List.of(table(row(0, new String("Product"), money("5", "1")))), shared).get(0).rows().get(0);
        assertSame(first.label(), second.label());
        assertSame(first.text(0), second.text(0));
    }
}
