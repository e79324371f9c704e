package dev.crossfoot.understand;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A memo's answer, from its last entry or from its map, is what working it out gives, whatever was asked before: the
 * same key asked again at once (as the same instance or an equal one), keys that hash alike but differ, a memo that
 * starts over when full, and two threads asking at once.
 */
class BoundedMemoProperties {

    /** An answer that tells every key apart, equal hashes or not. */
    private static final Function<String, String> WORK = key -> "<" + key + ">" + key.length();

    @Property(tries = 1000)
    @Label("every answer is the key's own, in any order of asks, repeated or not, whatever the bound")
    void answersAreWorkedOut(@ForAll("asks") List<String> keys, @ForAll @IntRange(min = 1, max = 6) int limit) {
        BoundedMemo<String, String> memo = new BoundedMemo<>(limit);
        for (String key : keys) {
            assertEquals(WORK.apply(key), memo.get(key, WORK), key);
            assertTrue(memo.size() <= limit);
        }
    }

    @Property(tries = 300)
    @Label("a key asked again at once is not worked out again, as an equal copy too")
    void repeatedKeyIsKept(@ForAll("asks") List<String> keys) {
        BoundedMemo<String, String> memo = new BoundedMemo<>(1_000);
        AtomicInteger worked = new AtomicInteger();
        for (String key : keys) {
            memo.get(key, k -> { worked.incrementAndGet(); return WORK.apply(k); });
            int before = worked.get();
            assertEquals(WORK.apply(key), memo.get(new String(key), k -> { worked.incrementAndGet(); return "wrong"; }));
            assertEquals(before, worked.get());
        }
    }

    @Example
    @Label("keys that hash alike are told apart: \"Aa\" after \"BB\" is not answered as \"BB\"")
    void sameHashOtherKey() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        BoundedMemo<String, String> memo = new BoundedMemo<>(10);
        assertEquals(WORK.apply("BB"), memo.get("BB", WORK));
        assertEquals(WORK.apply("Aa"), memo.get("Aa", WORK));
        assertEquals(WORK.apply("BB"), memo.get("BB", WORK));
    }

    @Property(tries = 50)
    @Label("two threads asking at once each get their own keys' answers")
    void threadsGetTheirOwnAnswers(@ForAll("asks") List<String> keys, @ForAll @IntRange(min = 1, max = 4) int limit) throws Exception {
        BoundedMemo<String, String> memo = new BoundedMemo<>(limit);
        List<String> reversed = new ArrayList<>(keys);
        java.util.Collections.reverse(reversed);
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        Runnable forward = () -> ask(memo, keys, failures);
        Runnable backward = () -> ask(memo, reversed, failures);
        Thread one = new Thread(forward);
        Thread other = new Thread(backward);
        one.start();
        other.start();
        one.join();
        other.join();
        assertTrue(failures.isEmpty(), () -> failures.get(0).toString());
    }

    private static void ask(BoundedMemo<String, String> memo, List<String> keys, List<Throwable> failures) {
        try {
            for (int round = 0; round < 200; round++) {
                for (String key : keys) {
                    assertEquals(WORK.apply(key), memo.get(key, WORK), key);
                }
            }
        } catch (Throwable failure) {
            failures.add(failure);
        }
    }

    @Provide
    Arbitrary<List<String>> asks() {
        // Few keys, so that they repeat, at once and later; "Aa" and "BB" (and "AaBB", "BBAa") hash alike.
        return Arbitraries.of("Aa", "BB", "AaBB", "BBAa", "total", "Total", "", "net income", "net income ")
                .list().ofMaxSize(30);
    }
}
