package dev.crossfoot.model;

import java.util.Locale;

/** What kind of statement a table is; rules are scoped by it. */
public enum StatementKind {
    INCOME, BALANCE_SHEET, CASH_FLOW, EQUITY, RECONCILIATION, SUPPLEMENTAL, OUTLOOK, OWNERSHIP, OTHER;

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Kinds already parsed, by their text: the rules name the statement of a tie, parsed for every column bound. */
    private static final java.util.concurrent.ConcurrentHashMap<String, StatementKind> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    /** The most texts kept: the rule files' and an input's few spellings, not whatever an input writes. */
    private static final int MOST_KEPT = 256;

    public static StatementKind parse(String text) {
        StatementKind known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        StatementKind parsed = parseAfresh(text);
        if (PARSED.size() < MOST_KEPT) {
            PARSED.put(text, parsed);
        }
        return parsed;
    }

    /** {@link #parse} without the kinds kept. */
    static StatementKind parseAfresh(String text) {
        String key = text.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (key) {
            case "INCOME_STATEMENT", "OPERATIONS" -> INCOME;
            case "BALANCE", "FINANCIAL_POSITION" -> BALANCE_SHEET;
            case "CASH_FLOWS" -> CASH_FLOW;
            default -> valueOf(key);
        };
    }
}
