package dev.crossfoot.check;

import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckStatus;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A partnership's net income per limited partner unit divides the limited partners' part of net
 * income, what is left after the general partner's share, not the whole of it (as a master limited
 * partnership's statement of operations shows them: "Limited partners", "General partner").
 */
class EarningsPerUnitTest {

    @Test
    void earningsPerLimitedPartnerUnitDivideTheLimitedPartnersPart() {
        // 112 / 136 = 0.82; the whole net income over the units would be 1.11.
        assertEquals(List.of(CheckStatus.PASSED), statuses(partnership("LIMITED PARTNERS", "0.82")));
        assertEquals(List.of(CheckStatus.PASSED), statuses(partnership("Limited partners' interest in net income", "0.82")));
        assertEquals(List.of(CheckStatus.FAILED), statuses(partnership("LIMITED PARTNERS", "1.11")));
    }

    @Test
    void aRegistrantThatIsALimitedPartnershipKeepsItsNetIncome() {
        // "Net income attributable to X Limited Partnership" is the registrant's own net income, the numerator.
        assertEquals(List.of(CheckStatus.PASSED), statuses(partnership("Net income attributable to Example Limited Partnership", "0.82")));
    }

    private static List<CheckStatus> statuses(String document) {
        return TestRuns.check(document).outcomes().stream().filter(outcome -> outcome.rule().equals("IS.eps-basic"))
                .map(CheckOutcome::status).toList();
    }

    /** A partnership's statement of operations: net income 151, of which 112 is the line named {@code limitedPartners}. */
    private static String partnership(String limitedPartners, String perUnit) {
        return TestRuns.oneTable("Consolidated Statements of Operations", "in millions",
                "\"Three months ended March 31, 2010\"", """
                {"label": "Total revenues", "cells": ["1,000"]},
                {"label": "Total costs and expenses", "cells": ["849"]},
                {"label": "Net income", "cells": ["151"]},
                {"label": "%s", "cells": ["112"]},
                {"label": "General partner", "cells": ["39"]},
                {"label": "Basic net income per limited partner unit", "cells": ["%s"]},
                {"label": "Basic weighted average units outstanding", "cells": ["136"]}
                """.formatted(limitedPartners, perUnit));
    }
}
