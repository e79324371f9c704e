package dev.crossfoot.understand;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares what a claim measures with what a row states: "GAAP net income", "net loss" and the
 * row "Net income (loss)" all name the line {@code net income}. The key of a name is its
 * normalised label ({@link Labels}) without parenthesised words, without the claims files'
 * filler words ("total", "the", "company"), each word in the singular, and loss or earnings read
 * as income; whether it is an adjusted (non-GAAP) measure is kept apart.
 */
public final class MeasureNames {

    private final ClaimWords words;
    private final java.util.Map<ClaimCue, java.util.regex.Pattern> cues = new java.util.EnumMap<>(ClaimCue.class);

    public MeasureNames(ClaimWords words) {
        this.words = words;
        for (ClaimCue cue : ClaimCue.values()) {
            cues.put(cue, java.util.regex.Pattern.compile(words.alternation(cue),
                    java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE));
        }
    }

    public String key(String name) {
        String text = Labels.normalise(name).replaceAll("\\([^)]*\\)", " ");
        for (String phrase : words.phrases(ClaimCue.NON_GAAP)) {
            text = text.replace(phrase.toLowerCase(Locale.ROOT), " ");
        }
        List<String> kept = new ArrayList<>();
        for (String word : text.split("[^\\p{L}\\p{N}']+")) {
            if (word.isEmpty() || words.is(ClaimCue.FILLER, word) || words.is(ClaimCue.GAAP, word)) {
                continue;
            }
            String singular = word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
            kept.add(words.is(ClaimCue.SAME_AS_INCOME, word) || words.is(ClaimCue.SAME_AS_INCOME, singular) ? "income" : singular);
        }
        return String.join(" ", kept);
    }

    /** Whether the name says the measure is adjusted (non-GAAP). */
    public boolean adjusted(String name) {
        return says(ClaimCue.NON_GAAP, name);
    }

    public boolean says(ClaimCue cue, String name) {
        return cues.get(cue).matcher(name).find();
    }
}
