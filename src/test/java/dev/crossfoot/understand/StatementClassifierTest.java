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
    @Test
    void aStatementWithoutItsTitleIsKnownByItsLines() {
        // The activities' cash worded without "net" (DuPont, "Cash provided by (used for) operating activities").
        assertEquals(StatementKind.CASH_FLOW, classifier.classify("", List.of("Net income attributable to DuPont", "Depreciation",
                "Cash provided by (used for) operating activities", "Purchases of property, plant and equipment")));
        // Sides closed by "TOTAL" alone (Rockwell): the current assets' total beside a total of liabilities.
        assertEquals(StatementKind.BALANCE_SHEET, classifier.classify("", List.of("Cash and cash equivalents", "Receivables",
                "Total current assets", "Goodwill", "TOTAL", "Accounts payable", "Total current liabilities", "Long-term debt",
                "Total shareowners' equity", "TOTAL")));
        assertEquals(StatementKind.BALANCE_SHEET, classifier.classify("", List.of("Vorräte", "Summe kurzfristige Vermögenswerte",
                "Sachanlagen", "Summe", "Summe kurzfristige Schulden", "Summe Eigenkapital", "Summe")));
        // "Total Sales" and a bank's interest income are its revenue.
        assertEquals(StatementKind.INCOME, classifier.classify("", List.of("Products and solutions", "Services", "Total Sales",
                "Total cost of sales", "Gross profit", "Net income")));
        assertEquals(StatementKind.INCOME, classifier.classify("", List.of("Loans", "Total interest income", "Deposits",
                "Total interest expense", "Net interest income", "Provision for credit losses", "Net income")));
        // A summary of working capital is no balance sheet: no total of liabilities beside the current assets' total.
        assertEquals(StatementKind.OTHER, classifier.classify("", List.of("Total current assets", "Current liabilities", "Working capital")));
    }

    @Test
    void aStatementIsNamedInEveryLanguageOfTheLexicon() {
        java.util.Map<String, StatementKind> titles = new java.util.LinkedHashMap<>();
        titles.put("Konzernbilanz zum 31. Dezember 2024", StatementKind.BALANCE_SHEET);
        titles.put("Konzern-Kapitalflussrechnung", StatementKind.CASH_FLOW);
        titles.put("Konzern-Gewinn- und Verlustrechnung", StatementKind.INCOME);
        titles.put("Konzern-Eigenkapitalveränderungsrechnung", StatementKind.EQUITY);
        titles.put("Bilan consolidé", StatementKind.BALANCE_SHEET);
        titles.put("État de la situation financière", StatementKind.BALANCE_SHEET);
        titles.put("Tableau des flux de trésorerie consolidés", StatementKind.CASH_FLOW);
        titles.put("Compte de résultat consolidé", StatementKind.INCOME);
        titles.put("Tableau de variation des capitaux propres", StatementKind.EQUITY);
        // A word of another language inside an English one names nothing: "bilateral" is no "bilan".
        titles.put("Bilateral agreements", StatementKind.OTHER);
        titles.forEach((title, kind) -> assertEquals(kind, classifier.classify(title, List.of("Item one", "Item two")), title));
    }
}
