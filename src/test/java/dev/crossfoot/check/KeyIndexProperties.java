package dev.crossfoot.check;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Looking a key up finds what scanning every item for it finds: the same items, in the same order, each once, and
 * only items that have the key (an item one key apart from another is never listed under the key it lacks).
 */
class KeyIndexProperties {

    /** An item with its keys; compared by identity, as claim ties' lines are listed. */
    private record Item(int id, List<String> keys) { }

    @Property(tries = 2000)
    @Label("with(key) is the items a scan asking each whether it has the key finds, in order")
    void lookUpIsTheScan(@ForAll("items") List<Item> items, @ForAll("keys") String key) {
        KeyIndex<Item> index = new KeyIndex<>(items, Item::keys);
        List<Item> scanned = new ArrayList<>();
        for (Item item : items) {
            if (item.keys().contains(key)) {
                scanned.add(item);
            }
        }
        List<Item> looked = index.with(key);
        assertEquals(scanned.size(), looked.size(), "items with " + key);
        for (int i = 0; i < scanned.size(); i++) {
            assertSame(scanned.get(i), looked.get(i));
        }
    }

    @Property(tries = 1000)
    @Label("every item listed under a key has it")
    void listedOnlyUnderItsOwnKeys(@ForAll("items") List<Item> items, @ForAll("keys") String key) {
        for (Item item : new KeyIndex<>(items, Item::keys).with(key)) {
            assertTrue(item.keys().contains(key), item + " under " + key);
        }
    }

    @Property(tries = 2000)
    @Label("an index built for the keys it will be asked answers each of them as the full index does, and refuses any other")
    void askedKeysAnswerAsTheFullIndex(@ForAll("items") List<Item> items, @ForAll("askedKeys") java.util.Set<String> asked,
                                       @ForAll("keys") String key) {
        KeyIndex<Item> full = new KeyIndex<>(items, Item::keys);
        KeyIndex<Item> forAsked = new KeyIndex<>(items, Item::keys, asked);
        if (asked.contains(key)) {
            List<Item> expected = full.with(key);
            List<Item> looked = forAsked.with(key);
            assertEquals(expected.size(), looked.size(), "items with " + key);
            for (int i = 0; i < expected.size(); i++) {
                assertSame(expected.get(i), looked.get(i));
            }
        } else {
            // An unlisted key would answer "none" where the full index lists items: it must not answer at all.
            org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> forAsked.with(key), key);
        }
    }

    @Property(tries = 2000)
    @Label("keys told apart only by their middle (same length, first and last character) are listed as the full index lists them")
    void keysOfOneMarkAnswerAsTheFullIndex(@ForAll("alikeItems") List<Item> items, @ForAll("alikeAsked") java.util.Set<String> asked) {
        KeyIndex<Item> full = new KeyIndex<>(items, Item::keys);
        KeyIndex<Item> forAsked = new KeyIndex<>(items, Item::keys, asked);
        for (String key : asked) {
            List<Item> expected = full.with(key);
            List<Item> looked = forAsked.with(key);
            assertEquals(expected.size(), looked.size(), "items with " + key);
            for (int i = 0; i < expected.size(); i++) {
                assertSame(expected.get(i), looked.get(i));
            }
        }
    }

    @Example
    void keysOfOneMarkDiffer() {
        assertEquals(KeyIndex.mark("net income"), KeyIndex.mark("nxt income"));
        Item one = new Item(1, List.of("net income"));
        Item other = new Item(2, List.of("nxt income"));
        KeyIndex<Item> index = new KeyIndex<>(List.of(one, other), Item::keys, java.util.Set.of("net income"));
        assertEquals(List.of(one), index.with("net income"));
    }

    /** Keys of a few marks, many keys a mark: the same length, first and last character, another middle. */
    @Provide
    Arbitrary<String> alikeKeys() {
        return Arbitraries.of("net income", "nxt income", "net incume", "n", "na", "nb", "", "sales", "saxes", "sa es", "s\u00e9les",
                "net\u00a0income", "revenue", "rexenue");
    }

    @Provide
    Arbitrary<java.util.Set<String>> alikeAsked() {
        return alikeKeys().set().ofMaxSize(5);
    }

    @Provide
    Arbitrary<List<Item>> alikeItems() {
        return Combinators.combine(Arbitraries.integers().between(0, 5), alikeKeys().list().ofMaxSize(4)).as(Item::new)
                .list().ofMaxSize(12);
    }

    @Provide
    Arbitrary<java.util.Set<String>> askedKeys() {
        return keys().set().ofMaxSize(5);
    }

    @Example
    void equalItemsAreListedEachAndKeysRepeatedOnce() {
        Item one = new Item(1, List.of("net income", "net income"));
        Item same = new Item(1, List.of("net income", "net income"));
        Item other = new Item(2, List.of("revenue"));
        KeyIndex<Item> index = new KeyIndex<>(List.of(one, other, same), Item::keys);
        assertEquals(2, index.with("net income").size());
        assertSame(one, index.with("net income").get(0));
        assertSame(same, index.with("net income").get(1));
        assertEquals(List.of(), index.with("net incom"));
        assertEquals(List.of(other), index.with("revenue"));
    }

    @Provide
    Arbitrary<String> keys() {
        return Arbitraries.of("", "net income", "income", "net sales", "sales", "net income loss", "revenue");
    }

    @Provide
    Arbitrary<List<Item>> items() {
        Arbitrary<List<String>> keys = keys().list().ofMaxSize(4);
        // Some items given twice: a scan finds such an item twice, and so must the look-up.
        return Arbitraries.integers().between(0, 5).flatMap(id -> keys.map(k -> new Item(id, k))).list().ofMaxSize(12)
                .flatMap(list -> Arbitraries.integers().between(0, 3).map(repeats -> {
                    List<Item> given = new ArrayList<>(list);
                    for (int r = 0; r < repeats && !list.isEmpty(); r++) {
                        given.add(list.get(r % list.size()));
                    }
                    return given;
                }));
    }
}
