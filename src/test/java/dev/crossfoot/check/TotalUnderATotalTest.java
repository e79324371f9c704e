package dev.crossfoot.check;

import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("A total right under another total adds the section enclosing both, as the numbers show it")
class TotalUnderATotalTest {

    private static final String REGIONS = """
        {"label": "Widgets", "cells": ["61", "58"]},
        {"label": "Gadgets", "cells": ["43", "40"]},
        {"label": "Total North America", "cells": ["104", "98"]},
        {"label": "Tools", "cells": ["37", "35"]},
        {"label": "Parts", "cells": ["29", "27"]},
        {"label": "Total Europe", "cells": ["66", "62"]},
        {"label": "Services", "cells": ["17", "16"]},
        {"label": "Licences", "cells": ["11", "9"]},
        {"label": "Total Asia", "cells": ["28", "25"]},
        {"label": "Total segments", "cells": ["%s", "185"]}
        """;

    private static final String EQUITY = """
        {"label": "Common stock", "cells": ["1,796", "1,793"]},
        {"label": "Retained earnings", "cells": ["%s", "3,288"]},
        {"label": "Treasury stock, at cost", "cells": ["(714)", "(715)"]},
        {"label": "Defined benefit postretirement plans", "cells": ["(794)", "(798)"]},
        {"label": "Other", "cells": ["(137)", "(268)"]},
        {"label": "Total accumulated other comprehensive loss", "cells": ["(931)", "(1,066)"]},
        {"label": "Total shareholders' equity", "cells": ["3,431", "3,300"]}
        """;

    @Test
    @DisplayName("the grand total of the regions' totals right under the last of them is footed: it holds, and a wrong one fails")
    void grandTotalOfSectionTotals() {
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(REGIONS.formatted("198"), "Total segments"));
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), statuses(REGIONS.formatted("189"), "Total segments"));
    }

    @Test
    @DisplayName("shareholders' equity right under the total of other comprehensive loss adds the stock, the earnings and that total")
    void equityOverItsAccumulatedOtherComprehensiveLoss() {
        assertEquals(List.of(CheckStatus.PASSED, CheckStatus.PASSED), statuses(EQUITY.formatted("3,280"), "Total shareholders' equity"));
        assertEquals(List.of(CheckStatus.FAILED, CheckStatus.PASSED), statuses(EQUITY.formatted("3,208"), "Total shareholders' equity"));
    }

    private static List<CheckStatus> statuses(String rows, String total) {
        return Checks.of(Checks.document("Statement", "In millions", List.of("2024", "2023"), rows)).outcomes().stream()
                .filter(o -> o.rule().equals("FOOT.section-total") && o.cells().get(0).row().equals(total))
                .map(CheckOutcome::status).toList();
    }
}
