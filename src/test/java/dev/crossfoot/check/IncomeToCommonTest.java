package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Net income available to common shareholders is after preferred dividends, not the parent's net income")
class IncomeToCommonTest {

    private static final String ROWS = """
        {"label": "Net income including income attributable to noncontrolling interests", "cells": ["120", "110"]},
        {"label": "Net income attributable to noncontrolling interests", "cells": ["20", "10"]},
        {"label": "Net income attributable to the Company", "cells": ["100", "100"]},
        {"label": "Net income available to common shareholders", "cells": ["90", "92"]},
        {"label": "Basic earnings per share", "cells": ["%s", "0.92"]},
        {"label": "Weighted average shares outstanding - basic", "cells": ["100", "100"]}
        """;

    @Test
    @DisplayName("the parent's net income is compared with consolidated net income less the noncontrolling part, not the amount available to common")
    void attributableIsTheParentsLine() {
        CheckRun run = run("0.90");
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(run, "IS.net-income-attributable"));
    }

    @Test
    @DisplayName("EPS divides the amount available to common shareholders, and a wrong EPS fails")
    void epsDividesTheAmountAvailableToCommon() {
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(run("0.90"), "IS.eps-basic"));
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), statuses(run("1.90"), "IS.eps-basic"));
    }

    private static CheckRun run(String eps) {
        return Checks.of(Checks.document("Consolidated Statements of Income", "In millions, except per share amounts",
                List.of("Three months ended March 31, 2010", "Three months ended March 31, 2009"), ROWS.formatted(eps)));
    }

    private static List<CheckStatus> statuses(CheckRun run, String rule) {
        return run.outcomes().stream().filter(o -> o.rule().equals(rule)).map(CheckOutcome::status).toList();
    }
}
