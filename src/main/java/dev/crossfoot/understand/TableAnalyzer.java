package dev.crossfoot.understand;

import dev.crossfoot.model.Amount;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.Row;
import dev.crossfoot.model.StatementKind;
import dev.crossfoot.model.StatementRow;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.model.Table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a table as read into a table understood: cell values, hierarchy, statement kind,
 * concepts, measures, scaled amounts and column periods. Nothing here throws on odd input:
 * what cannot be understood stays unknown (a null concept, a malformed value).
 */
public final class TableAnalyzer {

    private final NumberParser numbers = new NumberParser();
    private final Hierarchy hierarchy = new Hierarchy();
    private final StatementClassifier classifier = new StatementClassifier();
    private final MeasureClassifier measures = new MeasureClassifier();
    private final PeriodParser periods = new PeriodParser();
    private final ConceptDictionary concepts;

    public TableAnalyzer(ConceptDictionary concepts) {
        this.concepts = concepts;
    }

    public StatementTable analyze(Document document, Table table, int tableIndex) {
        int width = table.width();
        List<List<CellValue>> values = new ArrayList<>();
        List<Hierarchy.Line> lines = new ArrayList<>();
        for (Row row : table.rows()) {
            List<CellValue> rowValues = new ArrayList<>();
            boolean hasNumbers = false;
            for (int c = 0; c < width; c++) {
                CellValue value = numbers.parse(row.cell(c).text());
                rowValues.add(value);
                hasNumbers |= !(value instanceof CellValue.Absent);
            }
            values.add(rowValues);
            lines.add(new Hierarchy.Line(row.label(), hasNumbers, row.depth()));
        }
        List<Hierarchy.Place> places = hierarchy.places(lines);
        StatementKind kind = kindOf(table);
        Units units = Units.parse(table.unit().isBlank() ? table.title() : table.unit());

        List<StatementRow> rows = new ArrayList<>();
        for (int r = 0; r < table.rows().size(); r++) {
            Row row = table.rows().get(r);
            Hierarchy.Place place = places.get(r);
            List<CellValue> rowValues = values.get(r);
            Measure measure = measures.classify(row.label(), place.sectionPath(), rowValues);
            String concept = row.concept() != null && !row.concept().isBlank() ? row.concept()
                    : place.role() == dev.crossfoot.model.RowRole.HEADER ? null
                    : concepts.conceptOf(row.label(), place.sectionPath(), kind, measure);
            rows.add(new StatementRow(row, r, place.level(), place.role(), place.sectionPath(), concept, measure,
                    rowValues, amountsOf(rowValues, measure, units)));
        }
        List<Period> columnPeriods = new ArrayList<>();
        for (int c = 0; c < width; c++) {
            columnPeriods.add(periods.parse(table.column(c)));
        }
        return new StatementTable(document, table, tableIndex, kind, columnPeriods, rows);
    }

    private StatementKind kindOf(Table table) {
        if (table.statement() != null && !table.statement().isBlank()) {
            try {
                return StatementKind.parse(table.statement());
            } catch (IllegalArgumentException unknown) {
                // An unknown hint is no reason to stop: fall back to recognising the table.
            }
        }
        return classifier.classify(table.title(), table.rows().stream().map(Row::label).toList());
    }

    /**
     * A dash stands for zero shown at the row's usual precision: "—" in a column of thousands
     * means less than half a thousand, not exactly nothing.
     */
    private static List<Amount> amountsOf(List<CellValue> values, Measure measure, Units units) {
        BigDecimal scale = units.scaleOf(measure);
        BigDecimal usualPrecision = null;
        for (CellValue value : values) {
            if (value instanceof CellValue.Number number && (usualPrecision == null || number.precision().compareTo(usualPrecision) < 0)) {
                usualPrecision = number.precision();
            }
        }
        List<Amount> amounts = new ArrayList<>();
        for (CellValue value : values) {
            if (value instanceof CellValue.Number number) {
                amounts.add(new Amount(number.value(), number.precision(), measure, scale));
            } else if (value instanceof CellValue.Nil) {
                BigDecimal precision = usualPrecision != null ? usualPrecision : BigDecimal.ONE;
                amounts.add(new Amount(BigDecimal.ZERO.setScale(precision.scale()), precision, measure, scale));
            } else {
                amounts.add(null);
            }
        }
        return amounts;
    }
}
