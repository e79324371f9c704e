package dev.crossfoot.check;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

@DisplayName("A time budget")
class TimeBudgetTest {

    @Test
    @DisplayName("spent, stops the work at the next look at the clock, once every 256 cells however the cells are counted")
    void spentBudgetStopsAtTheNextLook() {
        assertThrows(TimeBudget.Exceeded.class, () -> TimeBudget.within(Duration.ZERO, () -> {
            for (int cell = 0; cell < 255; cell++) {
                TimeBudget.tick();
            }
            assertDoesNotThrow(() -> TimeBudget.tick(0));
            TimeBudget.tick();
            return null;
        }));
        assertThrows(TimeBudget.Exceeded.class, () -> TimeBudget.within(Duration.ZERO, () -> {
            assertDoesNotThrow(() -> TimeBudget.tick(200));
            assertDoesNotThrow(() -> TimeBudget.tick(55));
            TimeBudget.tick(3);
            return null;
        }));
    }

    @Test
    @DisplayName("not spent, lets the work run")
    void budgetLeftLetsWorkRun() {
        assertDoesNotThrow(() -> TimeBudget.within(Duration.ofMinutes(5), () -> {
            TimeBudget.tick(10_000);
            return null;
        }));
    }

    @Test
    @DisplayName("outside any budget, counts nothing and never stops")
    void noBudget() {
        assertDoesNotThrow(() -> TimeBudget.tick(1_000_000));
    }
}
