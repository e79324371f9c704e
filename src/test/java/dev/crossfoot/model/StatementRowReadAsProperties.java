package dev.crossfoot.model;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A row read under another structure with its cells shared ({@link StatementRow#readAs}) is the row the constructor
 * builds from the same parts and the first row's values and amounts: equal, with the same hash, text, values and
 * amounts column by column; and a row's amounts cannot be changed through the list it gives.
 */
class StatementRowReadAsProperties {

    @Property(tries = 2000)
    @Label("a row read as another structure is the row built afresh from its parts and the first row's cells")
    void readAsBuiltAfresh(@ForAll("amounts") List<Amount> amounts, @ForAll("roles") RowRole role,
                           @ForAll("measures") Measure measure, @ForAll("depths") int depth) {
        List<Cell> cells = new ArrayList<>();
        List<CellValue> values = new ArrayList<>();
        for (Amount amount : amounts) {
            cells.add(new Cell(amount == null ? "—" : amount.value().toPlainString(), null));
            values.add(amount == null ? new CellValue.Text("—")
                    : new CellValue.Number(amount.value(), amount.precision(), false, false));
        }
        Row given = new Row("Total revenue", 2, null, cells, null);
        StatementRow first = new StatementRow(given, "total revenue", 3, 2, RowRole.ITEM, List.of("revenue"), "revenue",
                Measure.MONEY, values, amounts);
        Row plain = new Row("Total revenue", null, null, cells, null);
        StatementRow shared = first.readAs(plain, "total revenue", depth, role, List.of(), "total_revenue", measure);
        StatementRow afresh = new StatementRow(plain, "total revenue", 3, depth, role, List.of(), "total_revenue", measure,
                first.values(), first.amounts());
        assertEquals(afresh, shared);
        assertEquals(afresh.hashCode(), shared.hashCode());
        assertEquals(afresh.toString(), shared.toString());
        assertEquals(afresh.normalLabel(), shared.normalLabel());
        assertSame(plain, shared.row());
        for (int c = 0; c <= amounts.size(); c++) {
            assertEquals(afresh.amount(c), shared.amount(c));
            assertEquals(afresh.value(c), shared.value(c));
        }
        assertEquals(amounts, shared.amounts());
        if (!amounts.isEmpty()) {
            assertThrows(UnsupportedOperationException.class, () -> first.amounts().set(0, null));
            assertThrows(UnsupportedOperationException.class, () -> shared.amounts().set(0, null));
        }
    }

    @Provide
    Arbitrary<List<Amount>> amounts() {
        Arbitrary<Amount> amount = Arbitraries.bigDecimals().between(new BigDecimal("-99999"), new BigDecimal("99999"))
                .ofScale(1).map(value -> new Amount(value, new BigDecimal("0.1"), Measure.MONEY, BigDecimal.ONE));
        return amount.injectNull(0.3).list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<RowRole> roles() {
        return Arbitraries.of(RowRole.class);
    }

    @Provide
    Arbitrary<Measure> measures() {
        return Arbitraries.of(Measure.class);
    }

    @Provide
    Arbitrary<Integer> depths() {
        return Arbitraries.integers().between(0, 4);
    }
}
