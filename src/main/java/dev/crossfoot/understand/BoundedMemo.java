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
 * <p>
 * The answer asked last is kept beside the map ({@link #last}): the same key is often asked again at once (a label asked
 * of cue after cue, a row's label variants for each of its lines), and a comparison with the last key costs less than
 * the map's look-up (of the 2.9 million look-ups a pass of the HTML corpus made, 1.06 million asked the key asked just
 * before; the look-ups were 4 % of the checking thread, BENCHMARKS.md "HTML path against Jsoup (steady31)").
 */
public final class BoundedMemo<K, V> {

    private final int limit;
    /** Each key's answer, with the key it was kept under. */
    private final Map<K, Kept<K, V>> answers = new ConcurrentHashMap<>();
    /**
     * The entry asked last, on any thread (null before the first). A plain field: an entry's fields are final, so a
     * thread that reads another's entry sees its key and answer as they were made, and any entry it reads answers
     * its own key (every answer is the same whether kept or worked out again).
     */
    private Kept<K, V> last;

    /** A key and its answer, as kept. */
    private record Kept<K, V>(K key, V answer) { }

    public BoundedMemo(int limit) {
        this.limit = limit;
    }

    /** The answer for the key, worked out by {@code work} when not kept; {@code work} must not return null. */
    public V get(K key, Function<? super K, ? extends V> work) {
        Kept<K, V> asked = last;
        if (asked != null && (asked.key() == key || asked.key().equals(key))) {
            return asked.answer();
        }
        Kept<K, V> known = answers.get(key);
        if (known == null) {
            known = new Kept<>(key, work.apply(key));
            if (answers.size() >= limit) {
                answers.clear();
            }
            answers.put(key, known);
        }
        last = known;
        return known.answer();
    }

    /** The answer kept for the key, or null when none is: nothing is worked out or kept. */
    public V known(K key) {
        Kept<K, V> known = answers.get(key);
        return known == null ? null : known.answer();
    }

    /** How many answers are kept: at most the limit. */
    public int size() {
        return answers.size();
    }
}
