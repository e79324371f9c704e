package dev.crossfoot.understand;

import dev.crossfoot.model.Document;
import dev.crossfoot.model.Measure;
import dev.crossfoot.model.StatementTable;
import dev.crossfoot.read.JsonReader;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("measures by decimals: a statement in thousands shows money whole, per-share amounts in cents, ratios with decimals")
class MeasuresByDecimalsTest {

    private static StatementTable analyzed(String rows) {
        String json = """
            {"crossfoot": 1, "tables": [{"title": "Statement of operations", "unit": "in thousands, except per share amounts",
              "columns": ["2010", "2009"], "rows": [%s]}]}
            """.formatted(rows);
        Document document = new JsonReader().read(Path.of("t.json"), "t.json", json.getBytes(StandardCharsets.UTF_8))
                .documents().get(0);
        return new TableAnalyzer(ConceptDictionary.empty()).analyze(document, document.tables().get(0), 0);
    }

    private static final String WHOLE_LINES = """
        {"label": "Net sales", "cells": ["1,565,482", "1,550,677"]},
        {"label": "Cost of goods sold", "cells": ["873,514", "870,071"]},
        {"label": "Gross profit", "cells": ["691,968", "680,606"]},
        """;

    /** What the lines after three whole-number money lines measure. */
    private static java.util.List<Measure> afterWholeLines(String rows) {
        return analyzed(WHOLE_LINES + rows).rows().stream().skip(3).map(dev.crossfoot.model.StatementRow::measure).toList();
    }

    @Test
    void aLineInCentsAmongWholeMoneyLinesIsPerShare() {
        assertEquals(java.util.List.of(Measure.MONEY, Measure.PER_SHARE), afterWholeLines("""
            {"label": "Net income", "cells": ["32,603", "37,279"]},
            {"label": "Basic", "cells": ["0.30", "0.32"]}"""));
    }

    @Test
    void aLineThatSaysPercentAndShowsDecimalsIsAPercentage() {
        // "5.5% senior notes": a percentage named, money stated, in whole figures.
        assertEquals(java.util.List.of(Measure.PERCENT, Measure.MONEY), afterWholeLines("""
            {"label": "Percent to net sales", "cells": ["44.2", "43.9"]},
            {"label": "5.5% senior notes interest", "cells": ["1,100", "1,100"]}"""));
    }

    @Test
    void withoutWholeLinesDecimalsSayNothing() {
        // A table in millions with one decimal: its money shows decimals, so cents prove nothing.
        StatementTable table = analyzed("""
            {"label": "Revenue", "cells": ["12.25", "11.50"]},
            {"label": "Costs", "cells": ["10.10", "9.75"]},
            {"label": "Margin", "cells": ["2.15", "1.75"]}""");
        assertEquals(Measure.MONEY, table.rows().get(0).measure());
        assertEquals(Measure.MONEY, table.rows().get(2).measure());
    }

    @Test
    void aLineInCentsAmongMoneyLinesInTenthsIsPerShare() {
        StatementTable table = analyzed("""
            {"label": "Sales", "cells": ["2,355.6", "2,923.6"]},
            {"label": "Cost of sales", "cells": ["1,756.3", "2,143.5"]},
            {"label": "Net income", "cells": ["113.2", "70.1"]},
            {"label": "Net income", "cells": ["0.54", "0.33"]}""");
        assertEquals(java.util.List.of(Measure.MONEY, Measure.MONEY, Measure.MONEY, Measure.PER_SHARE),
                table.rows().stream().map(dev.crossfoot.model.StatementRow::measure).toList());
    }

    @Test
    void aCommonSizeStatementInFractionsOfItsFirstLineIsOfRatios() {
        StatementTable table = analyzed("""
            {"label": "Sales to customers", "cells": ["1.000", "1.000"]},
            {"label": "Cost of products sold", "cells": ["0.292", "0.289"]},
            {"label": "Gross profit", "cells": ["0.708", "0.711"]},
            {"label": "Net earnings", "cells": ["0.211", "0.202"]}""");
        assertEquals(java.util.List.of(Measure.PURE, Measure.PURE, Measure.PURE, Measure.PURE),
                table.rows().stream().map(dev.crossfoot.model.StatementRow::measure).toList());
        // A first line of 1 among money: amounts.
        StatementTable money = analyzed("""
            {"label": "Dividends", "cells": ["1.00", "1.00"]},
            {"label": "Fees", "cells": ["0.25", "0.30"]},
            {"label": "Other", "cells": ["2.50", "0.75"]},
            {"label": "Total", "cells": ["3.75", "2.05"]}""");
        assertEquals(Measure.MONEY, money.rows().get(0).measure());
    }

    @Test
    void aMoneyLineWithOneFigureMisreadIntoCentsStaysMoney() {
        assertEquals(java.util.List.of(Measure.MONEY), afterWholeLines("""
            {"label": "Interest expense", "cells": ["115.70", "12,202"]}"""));
    }
}
