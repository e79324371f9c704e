package dev.crossfoot.check;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Interval;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementRow;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The total column's running bounds pass over a run only where its exact sum could not hold. */
class TotalColumnProperties {

    @Property(tries = 2000)
    void aRunTheExactSumHoldsForIsNeverPassedOver(@ForAll("amounts") List<Long> cents, @ForAll("offsets") int offset) {
        List<StatementRow> rows = new ArrayList<>();
        for (int r = 0; r < cents.size(); r++) {
            rows.add(row(r, cents.get(r)));
        }
        ColumnFooting.TotalColumn column = new ColumnFooting.TotalColumn(rows, 0);
        for (int start = 0; start < rows.size(); start++) {
            for (int end = start + 1; end <= rows.size(); end++) {
                long sum = 0;
                for (int r = start; r < end; r++) {
                    sum += cents.get(r);
                }
                Interval reported = amount(sum + offset).interval();
                boolean holds = ColumnSums.addsUp(rows.subList(start, end), List.of(), 0, reported) == 1;
                if (holds && column.surelyMisses(start, end, reported)) {
                    throw new AssertionError("rows " + start + ".." + end + " of " + cents + " add up to " + reported
                            + " but were passed over");
                }
            }
        }
    }

    @Provide
    Arbitrary<List<Long>> amounts() {
        return Arbitraries.oneOf(Arbitraries.longs().between(-99_999_999_999L, 99_999_999_999L),
                Arbitraries.longs().between(-500, 500)).list().ofMinSize(1).ofMaxSize(12);
    }

    @Provide
    Arbitrary<Integer> offsets() {
        return Arbitraries.integers().between(-800, 800);
    }

    /** Hundredths of a unit, shown to the cent: each line rounded by half a cent either way. */
    private static Amount amount(long cents) {
        return new Amount(BigDecimal.valueOf(cents, 2), new BigDecimal("0.01"), Measure.MONEY, BigDecimal.ONE);
    }

    private static StatementRow row(int index, long cents) {
        Location at = new Location("t.json", 1, 0, "/tables/0/rows/" + index + "/cells/0");
        return new StatementRow(new Row("line " + index, null, null, List.of(new Cell("x", at)), at), "line " + index, index, 0,
                RowRole.ITEM, List.of(), null, Measure.MONEY, List.of(), List.of(amount(cents)));
    }
}
