package dev.crossfoot.understand;

import dev.crossfoot.model.SyntaxError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads one language's lexicon file. Line-oriented, like the concept dictionary:
 *
 * <pre>
 * language de                         the file's language, first
 *
 * # A line that totals the lines of its section.
 * cue total
 *   starts "summe", "gesamt"          the label starts with one of the phrases
 *   ends "insgesamt"                  … ends with it
 *   words "zwischensumme"             … holds it as whole words, anywhere
 *   part "aufwand"                    … holds it anywhere, even inside a word ("Zinsaufwand")
 *   is "total"                        … is exactly it
 *   regex "^summe (.+?)(?:,| und )"   a Java regular expression, where a word list cannot say it
 * </pre>
 *
 * In a phrase, {@code *} stands for any letters of a word ({@code "liabilit*"}, {@code
 * "*tätigkeit"}) and {@code ...} for any text between words ({@code "net cash ... activities"});
 * every other character stands for itself. Phrases and regexes are compared, ignoring case, with
 * normalised labels. Every error is a {@link SyntaxError} at {@code file:line:column}.
 */
final class LexiconParser {

    /** Besides letters and digits, what a language code or cue name may hold. */
    private static final java.util.function.IntPredicate NAME_CHARS = c -> c == '-' || c == '_';

    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    private static final List<String> KINDS = List.of("starts", "ends", "words", "part", "is", "regex");
    private static final String LETTER = "[\\p{L}\\p{N}]";
    private static final String WORD_START = "(?<!" + LETTER + ")";
    private static final String WORD_END = "(?!" + LETTER + ")";

    private final String file;

    private LexiconParser(String file) {
        this.file = file;
    }

    static List<Lexicon.Entry> parse(String file, String text) {
        return new LexiconParser(file).entries(text);
    }

