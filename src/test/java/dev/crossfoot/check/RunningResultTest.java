package dev.crossfoot.check;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A line that states the result so far in every column is a running subtotal of it, left out of
 * the sum whatever its label says ("Income from operations after income tax" under the tax line);
 * a line its label names as one of the statement's own lines is counted even where it happens to
 * equal the result so far (discontinued operations of (4) and 43 under continuing operations of (4)
 * and 43, as Textron's first quarter of 2010 shows them).
 */
class RunningResultTest {

    @Test
    void aNamedLineEqualToTheResultSoFarIsStillALine() {
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED),
                statuses("IS.net-income-from-continuing", statement("Income (loss) from discontinued operations, net of income taxes", "(4)", "43", "(8)", "86")));
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED),
                statuses("IS.net-income-from-continuing", statement("Income (loss) from discontinued operations, net of income taxes", "(4)", "43", "(4)", "86")));
    }

    @Test
    void aSubtotalAfterTheTaxIsLeftOutOfTheSum() {
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED),
                statuses("IS.net-income", statement("Income from operations after income tax", "(4)", "43", "(4)", "43")));
    }

    private static List<CheckStatus> statuses(String rule, String document) {
        return TestRuns.check(document).outcomes().stream().filter(outcome -> outcome.rule().equals(rule))
                .map(CheckOutcome::status).toList();
    }

    /** An income statement whose result after tax is (4) and 43, then a line and net income. */
    private static String statement(String lineLabel, String line2010, String line2009, String net2010, String net2009) {
        boolean continuing = lineLabel.contains("discontinued");
        return TestRuns.oneTable("Consolidated Statements of Operations", "in millions",
                "\"Three months ended March 31, 2010\", \"Three months ended March 31, 2009\"", """
                {"label": "Revenues", "cells": ["2,200", "2,526"]},
                {"label": "Total costs, expenses and other", "cells": ["2,189", "2,485"]},
                {"label": "Income before income taxes", "cells": ["11", "41"]},
                {"label": "Income tax expense (benefit)", "cells": ["15", "(2)"]},
                %s
                {"label": "%s", "cells": ["%s", "%s"]},
                {"label": "Net income (loss)", "cells": ["%s", "%s"]}
                """.formatted(continuing ? "{\"label\": \"Income (loss) from continuing operations\", \"cells\": [\"(4)\", \"43\"]}," : "",
                lineLabel, line2010, line2009, net2010, net2009));
    }
}
