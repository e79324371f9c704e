package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("Conventions filers differ on are settled once per table, from all its columns")
class TableConventionsTest {

    private static final String ROWS = """
        {"label": "Net income", "cells": ["$ 61", "$ 19"]},
        {"label": "Earnings per share:"},
        {"label": "Basic", "depth": 1, "cells": ["$ %s", "$ 0.05"]},
        {"label": "Shares used in computing earnings per share:"},
        {"label": "Basic", "depth": 1, "cells": ["375,023", "360,793"]}
        """;

    @Test
    @DisplayName("'In millions, except share and per share amounts' with shares shown in thousands: EPS holds")
    void shareUnitLeftUnsaidIsFoundFromTheColumns() {
        CheckRun run = run("0.16");
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), epsStatuses(run));
    }

    @Test
    @DisplayName("with the share unit settled, a wrong EPS still fails")
    void aWrongEpsStillFails() {
        CheckRun run = run("0.61");
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), epsStatuses(run));
    }

    private static CheckRun run(String eps) {
        return Checks.of(Checks.document("Statements of Operations", "In millions, except share and per share amounts",
                List.of("Three months ended June 26, 2004", "Three months ended June 28, 2003"), ROWS.formatted(eps)));
    }

    private static List<CheckStatus> epsStatuses(CheckRun run) {
        return run.outcomes().stream().filter(o -> o.rule().equals("IS.eps-basic")).map(CheckOutcome::status).toList();
    }
}