    private List<Lexicon.Entry> entries(String text) {
        List<Lexicon.Entry> entries = new ArrayList<>();
        String language = null;
        Cue cue = null;
        Set<Cue> seen = new HashSet<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = LineScanner.stripComment(lines[n]);
            if (line.isBlank()) {
                continue;
            }
            LineScanner scan = new LineScanner(file, n + 1, line);
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (language == null) {
                if (indented || !scan.atWord("language")) {
                    throw scan.error("expected 'language CODE' (such as 'language de') before anything else");
                }
                scan.expectWord("language");
                language = scan.name("a language code such as de", NAME_CHARS);
                scan.expectEnd();
                continue;
            }
            if (!indented) {
                scan.expectWord("cue");
                int column = scan.column();
                String name = scan.name("a cue name such as total", NAME_CHARS);
                cue = Cue.byFileName(name);
                if (cue == null) {
                    throw new SyntaxError(file, n + 1, column, "unknown cue '" + name + "' (known: " + known() + ")");
                }
                if (!seen.add(cue)) {
                    throw new SyntaxError(file, n + 1, column, "cue '" + name + "' is already given in this file");
                }
                scan.expectEnd();
                continue;
            }
            if (cue == null) {
                throw scan.error("phrases before any 'cue NAME' line");
            }
            int kindColumn = scan.column();
            List<String> kinds = cue.kind() == Cue.Kind.FORM ? List.of("form") : KINDS;
            String kind = scan.name("one of " + String.join(", ", kinds), NAME_CHARS);
            if (!kinds.contains(kind)) {
                throw new SyntaxError(file, n + 1, kindColumn, "expected one of " + String.join(", ", kinds) + ", found '" + kind + "'");
            }
            int value = 0;
            if (cue.kind() == Cue.Kind.VALUED) {
                if (kind.equals("regex")) {
                    throw new SyntaxError(file, n + 1, kindColumn, "cue '" + cue.fileName() + "' gives phrases with a number, not regexes");
                }
                int column = scan.column();
                String number = scan.name("the number the phrases stand for, as in 'words 3 \"three\"'", c -> false);
                if (!number.chars().allMatch(c -> c >= '0' && c <= '9') || number.length() > 4) {
                    throw new SyntaxError(file, n + 1, column, "expected the number the phrases stand for, found '" + number + "'");
                }
                value = Integer.parseInt(number);
            }
            do {
                int column = scan.column();
                String quoted = scan.quoted("phrase");
                Pattern pattern = switch (kind) {
                    case "regex" -> regex(cue, quoted, n + 1, column);
                    case "form" -> form(quoted, n + 1, column);
                    default -> phrase(kind, quoted, n + 1, column);
                };
                entries.add(new Lexicon.Entry(cue, language, kind, quoted, pattern, value, file + ":" + (n + 1) + ":" + column));
            } while (scan.comma());
            scan.expectEnd();
        }
        if (language == null) {
            throw new SyntaxError(file, 1, 1, "expected 'language CODE' (such as 'language de'): the file is empty");
        }
        return entries;
    }

    private Pattern regex(Cue cue, String text, int line, int column) {
        Pattern pattern;
        try {
            pattern = Pattern.compile(text, FLAGS);
        } catch (PatternSyntaxException bad) {
            int at = bad.getIndex() < 0 ? 0 : Math.min(bad.getIndex(), text.length());
            throw new SyntaxError(file, line, column + 1 + at, "not a regular expression: " + bad.getDescription());
        }
        if (pattern.matcher("").groupCount() < cue.groups()) {
            throw new SyntaxError(file, line, column, "cue '" + cue.fileName() + "' needs a regex with " + cue.groups()
                    + " capturing group(s): " + cue.meaning());
        }
        return pattern;
    }

    /** A date form as a pattern, any word standing for the month's name ({@link DateWords} puts the month names in). */
    private Pattern form(String text, int line, int column) {
        try {
            return DateWords.form(text, "\\p{L}+");
        } catch (IllegalArgumentException bad) {
            throw new SyntaxError(file, line, column, bad.getMessage());
        }
    }

    /** A phrase as a pattern: words literal, {@code *} any letters, {@code ...} any text, whole words at its ends. */
    private Pattern phrase(String kind, String text, int line, int column) {
        String phrase = text.toLowerCase(Locale.ROOT).strip().replaceAll("\\s+", " ");
        if (phrase.replace("...", "").replace("*", "").isBlank()) {
            throw new SyntaxError(file, line, column, "a phrase needs words: \"" + text + "\"");
        }
        StringBuilder body = new StringBuilder();
        String[] parts = phrase.split(" ", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.equals("...")) {
                if (i == 0 || i == parts.length - 1) {
                    throw new SyntaxError(file, line, column, "'...' stands between words, not at the ends of a phrase");
                }
                body.append(WORD_END).append(".*").append(WORD_START);
                continue;
            }
            if (i > 0 && !parts[i - 1].equals("...")) {
                body.append(' ');
            }
            for (String piece : part.split("\\*", -1)) {
                if (!piece.isEmpty()) {
                    body.append(Pattern.quote(piece));
                }
                body.append(LETTER).append('*');
            }
            body.setLength(body.length() - LETTER.length() - 1);
        }
        boolean letterFirst = isWordChar(phrase.charAt(0));
        boolean letterLast = isWordChar(phrase.charAt(phrase.length() - 1));
        String start = letterFirst ? WORD_START : "";
        String end = letterLast ? WORD_END : "";
        String regex = switch (kind) {
            case "starts" -> "^" + body + end;
            case "ends" -> start + body + "$";
            case "is" -> "^" + body + "$";
            case "part" -> body.toString();
            default -> start + body + end;
        };
        return Pattern.compile(regex, FLAGS);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '*';
    }

    private static String known() {
        List<String> names = new ArrayList<>();
        for (Cue cue : Cue.values()) {
            names.add(cue.fileName());
        }
        return String.join(", ", names);
    }
}
