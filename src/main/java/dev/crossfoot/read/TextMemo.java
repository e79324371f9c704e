package dev.crossfoot.read;

import dev.crossfoot.understand.Lexicon;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A function of a text and the lexicon in force, answered once per text for one document: a filing's tables repeat
 * their column headers and the blocks above them ("Three Months Ended", "(in millions)") table after table, and each
 * was read again by every language's patterns. The answers are kept for the lexicon they were worked out under and
 * dropped when another is in force; {@code null} answers are kept too. Not shared between threads: one per document's
 * layout.
 */
final class TextMemo<V> {

    private static final Object NONE = new Object();

    private final Function<String, V> function;
    private final Map<String, Object> answers = new HashMap<>();
    private Lexicon lexicon;

    TextMemo(Function<String, V> function) {
        this.function = function;
    }

    @SuppressWarnings("unchecked")
    V get(String text) {
        Lexicon now = Lexicon.current();
        if (now != lexicon) {
            answers.clear();
            lexicon = now;
        }
        Object answer = answers.get(text);
        if (answer == null) {
            V worked = function.apply(text);
            answers.put(text, worked == null ? NONE : worked);
            return worked;
        }
        return answer == NONE ? null : (V) answer;
    }
}
