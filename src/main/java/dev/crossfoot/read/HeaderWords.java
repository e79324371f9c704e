package dev.crossfoot.read;

import dev.crossfoot.understand.Cue;
import dev.crossfoot.understand.DateWords;
import dev.crossfoot.understand.DocumentLanguage;
import dev.crossfoot.understand.Lexicon;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one language that column headers and the header rows' stub name periods with
 * ({@link ColumnHeaders}): the lexicon's {@code header-period} ("years ended", "as of"; "Geschäftsjahr
 * zum", "per"; "exercice clos", "au"), {@code year-end} ("for the years ended June 30", "Geschäftsjahr
 * zum 30. Juni") and its date forms without the year ("December 31", "31. Dezember"). One
 * language's only, the document's ({@link DocumentLanguage}): "am", "per" and "au" say a period in
 * German or French and nothing of the kind in English.
 */
final class HeaderWords {

    private static final Map<Key, HeaderWords> MADE = new ConcurrentHashMap<>();

    private record Key(Lexicon lexicon, String language) {
    }

    private final String language;
    private final DateWords dates;
    private final List<Pattern> periodWords;
    private final List<Pattern> yearEnds;

    private HeaderWords(Lexicon lexicon, String language) {
        this.language = language;
        this.dates = lexicon.dateWords();
        this.periodWords = patterns(lexicon, Cue.HEADER_PERIOD, language);
        this.yearEnds = patterns(lexicon, Cue.YEAR_END, language);
    }

    /** The words of a language in the lexicon in force. */
    static HeaderWords of(String language) {
        Lexicon lexicon = Lexicon.current();
        if (MADE.size() > 64) {
            MADE.clear();
        }
        return MADE.computeIfAbsent(new Key(lexicon, language), key -> new HeaderWords(key.lexicon(), key.language()));
    }

    /** English's: the readers of formats that say no language. */
    static HeaderWords english() {
        return of(DocumentLanguage.ENGLISH);
    }

    private static List<Pattern> patterns(Lexicon lexicon, Cue cue, String language) {
        return lexicon.entries(cue).stream().filter(entry -> entry.language().equals(language)).map(Lexicon.Entry::pattern).toList();
    }

    String language() {
        return language;
    }

    /** Whether the text holds words that say it names a period ("years ended", "as of", "Geschäftsjahr zum", "au"). */
    boolean namesPeriod(String text) {
        for (Pattern words : periodWords) {
            if (words.matcher(text).find()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text names a day of a month without its year ("December 31", "31. Dezember"). */
    boolean namesDayOfMonth(String text) {
        return dates.namesDayOfMonth(text, language);
    }

    /** The patterns of a fiscal year-end, each with the groups month and day. */
    List<Pattern> yearEnds() {
        return yearEnds;
    }

    /** The month a year-end's match names, or null. */
    Integer month(Matcher found) {
        return dates.monthOf(found.group("month").toLowerCase(java.util.Locale.ROOT));
    }

    /** Whether a text names a fiscal year by its number ("fiscal 2024", "Geschäftsjahr 2024"). */
    boolean fiscalYear(String text) {
        return dates.fiscalYear(text);
    }
}
