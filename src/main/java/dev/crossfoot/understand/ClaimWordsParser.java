package dev.crossfoot.understand;

import dev.crossfoot.model.SyntaxError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one language's claims file. Line-oriented, like the lexicon:
 *
 * <pre>
 * language en                          the file's language, first
 * scale 1000000 "million", "mn"        words that multiply the figure before them
 * ordinal 3 "third", "3rd"             also: count (months in words), month
 * word approximate "approximately"     the phrases of a cue the claim finder asks
 * </pre>
 *
 * Every error is a {@link SyntaxError} at {@code file:line:column}.
 */
final class ClaimWordsParser {

    private ClaimWordsParser() {
    }

    static ClaimWords parse(String file, String text) {
        Map<ClaimCue, List<String>> phrases = new EnumMap<>(ClaimCue.class);
        Map<ClaimCue.Valued, Map<String, BigDecimal>> valued = new EnumMap<>(ClaimCue.Valued.class);
        boolean languageSeen = false;
        for (LineScanner scan : LineScanner.lines(file, text)) {
            if (!languageSeen) {
                scan.language("en");
                languageSeen = true;
                continue;
            }
            int column = scan.column();
            String keyword = scan.name("'word', 'scale', 'ordinal', 'count' or 'month'", c -> false);
            if (keyword.equals("word")) {
                int cueColumn = scan.column();
                String name = scan.name("a cue name", c -> c == '-');
                ClaimCue cue = ClaimCue.byFileName(name);
                if (cue == null) {
                    scan.rewind(cueColumn);
                    throw scan.error("unknown cue '" + name + "' (known: " + known() + ")");
                }
                phrases.computeIfAbsent(cue, c -> new ArrayList<>()).addAll(nonBlank(scan, scan.quotedList("phrase")));
            } else {
                ClaimCue.Valued kind = valuedKind(keyword);
                if (kind == null) {
                    scan.rewind(column);
                    throw scan.error("expected 'word', 'scale', 'ordinal', 'count' or 'month', not '" + keyword + "'");
                }
                int numberColumn = scan.column();
                String digits = scan.name("the number the words stand for", c -> false);
                if (!digits.chars().allMatch(Character::isDigit)) {
                    scan.rewind(numberColumn);
                    throw scan.error("expected a whole number, not '" + digits + "'");
                }
                Map<String, BigDecimal> words = valued.computeIfAbsent(kind, k -> new LinkedHashMap<>());
                for (String word : nonBlank(scan, scan.quotedList("word"))) {
                    words.put(word.toLowerCase(Locale.ROOT), new BigDecimal(digits));
                }
            }
            scan.expectEnd();
        }
        if (!languageSeen) {
            throw new SyntaxError(file, 1, 1, "expected 'language CODE' (such as 'language en') before anything else");
        }
        return new ClaimWords(phrases, valued);
    }

    private static List<String> nonBlank(LineScanner scan, List<String> phrases) {
        if (phrases.stream().anyMatch(String::isBlank)) {
            throw scan.error("a phrase must not be empty");
        }
        return phrases;
    }

    private static ClaimCue.Valued valuedKind(String keyword) {
        for (ClaimCue.Valued kind : ClaimCue.Valued.values()) {
            if (kind.fileName().equals(keyword)) {
                return kind;
            }
        }
        return null;
    }

    private static String known() {
        List<String> names = new ArrayList<>();
        for (ClaimCue cue : ClaimCue.values()) {
            names.add(cue.fileName());
        }
        return String.join(", ", names);
    }
}
