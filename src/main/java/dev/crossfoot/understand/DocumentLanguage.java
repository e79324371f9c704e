package dev.crossfoot.understand;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The language a document is written in, among the lexicon's languages, decided once for the whole
 * document, never per cell: the language it declares ({@code <html lang="de">}) when the lexicon
 * has it; else the language whose phrases give cues to the most of its labels (totals, subtotals,
 * deductions, revenue and net-income lines, month names: "Summe", "Umsatzerlöse", "Dezember";
 * "Total des", "Chiffre d'affaires", "décembre"). With no label for any language but English, or
 * a tie, the document is English. Used where a word of one language means something else in
 * another: the few words of a column header that say it names a period ("am", "per", "au").
 */
public final class DocumentLanguage {

    public static final String ENGLISH = "en";

    /** The cues whose phrases are evidence of a language: common in every statement, distinct per language. */
    private static final Set<Cue> EVIDENCE = EnumSet.of(Cue.TOTAL, Cue.SUBTOTAL, Cue.DEDUCTION, Cue.REVENUE_LINE,
            Cue.NET_INCOME_LINE, Cue.MONTH);

    /** The most labels asked: a statement's first lines say its language as well as all of them. */
    public static final int MOST_LABELS = 300;

    /** The most characters of a label asked: a statement's line is a few words. */
    static final int LONGEST_LABEL = 200;

    private static final Map<Lexicon, Map<String, Pattern>> EVIDENCE_PATTERNS = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    private DocumentLanguage() {
    }

    /**
     * The document's language: {@code declared} (a language tag such as "de-DE", or null) when the
     * lexicon has its primary language, else by its labels' cues.
     */
    public static String of(String declared, List<String> labels, Lexicon lexicon) {
        if (declared != null && !declared.isBlank()) {
            String primary = declared.strip().toLowerCase(Locale.ROOT).split("[-_]")[0];
            if (lexicon.languages().contains(primary)) {
                return primary;
            }
        }
        Map<String, Pattern> patterns = EVIDENCE_PATTERNS.computeIfAbsent(lexicon, DocumentLanguage::patterns);
        Map<String, Integer> counts = new HashMap<>();
        int asked = 0;
        for (String label : labels) {
            if (label == null || label.isBlank()) {
                continue;
            }
            if (++asked > MOST_LABELS) {
                break;
            }
            // A label's first words say its language as well as all of them; a broken page's cell may
            // hold the rest of the page, which the phrases' alternation would search for minutes.
            String text = Labels.normalise(label.length() > LONGEST_LABEL ? label.substring(0, LONGEST_LABEL) : label);
            for (Map.Entry<String, Pattern> language : patterns.entrySet()) {
                if (language.getValue().matcher(text).find()) {
                    counts.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = ENGLISH;
        int most = counts.getOrDefault(ENGLISH, 0);
        for (Map.Entry<String, Integer> count : counts.entrySet()) {
            if (count.getValue() > most) {
                best = count.getKey();
                most = count.getValue();
            }
        }
        return best;
    }

    /** Per language, every phrase of the evidence cues in one alternation. */
    private static Map<String, Pattern> patterns(Lexicon lexicon) {
        Map<String, StringBuilder> alternations = new java.util.TreeMap<>();
        for (Cue cue : EVIDENCE) {
            for (Lexicon.Entry entry : lexicon.entries(cue)) {
                if (entry.regex()) {
                    continue;
                }
                StringBuilder alternation = alternations.computeIfAbsent(entry.language(), l -> new StringBuilder());
                alternation.append(alternation.length() == 0 ? "" : "|").append(entry.pattern().pattern());
            }
        }
        Map<String, Pattern> patterns = new java.util.TreeMap<>();
        alternations.forEach((language, alternation) -> patterns.put(language, Pattern.compile(alternation.toString(), LexiconParser.FLAGS)));
        return patterns;
    }
}
