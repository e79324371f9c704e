package dev.crossfoot.check;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Severity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The cash a statement of cash flows ends on ties to the balance sheet's. Before ASU 2016-18 filers
 * often reconciled in the cash flows the cash of operations held for sale or discontinued, which
 * the balance sheet shows among their assets: a cash-flow figure a little above the balance
 * sheet's is a warning naming that practice; one below it, or far above it, stays an error.
 */
class CashTieTest {

    @Test
    void cashFlowsALittleAboveTheBalanceSheetAreAWarning() {
        assertEquals(List.of(Severity.WARNING), severities(document("6,941", "6,903")));
    }

    @Test
    void cashFlowsBelowOrFarAboveTheBalanceSheetAreAnError() {
        assertEquals(List.of(Severity.ERROR), severities(document("6,865", "6,903")));
        assertEquals(List.of(Severity.ERROR), severities(document("7,941", "6,903")));
    }

    @Test
    void cashThatAgreesIsNoFinding() {
        assertEquals(List.of(), severities(document("6,903", "6,903")));
    }

    private static List<Severity> severities(String document) {
        return TestRuns.check(document).findings().stream().filter(finding -> finding.rule().equals("TIE.ending-cash"))
                .map(Finding::severity).toList();
    }

    /** A balance sheet with {@code balanceSheetCash} and cash flows ending on {@code cashFlowCash}. */
    private static String document(String cashFlowCash, String balanceSheetCash) {
        return """
            {"crossfoot": 1, "document": {"id": "cash"}, "tables": [
             {"id": "bs", "title": "Consolidated Balance Sheets", "unit": "in millions",
              "columns": ["July 31, 2008"], "rows": [
               {"label": "Cash and cash equivalents", "cells": ["%2$s"]},
               {"label": "Other assets", "cells": ["1,000"]}]},
             {"id": "cf", "title": "Consolidated Statements of Cash Flows", "unit": "in millions",
              "columns": ["Six months ended July 31, 2008"], "rows": [
               {"label": "Net cash provided by operating activities", "cells": ["1,372"]},
               {"label": "Net increase in cash and cash equivalents", "cells": ["1,372"]},
               {"label": "Cash and cash equivalents at beginning of year", "cells": ["%3$s"]},
               {"label": "Cash and cash equivalents at end of period", "cells": ["%1$s"]}]}]}
            """.formatted(cashFlowCash, balanceSheetCash,
                new java.math.BigDecimal(cashFlowCash.replace(",", "")).subtract(new java.math.BigDecimal("1372")).toPlainString());
    }
}
