package dev.crossfoot.understand;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoundedMemoTest {

    @Test
    void aKeyAskedAgainIsNotWorkedOutAgain() {
        BoundedMemo<String, Integer> memo = new BoundedMemo<>(10);
        AtomicInteger worked = new AtomicInteger();
        assertEquals(5, memo.get("total", key -> { worked.incrementAndGet(); return key.length(); }));
        assertEquals(5, memo.get("total", key -> { worked.incrementAndGet(); return -1; }));
        assertEquals(1, worked.get());
    }

    @Test
    void itNeverHoldsMoreThanItsLimitAndAnswersTheSameAfterStartingOver() {
        BoundedMemo<Integer, String> memo = new BoundedMemo<>(100);
        for (int key = 0; key < 1_000; key++) {
            assertEquals("#" + key, memo.get(key, k -> "#" + k));
            assertTrue(memo.size() <= 100, () -> memo.size() + " answers kept");
        }
        assertEquals("#3", memo.get(3, k -> "#" + k));
    }
}
