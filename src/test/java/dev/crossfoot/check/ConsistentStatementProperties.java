package dev.crossfoot.check;

import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The other half of the law: a statement whose lines are computed consistently, then rounded
 * the way filers round, passes every rule — whatever the amounts, the number of expense lines,
 * the sign of the result, or how negatives and the tax line are shown.
 */
@Label("A consistently generated statement passes every rule")
class ConsistentStatementProperties {

    /** The free choices of one income statement, in thousands; everything else is derived. */
    record Operations(long product, long service, long productCost, long serviceCost, List<Long> expenses,
                      long interest, long tax, long shares, boolean taxShownSigned) { }

    @Property(tries = 300)
    @Label("an income statement with totals, margins, taxes and EPS")
    void incomeStatementPasses(@ForAll("operations") Operations ops) {
        CheckRun run = Checks.of(Checks.document("Consolidated Statements of Operations",
                "in thousands, except per share amounts", List.of("Year ended December 31, 2011"), rows(ops)));
        assertTrue(run.findings().isEmpty(), () -> run.findings().toString());
        long evaluated = run.outcomes().stream().filter(o -> o.status() != CheckStatus.NOT_EVALUATED).count();
        assertTrue(evaluated >= 12, "checks evaluated: " + evaluated);
    }

    @Provide
    Arbitrary<Operations> operations() {
        Arbitrary<Long> amount = Arbitraries.longs().between(1, 5_000_000);
        Arbitrary<Long> small = Arbitraries.longs().between(0, 900_000);
        Arbitrary<long[]> costs = Combinators.combine(small, small).as((product, service) -> new long[] {product, service});
        return Combinators.combine(amount, amount, costs, small.list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.longs().between(-50_000, 50_000), Arbitraries.longs().between(-100_000, 300_000),
                Arbitraries.longs().between(1_000, 5_000_000), Arbitraries.of(true, false))
                .as((product, service, cost, expenses, interest, tax, shares, signed) ->
                        new Operations(product, service, cost[0], cost[1], expenses, interest, tax, shares, signed));
    }

    static String rows(Operations ops) {
        long revenue = ops.product() + ops.service();
        long cost = ops.productCost() + ops.serviceCost();
        long gross = revenue - cost;
        long expenses = ops.expenses().stream().mapToLong(Long::longValue).sum();
        long operating = gross - expenses;
        long pretax = operating + ops.interest();
        long net = pretax - ops.tax();
        List<String> rows = new ArrayList<>();
        rows.add(header("Revenue:"));
        rows.add(row("Product", 1, money(ops.product(), true)));
        rows.add(row("Service", 1, money(ops.service(), false)));
        rows.add(row("Total revenue", 1, money(revenue, false)));
        rows.add(header("Cost of revenue:"));
        rows.add(row("Product", 1, money(ops.productCost(), false)));
        rows.add(row("Service", 1, money(ops.serviceCost(), false)));
        rows.add(row("Total cost of revenue", 1, money(cost, false)));
        rows.add(row("Gross profit", 0, money(gross, false)));
        rows.add(row("Gross margin %", 0, percent(gross, revenue)));
        rows.add(header("Operating expenses:"));
        for (int i = 0; i < ops.expenses().size(); i++) {
            rows.add(row("Expense line " + (i + 1), 1, money(ops.expenses().get(i), false)));
        }
        rows.add(row("Total operating expenses", 1, money(expenses, false)));
        rows.add(row("Income (loss) from operations", 0, money(operating, false)));
        rows.add(row("Interest income (expense), net", 0, money(ops.interest(), false)));
        rows.add(row("Income (loss) before income taxes", 0, money(pretax, false)));
        rows.add(ops.taxShownSigned()
                ? row("Income tax benefit (provision)", 0, money(-ops.tax(), false))
                : row("Provision for income taxes", 0, money(ops.tax(), false)));
        rows.add(row("Net income (loss)", 0, money(net, true)));
        rows.add(header("Earnings (loss) per share:"));
        rows.add(row("Basic", 1, "$ " + shown(perShare(net, ops.shares()))));
        rows.add(row("Diluted", 1, "$ " + shown(perShare(net, ops.shares()))));
        rows.add(header("Shares used to compute earnings (loss) per share:"));
        rows.add(row("Basic", 1, money(ops.shares(), false)));
        rows.add(row("Diluted", 1, money(ops.shares(), false)));
        return String.join(",\n", rows);
    }

    private static BigDecimal perShare(long net, long shares) {
        return BigDecimal.valueOf(net).divide(BigDecimal.valueOf(shares), 2, RoundingMode.HALF_UP);
    }

    private static String percent(long part, long whole) {
        BigDecimal ratio = BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
        return shown(ratio) + "%";
    }

    private static String money(long value, boolean dollar) {
        return (dollar ? "$ " : "") + shown(BigDecimal.valueOf(value));
    }

    private static String shown(BigDecimal value) {
        String digits = String.format(java.util.Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value.abs());
        return value.signum() < 0 ? "(" + digits + ")" : value.signum() == 0 && value.scale() == 0 ? "—" : digits;
    }

    private static String header(String label) {
        return "{\"label\": \"" + label + "\"}";
    }

    private static String row(String label, int depth, String cell) {
        return "{\"label\": \"" + label + "\", \"depth\": " + depth + ", \"cells\": [\"" + cell + "\"]}";
    }
}
