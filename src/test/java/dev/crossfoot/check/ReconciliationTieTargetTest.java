package dev.crossfoot.check;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A table outside the statements (a reconciliation in the discussion) ties to the first statement
 * of the kind that shows the concept. Its own label only chooses among that statement's rows: a
 * later table labelled alike (a segment's "Revenue" under a heading that reads as an income
 * statement's, "Results of Operations") is no statement the filer reconciles to.
 */
@DisplayName("A reconciliation ties to the statement, not to a later table labelled alike")
class ReconciliationTieTargetTest {

    @Test
    @DisplayName("'Revenue' ties to the income statement's total revenue, though a segment table after it has a 'Revenue' line")
    void tiesToTheFirstStatementOfTheKind() {
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(document("16,977", "15,770")));
    }

    @Test
    @DisplayName("a reconciliation's wrong revenue fails against the income statement")
    void aWrongFigureFailsAgainstTheStatement() {
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), statuses(document("16,797", "15,770")));
    }

    @Test
    @DisplayName("a line named 'Sales' under a 'Revenue:' heading is a part of revenue, not its total: the tie goes to 'Total revenue'")
    void salesUnderARevenueHeadingIsAPart() {
        String document = """
            {"crossfoot": 1, "document": {"id": "parts"}, "tables": [
             {"id": "is", "title": "Consolidated Income Statement", "unit": "in millions",
              "columns": ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024"], "rows": [
               {"label": "Revenue:", "cells": []},
               {"label": "Services", "cells": ["7,682", "7,405"]},
               {"label": "Sales", "cells": ["9,129", "8,195"]},
               {"label": "Financing", "cells": ["166", "170"]},
               {"label": "Total revenue", "cells": ["16,977", "15,770"]},
               {"label": "Net income", "cells": ["2,194", "1,834"]}]},
             {"id": "recon", "title": "Reconciliation of GAAP to Operating (non-GAAP) Results", "unit": "in millions",
              "columns": ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024"], "rows": [
               {"label": "Revenue", "cells": ["16,977", "15,770"]},
               {"label": "GAAP net income", "cells": ["2,194", "1,834"]},
               {"label": "Acquisition-related charges", "cells": ["300", "250"]},
               {"label": "Non-GAAP net income", "cells": ["2,494", "2,084"]}]}]}
            """;
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(document));
    }

    private static List<CheckStatus> statuses(String document) {
        return TestRuns.check(document).outcomes().stream().filter(o -> o.rule().equals("TIE.reconciliation-revenue"))
                .map(CheckOutcome::status).toList();
    }

    private static String document(String revenue, String priorRevenue) {
        return """
            {"crossfoot": 1, "document": {"id": "recon"}, "tables": [
             {"id": "is", "title": "Consolidated Income Statement", "unit": "in millions",
              "columns": ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024"], "rows": [
               {"label": "Total revenue", "cells": ["16,977", "15,770"]},
               {"label": "Cost of revenue", "cells": ["7,000", "6,800"]},
               {"label": "Gross profit", "cells": ["9,977", "8,970"]},
               {"label": "Net income", "cells": ["2,194", "1,834"]}]},
             {"id": "recon", "title": "Reconciliation of GAAP to Operating (non-GAAP) Results", "unit": "in millions",
              "columns": ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024"], "rows": [
               {"label": "Revenue", "cells": ["%s", "%s"]},
               {"label": "GAAP net income", "cells": ["2,194", "1,834"]},
               {"label": "Acquisition-related charges", "cells": ["300", "250"]},
               {"label": "Non-GAAP net income", "cells": ["2,494", "2,084"]}]},
             {"id": "segment", "title": "Results of Operations", "unit": "in millions",
              "columns": ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024"], "rows": [
               {"label": "Revenue", "cells": ["166", "169"]},
               {"label": "Segment profit", "cells": ["179", "77"]},
               {"label": "Net income", "cells": ["120", "60"]}]}]}
            """.formatted(revenue, priorRevenue);
    }
}
