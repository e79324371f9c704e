package dev.crossfoot.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A statement's kind parsed from its text is the same whether the text was parsed before or not. */
class StatementKindParseTest {

    @Test
    void aKeptKindIsTheFreshOne() {
        List<String> texts = new ArrayList<>(List.of("income", "Income Statement", "operations", "balance",
                "financial position", "balance-sheet", "cash-flows", "cash flow", " equity ", "reconciliation", "other"));
        for (StatementKind kind : StatementKind.values()) {
            texts.add(kind.name());
            texts.add(kind.label());
        }
        for (int pass = 0; pass < 2; pass++) {
            for (String text : texts) {
                assertEquals(StatementKind.parseAfresh(text), StatementKind.parse(text), text + ", pass " + pass);
            }
        }
        // Texts one character apart are told apart, not taken from each other.
        assertEquals(StatementKind.INCOME, StatementKind.parse("income"));
        assertEquals(StatementKind.OUTLOOK, StatementKind.parse("outlook"));
    }

    @Test
    void anUnknownKindFailsEveryTime() {
        for (int pass = 0; pass < 2; pass++) {
            assertThrows(IllegalArgumentException.class, () -> StatementKind.parse("footnote"));
        }
    }

    @Test
    void manyTextsParseAlikePastTheKeptOnes() {
        for (int i = 0; i < 600; i++) {
            String text = " ".repeat(i % 7) + (i % 2 == 0 ? "Income" : "cash-flow") + " ".repeat(i / 7);
            assertEquals(i % 2 == 0 ? StatementKind.INCOME : StatementKind.CASH_FLOW, StatementKind.parse(text), "'" + text + "'");
        }
    }
}
