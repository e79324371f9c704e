package dev.crossfoot.understand;

import dev.crossfoot.model.SyntaxError;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Reads one line of a data file under {@code rules/} (the concept dictionary, a lexicon): its
 * words, names, quoted texts and commas, so that every mistake is reported at its
 * {@code file:line:column}.
 */
final class LineScanner {

    private final String file;
    private final int line;
    private final String text;
    private int pos;

    LineScanner(String file, int line, String text) {
        this.file = file;
        this.line = line;
        this.text = text;
    }

    /** A scanner for each line of a data file that holds more than a comment, in order. */
    static List<LineScanner> lines(String file, String text) {
        List<LineScanner> scanners = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = stripComment(lines[n]);
            if (!line.isBlank()) {
                scanners.add(new LineScanner(file, n + 1, line));
            }
        }
        return scanners;
    }

    /** Reads a whole line {@code language CODE}, which each language's data file starts with, and gives the code. */
    String language(String example) {
        if (!atWord("language")) {
            throw error("expected 'language CODE' (such as 'language " + example + "') before anything else");
        }
        expectWord("language");
        String code = name("a language code such as " + example, c -> c == '-' || c == '_');
        expectEnd();
        return code;
    }

    /** The line without its {@code # comment}; a '#' inside quotes is text. */
    static String stripComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** The column (from 1) of what comes next. */
    int column() {
        skipSpace();
        return pos + 1;
    }

    /** Goes back to a column {@link #column()} gave, so that an error points at what was read there. */
    void rewind(int column) {
        pos = column - 1;
    }

    boolean atEnd() {
        skipSpace();
        return pos >= text.length();
    }

    boolean atWord(String word) {
        skipSpace();
        return text.startsWith(word, pos)
                && (pos + word.length() == text.length() || !Character.isLetterOrDigit(text.charAt(pos + word.length())));
    }

    void expectWord(String word) {
        if (!atWord(word)) {
            throw error("expected '" + word + "'");
        }
        pos += word.length();
    }

    void expectEnd() {
        if (!atEnd()) {
            throw error("unexpected text '" + text.substring(pos).strip() + "'");
        }
    }

    /** A name of letters, digits and the characters {@code also} allows; {@code expected} says what, in the error. */
    String name(String expected, IntPredicate also) {
        skipSpace();
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || also.test(text.charAt(pos)))) {
            pos++;
        }
        if (start == pos) {
            throw error("expected " + expected);
        }
        return text.substring(start, pos);
    }

    /** The text between double quotes; {@code what} names it in errors ("label pattern", "phrase"). */
    String quoted(String what) {
        skipSpace();
        if (pos >= text.length() || text.charAt(pos) != '"') {
            throw error("expected a quoted " + what);
        }
        int close = text.indexOf('"', pos + 1);
        if (close < 0) {
            throw error("unterminated quoted " + what);
        }
        String inside = text.substring(pos + 1, close);
        pos = close + 1;
        return inside;
    }

    /** One or more quoted texts separated by commas. */
    List<String> quotedList(String what) {
        List<String> quoted = new ArrayList<>();
        do {
            quoted.add(quoted(what));
        } while (comma());
        return quoted;
    }

    /** Consumes a comma if one comes next. */
    boolean comma() {
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ',') {
            pos++;
            return true;
        }
        return false;
    }

    SyntaxError error(String message) {
        skipSpace();
        return new SyntaxError(file, line, pos + 1, message);
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }
}
