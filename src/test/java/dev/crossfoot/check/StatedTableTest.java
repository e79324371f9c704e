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

    @Test
    void aValueKeptBeforeAtTheSamePlaceIsTakenWhereEqualAndOnlyThere() {
        SharedValues shared = new SharedValues();
        List<StatedTable> before = StatedTable.of(List.of(table(row(0, new String("Product"), money("5", "1"), money("6", "1")))), shared);
        StatementTable next = table(row(0, new String("Product"), money("5", "1"), money("7", "1")));
        StatedRow alike = StatedTable.of(List.of(next), shared, before).get(0).rows().get(0);
        StatedRow kept = before.get(0).rows().get(0);
        assertSame(kept.label(), alike.label());
        assertSame(kept.text(0), alike.text(0));
        assertSame(kept.location(0).fragment(), alike.location(0).fragment());
        // Another label, and lines placed otherwise: nothing of the line before is taken, the values are the table's own.
        StatementTable other = table(row(0, new String("Service"), money("5", "1")), row(1, new String("Product"), money("5", "1")));
        List<StatedRow> rows = StatedTable.of(List.of(other), shared, before).get(0).rows();
        assertEquals("Service", rows.get(0).label());
        assertEquals("text 0/0", rows.get(0).text(0));
        assertEquals("/tables/0/rows/0/cells/0", rows.get(0).location(0).fragment());
        assertEquals("Product", rows.get(1).label());
        assertEquals("text 1/0", rows.get(1).text(0));
        assertEquals("/tables/0/rows/1/cells/0", rows.get(1).location(0).fragment());
        assertSame(kept.label(), rows.get(1).label());
    }

    @Test
    void aTableKeptUnderTheSameNameIsTakenFromBeforeTheOneAtTheSamePlace() {
        SharedValues shared = new SharedValues();
        StatedTable named = StatedTable.of(List.of(table(row(0, new String("Product"), money("5", "1")))), shared).get(0);
        List<StatedTable> atTheSamePlace = StatedTable.of(List.of(table(row(0, new String("Product"), money("5", "1")))), shared);
        StatementTable next = table(row(0, new String("Product"), money("5", "1")));
        StatedRow taken = StatedTable.of(List.of(next), shared, t -> named, atTheSamePlace).get(0).rows().get(0);
        StatedRow kept = named.rows().get(0);
        assertSame(kept.label(), taken.label());
        assertSame(kept.text(0), taken.text(0));
        assertSame(kept.location(0).fragment(), taken.location(0).fragment());
        // Where no table of the name was kept, the one at the same place gives its values.
        StatedRow placed = StatedTable.of(List.of(next), shared, t -> null, atTheSamePlace).get(0).rows().get(0);
        assertSame(atTheSamePlace.get(0).rows().get(0).text(0), placed.text(0));
        // The named table's values are taken only where equal.
        StatedRow other = StatedTable.of(List.of(table(row(0, new String("Service"), money("6", "1")))), shared, t -> named,
                atTheSamePlace).get(0).rows().get(0);
        assertEquals("Service", other.label());
        assertEquals("text 0/0", other.text(0));
        assertEquals(0, other.interval(0).low().compareTo(new BigDecimal("5500")));
    }

    /**
     * Every document of the checked fixtures kept after the one before (as a checking thread keeps them) keeps what it
     * keeps alone, and each value it keeps is the one the run's shared values hold: taking the values kept before at the
     * same place changes neither what is kept nor how often it is kept.
     */
    @Test
    void documentsKeptAfterOneAnotherKeepWhatTheyKeepAloneAndEachValueOnce() throws Exception {
        Checker checker = new Checker(RuleBook.builtIn());
        SharedValues shared = new SharedValues();
        List<StatedTable> before = List.of();
        int values = 0;
        int takenFromBefore = 0;
        for (Document document : CheckedFixtures.documents()) {
            List<StatementTable> statements = checker.check(document).statements();
            List<StatedTable> alone = StatedTable.of(statements, SharedValues.NONE);
            List<StatedTable> kept = StatedTable.of(statements, shared, before);
            assertEquals(alone.size(), kept.size());
            for (int t = 0; t < kept.size(); t++) {
                StatedTable a = alone.get(t);
                StatedTable k = kept.get(t);
                String where = document.id() + " " + k.id();
                assertEquals(a.title(), k.title(), where);
                assertSame(shared.apply(k.title()), k.title(), where);
                assertEquals(a.unit(), k.unit(), where);
                assertSame(shared.apply(k.unit()), k.unit(), where);
                assertEquals(a.periods(), k.periods(), where);
                assertSame(shared.apply(k.periods()), k.periods(), where);
                assertEquals(a.width(), k.width(), where);
                for (int c = 0; c < k.width(); c++) {
                    assertEquals(a.column(c), k.column(c), where);
                    assertSame(shared.apply(k.column(c)), k.column(c), where);
                }
                assertEquals(a.rows().size(), k.rows().size(), where);
                for (int r = 0; r < k.rows().size(); r++) {
                    StatedRow ar = a.rows().get(r);
                    StatedRow kr = k.rows().get(r);
                    assertEquals(ar.label(), kr.label(), where);
                    assertSame(shared.apply(kr.label()), kr.label(), where);
                    assertEquals(ar.sectionPath(), kr.sectionPath(), where);
                    assertSame(shared.apply(kr.sectionPath()), kr.sectionPath(), where);
                    assertEquals(ar.concept(), kr.concept(), where);
                    for (int c = 0; c < k.width(); c++) {
                        assertEquals(ar.has(c), kr.has(c), where);
                        if (!kr.has(c)) {
                            continue;
                        }
                        assertEquals(ar.text(c), kr.text(c), where);
                        assertSame(shared.apply(kr.text(c)), kr.text(c), where);
                        assertEquals(ar.location(c), kr.location(c), where);
                        if (kr.location(c) != null) {
                            assertSame(shared.apply(kr.location(c).fragment()), kr.location(c).fragment(), where);
                        }
                        assertEquals(ar.interval(c), kr.interval(c), where);
                        values++;
                        takenFromBefore += t < before.size() && r < before.get(t).rows().size() && before.get(t).rows().get(r).has(c)
                                && before.get(t).rows().get(r).text(c) == kr.text(c) ? 1 : 0;
                    }
                }
            }
            before = kept;
        }
        assertTrue(values > 20_000 && takenFromBefore > 1_000, values + " values, " + takenFromBefore + " taken from before");
    }
}
