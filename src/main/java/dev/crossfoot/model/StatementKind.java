package dev.crossfoot.model;

import java.util.Locale;

/** What kind of statement a table is; rules are scoped by it. */
public enum StatementKind {
    INCOME, BALANCE_SHEET, CASH_FLOW, EQUITY, RECONCILIATION, SUPPLEMENTAL, OUTLOOK, OWNERSHIP, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static StatementKind parse(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (key) {
            case "INCOME_STATEMENT", "OPERATIONS" -> INCOME;
            case "BALANCE", "FINANCIAL_POSITION" -> BALANCE_SHEET;
            case "CASH_FLOWS" -> CASH_FLOW;
            default -> valueOf(key);
        };
    }
}
