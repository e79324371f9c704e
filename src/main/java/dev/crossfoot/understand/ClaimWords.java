package dev.crossfoot.understand;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of figures stated in text, of every loaded language ({@code rules/lexicon/*.claims},
 * read by {@link ClaimWordsParser}): scale words, the cues of a claim's kind, period words.
 * A phrase gives its cue in any language: a text's language need not be known.
 */
public final class ClaimWords {

    private static volatile ClaimWords builtIn;

    private final Map<ClaimCue, List<String>> phrases;
    private final Map<ClaimCue.Valued, Map<String, BigDecimal>> valued;
    /** The one {@link MeasureNames} of these words (see {@link MeasureNames#of}); null until asked. */
    private volatile MeasureNames names;
    /** Each cue's phrases normalised, for {@link #is}: asked for every word of every label. */
    private final Map<ClaimCue, java.util.Set<String>> normalised = new EnumMap<>(ClaimCue.class);

    ClaimWords(Map<ClaimCue, List<String>> phrases, Map<ClaimCue.Valued, Map<String, BigDecimal>> valued) {
        this.phrases = new EnumMap<>(ClaimCue.class);
        for (ClaimCue cue : ClaimCue.values()) {
            this.phrases.put(cue, List.copyOf(phrases.getOrDefault(cue, List.of())));
            this.normalised.put(cue, this.phrases.get(cue).stream().map(ClaimWords::normalise)
                    .collect(java.util.stream.Collectors.toUnmodifiableSet()));
        }
        this.valued = new EnumMap<>(ClaimCue.Valued.class);
        for (ClaimCue.Valued kind : ClaimCue.Valued.values()) {
            this.valued.put(kind, Map.copyOf(valued.getOrDefault(kind, Map.of())));
        }
    }

    public static ClaimWords parse(String file, String text) {
        return ClaimWordsParser.parse(file, text);
    }

    /** The claims files listed in the jar's {@code rules/INDEX}, read once. */
    public static ClaimWords builtIn() {
        ClaimWords known = builtIn;
        if (known == null) {
            ClaimWords words = new ClaimWords(Map.of(), Map.of());
            for (String line : Lexicon.resource("rules/INDEX").split("\\R")) {
                String name = line.strip();
                if (name.endsWith(".claims")) {
                    words = words.with(parse("rules/" + name, Lexicon.resource("rules/" + name)));
                }
            }
            builtIn = known = words;
        }
        return known;
    }

    /** These words with another language's added (a {@code --rules} folder's {@code .claims} file). */
    public ClaimWords with(ClaimWords other) {
        Map<ClaimCue, List<String>> mergedPhrases = new EnumMap<>(ClaimCue.class);
        for (ClaimCue cue : ClaimCue.values()) {
            List<String> merged = new ArrayList<>(phrases.get(cue));
            merged.addAll(other.phrases.get(cue));
            mergedPhrases.put(cue, merged);
        }
        Map<ClaimCue.Valued, Map<String, BigDecimal>> mergedValued = new EnumMap<>(ClaimCue.Valued.class);
        for (ClaimCue.Valued kind : ClaimCue.Valued.values()) {
            Map<String, BigDecimal> merged = new LinkedHashMap<>(valued.get(kind));
            merged.putAll(other.valued.get(kind));
            mergedValued.put(kind, merged);
        }
        return new ClaimWords(mergedPhrases, mergedValued);
    }

    MeasureNames names() {
        MeasureNames known = names;
        if (known == null) {
            synchronized (this) {
                known = names;
                if (known == null) {
                    names = known = new MeasureNames(this);
                }
            }
        }
        return known;
    }

    public List<String> phrases(ClaimCue cue) {
        return phrases.get(cue);
    }

    /** The number a word stands for ("million" → 1000000), or null. */
    public BigDecimal value(ClaimCue.Valued kind, String word) {
        return valued.get(kind).get(word.toLowerCase(Locale.ROOT));
    }

    public List<String> words(ClaimCue.Valued kind) {
        return List.copyOf(valued.get(kind).keySet());
    }

    /** Whether {@code text} is exactly one of the cue's phrases (case and spacing ignored). */
    public boolean is(ClaimCue cue, String text) {
        return normalised.get(cue).contains(normalise(text));
    }

    /**
     * A regular expression matching any of the phrases as whole words (longest first), ignoring
     * case; a space in a phrase matches any white space. It opens with a look-ahead for the
     * phrases' first letters: asked at every place of every sentence, an alternation of dozens of
     * phrases then costs one test of a character where none can start, instead of one per phrase.
     */
    public static String alternation(List<String> phrases) {
        List<String> sorted = new ArrayList<>(phrases);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        List<String> quoted = new ArrayList<>();
        StringBuilder firstLetters = new StringBuilder();
        for (String phrase : sorted) {
            String first = "\\x{" + Integer.toHexString(phrase.strip().codePointAt(0)) + "}";
            if (firstLetters.indexOf(first) < 0) {
                firstLetters.append(first);
            }
            StringBuilder regex = new StringBuilder();
            String[] parts = phrase.strip().split("\\s+");
            for (int i = 0; i < parts.length; i++) {
                regex.append(i == 0 ? "" : "\\s+").append(Pattern.quote(parts[i]));
            }
            boolean wordStart = Character.isLetterOrDigit(phrase.strip().charAt(0));
            boolean wordEnd = Character.isLetterOrDigit(phrase.strip().charAt(phrase.strip().length() - 1));
            quoted.add((wordStart ? "(?<![\\p{L}\\p{N}])" : "") + regex + (wordEnd ? "(?![\\p{L}\\p{N}])" : ""));
        }
        return quoted.isEmpty() ? "(?!)" : "(?=[" + firstLetters + "])(?:" + String.join("|", quoted) + ")";
    }

    public String alternation(ClaimCue cue) {
        return alternation(phrases.get(cue));
    }

    public String alternation(ClaimCue.Valued kind) {
        return alternation(words(kind));
    }

    static String normalise(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        // Asked for every word of every label: a text without a run of white space or a tab is its own normal form.
        return plainlySpaced(lower) ? lower : SPACES.matcher(lower).replaceAll(" ");
    }

    /** Whether the only white space ({@code \s}) in the text is single spaces: what {@link #SPACES} would leave as it is. */
    private static boolean plainlySpaced(String text) {
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean white = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (white && (space || c != ' ')) {
                return false;
            }
            space = white;
        }
        return true;
    }

    /** Compiled once: {@link #is} normalises every word of every label it is asked about. */
    private static final Pattern SPACES = Pattern.compile("\\s+");
}
