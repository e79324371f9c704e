package dev.crossfoot.understand;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a table writes its numbers: with a decimal point (1,234.5) or, as German and French do, with
 * a decimal comma (1.234,5; 1 234,5). The convention is the table's, decided once from the evidence
 * of all its cells, never cell by cell and never by which reading adds up:
 * <ul>
 *   <li>a number only a decimal point reads ("1,234.5", "0.25", "12.50", "1,234,567") says point;</li>
 *   <li>a number only a decimal comma reads ("1.234,5", "1,50", "0,25", "1.234.567") says comma;</li>
 *   <li>"1,234" and "1.234" read either way (a thousands group or three decimals), except in a
 *       percentage, which is never in the thousands ("4.100%" says point); digits alone say nothing.</li>
 * </ul>
 * A table is read with a decimal comma when one number groups thousands around a decimal comma
 * ("1.234,5", "1.234.567", "1 234,5"), or two numbers show a comma before two decimals or more
 * ("1,50") or in a percentage ("12,3 %"), or "1.234"s stand beside whole numbers (a German
 * statement of whole euros: "12.500", "900"); and the numbers that say comma outnumber those
 * that say point, the "1,234"s with them. A table whose figures mostly show one decimal after a
 * comma ("154,0", "(12,0)"), three or more, with no figure a point or a thousands group reads, is
 * read with a decimal comma too. "1,4" and "12,3" alone are as often a list of
 * references or a cut group. So a slip in an English table ("2.978,478" among "1,234.5"s, "$ 11,54"
 * beside "11,200", "1,23" cut from "1,234") stays the malformed number it is, and one in a German
 * table ("12.50" cut from "12.500") does not turn the table English.
 */
public final class NumberStyle {

    /** A run of digits with the separators inside it: "1.234,5", "31.12.2023", "7". */
    private static final Pattern TOKEN = Pattern.compile("(?<![\\d.,])\\d(?:[\\d.,]*\\d)?(?![\\d.,]*\\d)");
    /** A number as a decimal comma writes it: thousands grouped by full stops, or none; a comma before the decimals. */
    private static final Pattern COMMA_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?");

    /** How many figures with one decimal after a comma, and none read otherwise, make a table's convention. */
    private static final int ONE_DECIMAL_TABLE = 3;

    private NumberStyle() {
    }

    /**
     * Whether the table writes its numbers with a decimal comma, as its cells (those read, not damaged) show. The cells
     * are tallied where they stand, each asked of its row once (not listed first: every table is asked).
     */
    public static boolean decimalComma(dev.crossfoot.model.Table table) {
        Tally tally = new Tally();
        int width = table.width();
        for (dev.crossfoot.model.Row row : table.rows()) {
            // A column beyond the row's cells is a blank cell: no number to tally.
            List<dev.crossfoot.model.Cell> cells = row.cells();
            for (int c = 0, given = Math.min(width, cells.size()); c < given; c++) {
                dev.crossfoot.model.Cell cell = cells.get(c);
                if (cell.damage() == null && !cell.notGiven()) {
                    tally.add(cell.text());
                }
            }
        }
        return tally.decimalComma();
    }

    /** Whether the cells' texts (null and blank ones skipped) are written with a decimal comma, by the rule above. */
    public static boolean decimalComma(List<String> texts) {
        Tally tally = new Tally();
        for (String text : texts) {
            tally.add(text);
        }
        return tally.decimalComma();
    }

    /** What the cells' numbers say, counted a cell at a time. */
    private static final class Tally {
        private int point;
        private int grouped;
        private int comma;
        private int dotGroups;
        private int commaGroups;
        private int whole;
        private int oneDecimal;

        void add(String text) {
            // Every cell of every table is asked: characters, not patterns.
            if (text == null || !numericCell(text)) {
                return;
            }
            if (text.indexOf('.') < 0 && text.indexOf(',') < 0) {
                // Digits alone: a whole number, and no separator to judge.
                whole++;
                return;
            }
            boolean percent = text.indexOf('%') >= 0;
            for (int start = 0; start < text.length(); start++) {
                if (!isDigit(text.charAt(start)) || start > 0 && isNumberChar(text.charAt(start - 1))) {
                    continue;
                }
                int end = start;
                while (end < text.length() && isNumberChar(text.charAt(end))) {
                    end++;
                }
                while (!isDigit(text.charAt(end - 1))) {
                    end--;
                }
                Says said = says(text.substring(start, end));
                if ((said == Says.COMMA || said == Says.ONE_DECIMAL) && end - start > 3 && text.charAt(start + 3) == ','
                        && start >= 2 && Character.isSpaceChar(text.charAt(start - 1)) && isDigit(text.charAt(start - 2))) {
                    // "1 234,5": thousands grouped by a space around a decimal comma.
                    said = Says.GROUPED_COMMA;
                }
                start = end;
                if (percent && (said == Says.DOT_GROUP || said == Says.COMMA_GROUP || said == Says.ONE_DECIMAL)) {
                    // A percentage is not in the thousands nor a list of references: "4.100%" has three decimals after a
                    // point, "4,100 %" and "12,3 %" after a comma.
                    said = said == Says.DOT_GROUP ? Says.POINT : Says.COMMA;
                }
                switch (said) {
                    case POINT -> point++;
                    case GROUPED_COMMA -> grouped++;
                    case COMMA -> comma++;
                    case DOT_GROUP -> dotGroups++;
                    case COMMA_GROUP -> commaGroups++;
                    case WHOLE -> whole++;
                    case ONE_DECIMAL -> oneDecimal++;
                    default -> {
                    }
                }
            }
        }

