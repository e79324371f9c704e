package dev.crossfoot;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InArrivalOrderTest {

    /** The first work is held until the second has finished: its result is still recorded first. */
    @Test
    void resultsAreRecordedInArrivalOrderWhateverOrderTheWorkFinishesIn() throws Exception {
        List<String> recorded = new ArrayList<>();
        CountDownLatch secondDone = new CountDownLatch(1);
        try (InArrivalOrder order = new InArrivalOrder(2)) {
            order.submit(() -> {
                assertTrue(secondDone.await(10, TimeUnit.SECONDS), "the second work ran while the first waited");
                return () -> recorded.add("first");
            });
            order.add(() -> recorded.add("a problem read between them"));
            order.submit(() -> {
                secondDone.countDown();
                return () -> recorded.add("second");
            });
            order.finish();
        }
        assertEquals(List.of("first", "a problem read between them", "second"), recorded);
    }

    @Test
    void withOneJobTheWorkIsDoneAndRecordedAtOnce() {
        List<String> recorded = new ArrayList<>();
        try (InArrivalOrder order = new InArrivalOrder(1)) {
            order.submit(() -> () -> recorded.add("done"));
            assertEquals(List.of("done"), recorded);
        }
    }

    @Test
    void aFailureTheWorkLetsThroughIsTheCallers() {
        try (InArrivalOrder order = new InArrivalOrder(2)) {
            // Applied by whichever call finds it done: submit, when the work was quick, or finish.
            IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> {
                order.submit(() -> {
                    throw new IllegalStateException("a bug");
                });
                order.finish();
            });
            assertEquals("a bug", thrown.getMessage());
        }
    }

    @Test
    void noMoreThanEightTimesTheJobsResultsWait() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        List<Integer> recorded = new ArrayList<>();
        int jobs = 2;
        int waiting = 8 * jobs;
        try (InArrivalOrder order = new InArrivalOrder(jobs)) {
            Thread releaser = new Thread(() -> {
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                release.countDown();
            });
            releaser.start();
            for (int i = 0; i <= waiting; i++) {
                int n = i;
                order.submit(() -> {
                    release.await();
                    return () -> recorded.add(n);
                });
            }
            // One more submitted than may wait: the caller had to record the first before going on.
            assertTrue(recorded.contains(0), "the first result was recorded before the last was queued: " + recorded);
            order.finish();
        }
        assertEquals(java.util.stream.IntStream.rangeClosed(0, waiting).boxed().toList(), recorded);
    }
}
