package dev.crossfoot.understand;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Answers worked out from their key alone (a label's normal form, a cell text's value), kept so
 * that the rules, readings and columns that ask again for the same key are answered without
 * working it out again; shared by the checking threads.
 * <p>
 * The keys are the filers' own texts, an open set: an SEC quarter brings tens of thousands of
 * labels and cell texts no other filing repeats. So a memo holds at most {@code limit} answers and,
 * when full, starts over: the keys that matter (the labels every filing repeats) are back after a
 * few documents, and what a run holds no longer grows with the documents it has checked. Starting
 * over costs less than keeping an order of use for every look-up, and an answer is the same
 * whether it was kept or worked out again, so the bound changes no result.
 */
public final class BoundedMemo<K, V> {

    private final int limit;
    private final Map<K, V> answers = new ConcurrentHashMap<>();

    public BoundedMemo(int limit) {
        this.limit = limit;
    }

    /** The answer for the key, worked out by {@code work} when not kept; {@code work} must not return null. */
    public V get(K key, Function<? super K, ? extends V> work) {
        V known = answers.get(key);
        if (known == null) {
            known = work.apply(key);
            if (answers.size() >= limit) {
                answers.clear();
            }
            answers.put(key, known);
        }
        return known;
    }

    /** The answer kept for the key, or null when none is: nothing is worked out or kept. */
    public V known(K key) {
        return answers.get(key);
    }

    /** How many answers are kept: at most the limit. */
    public int size() {
        return answers.size();
    }
}