        boolean decimalComma() {
            boolean dotThousands = dotGroups > 0 && whole > 0;
            if (oneDecimal >= ONE_DECIMAL_TABLE && oneDecimal > whole && point == 0 && commaGroups == 0 && dotGroups == 0) {
                // A table of figures with one decimal, all after a comma ("154,0", "(12,0)", "5,5"): its convention. A slip or a
                // list of references ("12,3" and "1,4" among whole numbers) is a few cells among many that say nothing.
                return true;
            }
            if (!(grouped > 0 || comma >= 2 || dotThousands)) {
                return false;
            }
            // The figures a decimal point reads (and the "1,234"s, its thousands) against those a comma reads: a slip
            // either way ("2.978,478" among "1,452.4"s, "12.50" cut from "12.500" among "7.400"s) is outvoted.
            return grouped + comma + (dotThousands ? dotGroups : 0) > point + commaGroups;
        }
    }
    /** A cell that is a number, however written: digits with signs, currency, parentheses, percent and spaces only. */
    private static boolean numericCell(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isDigit(c)) {
                digit = true;
            } else if (c != '.' && c != ',' && CELL_MARKS.indexOf(c) < 0 && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                return false;
            }
        }
        return digit;
    }

    private static final String CELL_MARKS = "()+-\u2212\u2013$\u20ac\u00a3\u00a5%";

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isNumberChar(char c) {
        return isDigit(c) || c == '.' || c == ',';
    }

    enum Says { POINT, GROUPED_COMMA, COMMA, ONE_DECIMAL, DOT_GROUP, COMMA_GROUP, WHOLE, NOTHING }

    /** What one run of digits and separators says of the convention, by the rule above. */
    static Says says(String token) {
        int dot = token.indexOf('.');
        int comma = token.indexOf(',');
        if (dot < 0 && comma < 0) {
            return Says.WHOLE;
        }
        if (dot >= 0 && comma >= 0) {
            return token.lastIndexOf(',') > token.lastIndexOf('.') ? Says.GROUPED_COMMA : Says.POINT;
        }
        char mark = dot >= 0 ? '.' : ',';
        // The groups between the marks, walked by index: every number of every table is asked (a split by a quoted
        // pattern compiled a regex for each).
        int first = dot >= 0 ? dot : comma;
        boolean grouped = first <= 3 && !(first > 0 && token.charAt(0) == '0');
        int parts = 1;
        int lastPart = 0;
        for (int from = first + 1; ; ) {
            int next = token.indexOf(mark, from);
            lastPart = (next < 0 ? token.length() : next) - from;
            grouped &= lastPart == 3;
            parts++;
            if (next < 0) {
                break;
            }
            from = next + 1;
        }
        if (parts > 2) {
            // "1.234.567" is grouped thousands, only a decimal comma's; "31.12.2023" is no number.
            return !grouped ? Says.NOTHING : mark == '.' ? Says.GROUPED_COMMA : Says.POINT;
        }
        if (grouped) {
            return mark == '.' ? Says.DOT_GROUP : Says.COMMA_GROUP;
        }
        // One mark, not before a group of three: the decimals' mark. One digit after a comma ("1,4", "12,3") is as
        // often a list of references or a cut group as a decimal: it says a comma only in a percentage.
        if (mark == '.') {
            return Says.POINT;
        }
        return lastPart == 1 ? Says.ONE_DECIMAL : Says.COMMA;
    }

    /**
     * The text as a decimal point writes it: each number a decimal comma writes well has its full
     * stops and comma swapped ("(1.234,5)" → "(1,234.5)", "1 234,5" → "1 234.5"); anything else
     * (a date "31.12.2023", a number grouped wrongly) is left as it is, for the number reader to
     * judge.
     */
    public static String asDecimalPoint(String text) {
        if (text == null || text.indexOf(',') < 0 && text.indexOf('.') < 0) {
            return text;
        }
        Matcher token = TOKEN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (token.find()) {
            String number = token.group();
            String swapped = COMMA_NUMBER.matcher(number).matches()
                    ? number.replace('.', '\u0000').replace(',', '.').replace('\u0000', ',') : number;
            token.appendReplacement(out, Matcher.quoteReplacement(swapped));
        }
        token.appendTail(out);
        return out.toString();
    }
}
