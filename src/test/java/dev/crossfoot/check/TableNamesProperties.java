package dev.crossfoot.check;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.Amount;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.Cell;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Location;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.RowRole;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;
import dev.crossfoot.understand.ClaimWords;
import dev.crossfoot.understand.Labels;
import dev.crossfoot.understand.MeasureNames;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Claim ties keep a table's lines' names by what they are worked out from ({@code ClaimTies.TableNames}): tables that
 * differ in the title, a column header, a row's label or its section, or are read with other measure names, never
 * share them; tables whose numbers alone differ do. A claim tied with the names kept from an earlier table one label
 * apart comes out as it does alone.
 */
class TableNamesProperties {

    private static final String FILE = "doc.jsonl";
    private static final MeasureNames NAMES = new MeasureNames(ClaimWords.builtIn());

    /** A table's names and numbers: title, column headers, and per row a label, a section and an amount. */
    private record Shape(String title, List<String> columns, List<String> labels, List<String> sections, List<String> amounts) {
        Shape with(int what, int at, String text) {
            List<String> columns = new ArrayList<>(this.columns);
            List<String> labels = new ArrayList<>(this.labels);
            List<String> sections = new ArrayList<>(this.sections);
            List<String> amounts = new ArrayList<>(this.amounts);
            String title = this.title;
            switch (what) {
                case 0 -> title = title + text;
                case 1 -> columns.set(at % columns.size(), columns.get(at % columns.size()) + text);
                case 2 -> labels.set(at % labels.size(), labels.get(at % labels.size()) + text);
                case 3 -> sections.set(at % sections.size(), sections.get(at % sections.size()) + text);
                default -> amounts.set(at % amounts.size(), amounts.get(at % amounts.size()) + "1");
            }
            return new Shape(title, columns, labels, sections, amounts);
        }

        StatedTable stated() {
            List<StatementRow> rows = new ArrayList<>();
            for (int r = 0; r < labels.size(); r++) {
                List<Cell> cells = new ArrayList<>();
                List<Amount> values = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    cells.add(new Cell(amounts.get(r), new Location(FILE, 1, 0, "/rows/" + r + "/cells/" + c)));
                    values.add(new Amount(new BigDecimal(amounts.get(r)), BigDecimal.ONE, Measure.MONEY, BigDecimal.ONE));
                }
                rows.add(new StatementRow(new Row(labels.get(r), null, null, cells, new Location(FILE, 1, "/rows/" + r)),
                        Labels.normalise(labels.get(r)), r, 0, RowRole.ITEM, sections.get(r).isEmpty() ? List.of() : List.of(sections.get(r)),
                        null, Measure.MONEY, List.of(), values));
            }
            Table read = new Table("t", title, "", null, columns, rows.stream().map(StatementRow::row).toList(), null);
            StatementTable table = new StatementTable(new Document("doc", "", "", "", FILE, List.of(read)), read, 0,
                    StatementKind.INCOME, List.of(), rows);
            return StatedTable.of(List.of(table), SharedValues.NONE).get(0);
        }
    }

    @Property(tries = 500)
    @Label("tables one name apart never share their lines' names; tables whose numbers alone differ do")
    void oneInputApartNeverShares(@ForAll("shapes") Shape shape, @ForAll("inputs") int what, @ForAll("places") int at) {
        ClaimTies.TableNames names = ClaimTies.TableNames.of(NAMES, shape.stated());
        assertEquals(names, ClaimTies.TableNames.of(NAMES, shape.stated()));
        ClaimTies.TableNames other = ClaimTies.TableNames.of(NAMES, shape.with(what, at, " x").stated());
        if (what < 4) {
            assertNotEquals(names, other, "input " + what);
        } else {
            assertEquals(names, other);
        }
        assertNotEquals(names, ClaimTies.TableNames.of(new MeasureNames(ClaimWords.builtIn()), shape.stated()));
    }

    @Example
    void aClaimAfterATableOneLabelApartIsTiedAsAlone() throws Exception {
        Path dir = Files.createTempDirectory("table-names");
        String sentence = "Interest income was $30.2 million in fiscal 2019.";
        String table = """
                {"id": "interest", "title": "Other income (expense)", "unit": "in thousands",
                 "columns": ["Fiscal 2019", "Fiscal 2018"],
                 "rows": [{"label": "%s", "cells": ["$30,182", "$13,281"]},
                          {"label": "Interest expense", "cells": ["$(17,334)", "$(6,442)"]}]}""";
        CheckOutcome first = claim(dir, table.formatted("Interest income"), sentence);
        CheckOutcome apart = claim(dir, table.formatted("Interest incomes earned"), sentence);
        CheckOutcome again = claim(dir, table.formatted("Interest income"), sentence);
        assertEquals(CheckStatus.PASSED, first.status(), first.detail());
        assertEquals(CheckStatus.NOT_EVALUATED, apart.status(), apart.detail());
        assertEquals(first.status(), again.status());
        assertEquals(first.detail(), again.detail());
    }

    private static CheckOutcome claim(Path dir, String tables, String sentence) throws Exception {
        Path file = dir.resolve("doc.json");
        Files.writeString(file, "{\"crossfoot\": 1, \"document\": {\"id\": \"doc\"}, \"tables\": [" + tables
                + "], \"paragraphs\": [" + com.fasterxml.jackson.databind.node.TextNode.valueOf(sentence) + "]}");
        List<CheckOutcome> claims = Crossfoot.standard().check(List.of(file)).outcomes().stream()
                .filter(o -> o.rule().equals("TEXT.claim-ties")).toList();
        assertEquals(1, claims.size(), claims::toString);
        return claims.get(0);
    }

    @Provide
    Arbitrary<Shape> shapes() {
        Arbitrary<String> words = Arbitraries.of("Net sales", "Revenue", "Interest income", "Total", "Cost of sales", "");
        Arbitrary<String> headers = Arbitraries.of("2019", "2018", "Fiscal 2019 Net Sales", "Q4 2019");
        Arbitrary<String> amounts = Arbitraries.of("1", "20", "300", "4000");
        return Combinators.combine(words, headers.list().ofMinSize(1).ofMaxSize(3), words.list().ofMinSize(1).ofMaxSize(4),
                        words.list().ofSize(4), amounts.list().ofSize(4))
                .as((title, columns, labels, sections, numbers) -> new Shape(title, columns, labels,
                        sections.subList(0, labels.size()), numbers.subList(0, labels.size())));
    }

    @Provide
    Arbitrary<Integer> inputs() {
        return Arbitraries.integers().between(0, 4);
    }

    @Provide
    Arbitrary<Integer> places() {
        return Arbitraries.integers().between(0, 5);
    }
}
