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

    @Test
    @DisplayName("'attributable to the company's stockholders after deduction of dividends on preferred stock' is the amount available to common")
    void attributableAfterPreferredDividendsIsAvailableToCommon() {
        String rows = """
            {"label": "Net income (loss)", "cells": ["(111,767)", "60,339"]},
            {"label": "Less: Net income (loss) attributable to the noncontrolling interest", "cells": ["(349)", "0"]},
            {"label": "Dividends on preferred stock", "cells": ["(5,201)", "(5,201)"]},
            {"label": "Net income (loss) attributable to CCIC stockholders after deduction of dividends on preferred stock", "cells": ["(116,619)", "55,138"]},
            {"label": "Basic net income (loss) per share", "cells": ["(0.41)", "0.19"]},
            {"label": "Weighted-average common shares outstanding - basic", "cells": ["284,000", "287,000"]}
            """;
        CheckRun run = Checks.of(Checks.document("Consolidated Statements of Operations", "In thousands, except per share amounts",
                List.of("Three months ended June 30, 2009", "Three months ended June 30, 2008"), rows));
        assertEquals(List.of(), run.findings().stream().filter(f -> f.rule().equals("IS.net-income-attributable")).toList());
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(run, "IS.eps-basic"));
    }

    private static CheckRun run(String eps) {
        return Checks.of(Checks.document("Consolidated Statements of Income", "In millions, except per share amounts",
                List.of("Three months ended March 31, 2010", "Three months ended March 31, 2009"), ROWS.formatted(eps)));
    }

    private static List<CheckStatus> statuses(CheckRun run, String rule) {
        return run.outcomes().stream().filter(o -> o.rule().equals(rule)).map(CheckOutcome::status).toList();
    }
}
