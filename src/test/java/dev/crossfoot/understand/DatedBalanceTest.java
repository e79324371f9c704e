package dev.crossfoot.understand;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A line named by nothing but a date states a balance at that date")
class DatedBalanceTest {

    @Test
    @DisplayName("an equity statement's dated rows are balances")
    void bareDates() {
        assertTrue(Hierarchy.isBalanceLabel("March 28, 2025"));
        assertTrue(Hierarchy.isBalanceLabel("November 30, 2009"));
        assertTrue(Hierarchy.isBalanceLabel(" December 31, 2024: "));
    }

    @Test
    @DisplayName("a line that says more than the date, or a date no calendar has, is not")
    void moreThanADate() {
        assertFalse(Hierarchy.isBalanceLabel("Dividends paid on March 1, 2024"));
        assertFalse(Hierarchy.isBalanceLabel("March 28, 2025 repurchases"));
        assertFalse(Hierarchy.isBalanceLabel("February 31, 2025"));
        assertFalse(Hierarchy.isBalanceLabel("2025"));
    }
}
