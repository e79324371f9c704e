package dev.crossfoot.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Items listed under each of their keys, in the order they were given: {@code with(key)} is exactly the items whose
 * keys hold {@code key}, in their order, which a scan of every item asking each whether it has the key would find.
 * Claim ties ask it for the lines a claim's measure names: a document's claims, and the claims of its company's later
 * documents, each scanned every line of every table for its key (13 % of an HTML corpus run's checking,
 * BENCHMARKS.md "Issue 14, fifteenth round"); listed once, a claim looks its few candidates up.
 */
final class KeyIndex<T> {

    private final Map<String, List<T>> byKey = new HashMap<>();
    /** The keys it may be asked, when they were known as it was built; null: any. */
    private final Set<String> asked;

    KeyIndex(List<T> items, Function<? super T, ? extends Collection<String>> keys) {
        this(items, keys, null);
    }

    /**
     * The items listed under those of their keys that are {@code asked} (all of them where null): where the keys a
     * look-up will ask are known before (a document's own claims ask its lines by the keys of their measures), the
     * other keys of every line — nearly all of them — are not listed. Asking a key that was not {@code asked} throws,
     * so a look-up never answers "none" for an item it left unlisted.
     */
    KeyIndex(List<T> items, Function<? super T, ? extends Collection<String>> keys, Set<String> asked) {
        this.asked = asked;
        java.util.BitSet askedMarks = null;
        if (asked != null) {
            askedMarks = new java.util.BitSet(MARKS);
            for (String key : asked) {
                askedMarks.set(mark(key));
            }
        }
        for (T item : items) {
            Collection<String> own = keys.apply(item);
            // An item whose keys repeat one (a list of keys) is listed under it once, as a scan finds it once.
            for (String key : own instanceof Set<String> ? own : new LinkedHashSet<>(own)) {
                if (asked == null || askedMarks.get(mark(key)) && asked.contains(key)) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>(2)).add(item);
                }
            }
        }
    }

    /** How many marks a key can have ({@link #mark}). */
    private static final int MARKS = 4096;

    /**
     * A key's mark, from its length and its first and last characters: keys with different marks differ, so a key whose
     * mark no asked key has is not asked, and is passed over without hashing all its characters for the look-up in
     * {@code asked} (a pass of the HTML corpus lists 151,310 lines' keys for 5,682 asked ones; most keys are new strings,
     * joined for the line, whose hash no one has worked out yet).
     */
    static int mark(String key) {
        int length = key.length();
        return length == 0 ? 0 : ((length * 31 + key.charAt(0)) * 31 + key.charAt(length - 1)) & (MARKS - 1);
    }

    /** The items that have the key, in the order given; empty where none has it. */
    List<T> with(String key) {
        if (asked != null && !asked.contains(key)) {
            throw new IllegalArgumentException("the key '" + key + "' was not among those the index was built to be asked");
        }
        List<T> listed = byKey.get(key);
        return listed == null ? List.of() : listed;
    }
}
