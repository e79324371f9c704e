package dev.crossfoot.understand;

import dev.crossfoot.model.StatementKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

@DisplayName("A table's statement kind comes from its title, then from its lines")
class StatementClassifierTest {

    private final StatementClassifier classifier = new StatementClassifier();

    @Test
    void aStatementOfCashFlowsIsOneByItsTitle() {
        assertEquals(StatementKind.CASH_FLOW, classifier.classify("Consolidated Statements of Cash Flows",
                List.of("Net income", "Depreciation", "Net cash provided by operating activities")));
        assertEquals(StatementKind.CASH_FLOW, classifier.classify("Cash Flows",
                List.of("Cash flows from operating activities:", "Net income")));
    }

    @Test
    void expectedBenefitPaymentsByFutureYearAreNoStatementOfCashFlows() {
        List<String> payments = List.of("Benefit payments for pension plans", "Benefit payments for other postretirement benefit plans",
                "Total");
        assertEquals(StatementKind.OTHER, classifier.classify("Cash Flows", payments));
        assertEquals(StatementKind.OTHER, classifier.classify("Expected future cash flows", payments));
    }

    @Test
    void totalAssetsBesideRevenuesIsASegmentNote() {
        assertEquals(StatementKind.OTHER, classifier.classify("The following table presents the reportable segment information:",
                List.of("Premiums", "Total revenues", "Earnings from operations", "Total assets")));
        assertEquals(StatementKind.BALANCE_SHEET, classifier.classify("The following table presents our financial position:",
                List.of("Cash", "Total current assets", "Total assets", "Total liabilities")));
    }
}
