package dev.crossfoot.read;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON syntax error in crossfoot's words: what is wrong at the place the parser stopped, never
 * the parser's own message (which names its features, codes and source redaction). Used for
 * every JSON crossfoot reads: documents, JSON Lines, baselines and configuration.
 */
public final class JsonSyntax {

    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.+?)' \\(code \\d+\\)\\):? ?(.*)", Pattern.DOTALL);
    private static final Pattern UNRECOGNIZED = Pattern.compile("Unrecognized token '(.{0,40}?)'.*", Pattern.DOTALL);
    private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)'.*", Pattern.DOTALL);

    private JsonSyntax() {
    }

    /** What is wrong, e.g. "unexpected '}' where a field name in double quotes should be". */
    public static String describe(JsonProcessingException malformed) {
        String message = malformed.getOriginalMessage() == null ? "" : malformed.getOriginalMessage();
        Matcher unexpected = UNEXPECTED.matcher(message);
        if (unexpected.matches()) {
            return "unexpected '" + unexpected.group(1) + "' " + expectation(unexpected.group(2));
        }
        Matcher unrecognized = UNRECOGNIZED.matcher(message);
        if (unrecognized.matches()) {
            return "unknown word '" + unrecognized.group(1) + "' (text needs double quotes; true, false and null are lower case)";
        }
        Matcher close = CLOSE.matcher(message);
        if (close.matches()) {
            return "'" + close.group(1) + "' closes a bracket that is not open";
        }
        if (message.startsWith("Unexpected end-of-input")) {
            return "the text ends inside an object, array or string (a closing bracket or quote is missing)";
        }
        if (message.startsWith("Illegal unquoted character")) {
            return "a control character (a line break or tab) inside a string; write it as \\n or \\t";
        }
        if (message.contains("UTF-8") || message.contains("Invalid UTF")) {
            return "not UTF-8 text";
        }
        if (message.contains("numeric value") || message.contains("Leading zeroes") || message.contains("number")) {
            return "a malformed number";
        }
        if (message.contains("Unexpected character") || message.contains("expected")) {
            return "not valid JSON here";
        }
        return "not valid JSON";
    }

    private static String expectation(String parser) {
        if (parser.contains("double-quote to start field name")) {
            return "where a field name in double quotes should be";
        }
        if (parser.contains("comma to separate Object")) {
            return "where a ',' or '}' should be";
        }
        if (parser.contains("comma to separate Array")) {
            return "where a ',' or ']' should be";
        }
        if (parser.contains("colon to separate field name")) {
            return "where a ':' should follow the field name";
        }
        if (parser.contains("valid value") || parser.contains("JSON String")) {
            return "where a value should be (text needs double quotes)";
        }
        return "here";
    }
}
