package dev.crossfoot.understand;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Period;
import dev.crossfoot.model.StatementTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

@DisplayName("A flow column that lost its length takes it from the columns it shares numbers with")
class PeriodAlignmentTest {

    private static final String SCHEDULE = """
        {"id": "supplemental", "title": "Supplemental Information", "unit": "in thousands",
         "columns": ["Three months ended September 30, 2011", "Nine months ended September 30, 2011"],
         "rows": [{"label": "Stock-based compensation:"},
                  {"label": "Cost of revenue", "depth": 1, "cells": ["358", "1,349"]},
                  {"label": "Operating expense", "depth": 1, "cells": ["1,709", "4,959"]},
                  {"label": "Total stock-based compensation", "depth": 1, "cells": ["2,067", "6,308"]}]}
        """;

    private static String reconciliation(String gross, String opex) {
        return """
            {"id": "reconciliation", "title": "Reconciliation Between GAAP and Non-GAAP Financial Measures", "unit": "in thousands",
             "columns": ["September 30, 2011", "September 30, 2010"],
             "rows": [{"label": "GAAP Gross profit", "cells": ["42,216", "23,778"]},
                      {"label": "Stock-based compensation expense", "cells": ["%s", "501"]},
                      {"label": "Non-GAAP Gross profit", "cells": ["42,574", "24,279"]},
                      {"label": "GAAP Operating expenses", "cells": ["41,015", "46,333"]},
                      {"label": "Stock-based compensation expense", "cells": ["(%s)", "(6,211)"]},
                      {"label": "Non-GAAP Operating expenses", "cells": ["39,306", "40,122"]}]}
            """.formatted(gross, opex);
    }

    @Test
    void sharedAmountsGiveTheLengthToEveryBareDateColumnOfTheTable() {
        StatementTable table = reconciliationOf("358", "1,709");
        assertEquals(new Period(false, java.time.LocalDate.of(2011, 9, 30), 3, null), table.period(0));
        assertEquals(3, table.period(1).months(), "the table's other bare-date column is a quarter too");
    }

    @Test
    void withoutSharedAmountsTheLengthStaysUnknown() {
        StatementTable table = reconciliationOf("357", "1,708");
        assertFalse(table.period(0).lengthKnown());
        assertFalse(table.period(1).lengthKnown());
    }

    private static StatementTable reconciliationOf(String gross, String opex) {
        CheckRun run = TestRuns.check("{\"crossfoot\": 1, \"tables\": [" + SCHEDULE + ", " + reconciliation(gross, opex) + "]}");
        StatementTable unaligned = run.statements().stream().filter(t -> t.id().equals("reconciliation")).findFirst().orElseThrow();
        return new PeriodAlignment().align(run.statements()).stream()
                .filter(t -> t.id().equals(unaligned.id())).findFirst().orElseThrow();
    }
}
