package dev.crossfoot.understand;

import dev.crossfoot.model.CellValue;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of one cell as filers print numbers: {@code (1,234)}, {@code -1,234},
 * {@code −1,234}, {@code +4.0}, {@code $ 0.01}, {@code 63.6%}, {@code 21,113 ⁽¹⁾}, {@code —}. Never throws:
 * words, ranges and ratios are {@link CellValue.Text}; text that should be a number but is not
 * becomes {@link CellValue.Malformed} with the reason.
 */
public final class NumberParser {

    /**
     * The longest cell text read as a number ("$ (1,234,567,890.12) (1)" has 24 characters):
     * longer text is text when it has words, otherwise a malformed number; never fed to a regex.
     */
    public static final int MAX_CHARS = 100;
    /** Significant digits of one number: far beyond any amount reported, well within a double's range. */
    public static final int MAX_DIGITS = 30;

    private static final Set<String> DASHES = Set.of("—", "–", "-", "−", "--", "——", "– –", "— —", "‒", "―", "_", "__");
    private static final Set<String> NOT_APPLICABLE = Set.of("n/a", "na", "n/m", "nm", "nmf", "n.a.", "n.m.", "*", "**");
    /** Footnote marks after a number: "(1)", "(2), (3)", "¹", "*, **". */
    private static final Pattern FOOTNOTE_TAIL = Pattern.compile(
            "^(.*[\\d)%])\\s*(?:(?:[⁽(]\\s*(?:[0-9]|[¹²³⁴⁵⁶⁷⁸⁹]|[a-z])\\s*[⁾)]\\s*,?\\s*)+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|(?:[*†‡§]+\\s*,?\\s*)+)$");
    /** Percentage points and basis points (hundredths of a point): a change of a ratio, read as a percentage (never footed). */
    private static final Pattern POINTS = Pattern.compile("^(.*[\\d)—–-])\\s*(pts?\\.?|ppts?\\.?|percentage points?|points?|bps\\.?|bp\\.?|basis points?)$",
            Pattern.CASE_INSENSITIVE);
    /** A bound, not an amount: ">100%", "<1%", "NM%". Reported, but nothing to add or compare. */
    private static final Pattern BOUND = Pattern.compile("^[<>≤≥]\\s*[$]?\\s*\\(?[\\d.,]+\\)?\\s*%?$|^n/?m\\s*%?$", Pattern.CASE_INSENSITIVE);
    /** Two figures joined by a dash or "to": a range of rates, years or prices, not one amount. */
    private static final Pattern RANGE = Pattern.compile(
            "^[$]?\\s*[\\d.,]+\\s*%?\\s*(?:-|–|—|to)\\s*[$]?\\s*[\\d.,]+\\s*%?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATIO = Pattern.compile("^[\\d.,]+\\s*:\\s*[\\d.,]+$");
    /**
     * A date ("30/7/2021", "31.12.2019", "2021-07-30"), possibly marked as the start of a span
     * ("28/6/2019~"): a maturity or a grant date standing in a line of a table of amounts. With
     * full stops the year has four digits: "10.1.12" is an exhibit number.
     */
    private static final Pattern DATE = Pattern.compile(
            "^(?:\\d{1,2}/\\d{1,2}/(?:19|20)?\\d\\d|\\d{1,2}\\.\\d{1,2}\\.(?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d)\\s*~?$");
    /** A caption naming a year with a short word: "FY 2019 (%)", a header row repeated in the body. */
    private static final Pattern YEAR_CAPTION = Pattern.compile(
            "(?:^|\\s)\\p{L}{2,}\\s+(?:19|20)\\d\\d\\b|\\b(?:19|20)\\d\\d\\s+\\p{L}{2,}(?:\\s|$)");
    /** A word of three letters or more: text, where an OCR slip puts a single letter among digits ("1O,2OO"). */
    private static final Pattern WORD = Pattern.compile("\\p{L}{3,}");
    /** A dash with a footnote mark: "—(1)", "_(1)". */
    private static final Pattern DASH_FOOTNOTE = Pattern.compile("^[$]?\\s*(?:[—–−-]+|_{1,3})\\s*(?:\\(\\s*\\w\\s*\\)|[¹²³⁴⁵⁶⁷⁸⁹*†‡]+)$");
    private static final Pattern PLAIN = Pattern.compile("\\d+(?:\\.\\d+)?|\\.\\d+");
    private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:([,  ])\\d{3})(?:\\1\\d{3})*(?:\\.\\d+)?");
    private static final Pattern SPACED = Pattern.compile("\\d{1,3}(?: \\d{3})+(?:\\.\\d+)?");
    /**
     * A dash or underscores alone, with a currency sign or a percent: nil; so are dots alone ("." or
     * "....", an ellipsis), the leaders typeset filings print where there is no amount. Compiled once:
     * every cell asks.
     */
    private static final Pattern DASH_ALONE = Pattern.compile("\\$?\\s*(?:[—–−-](?:\\s*[—–−-])*|_{1,3}|[.…](?:\\s*[.…])*)\\s*%?");
    /** A bare number, parenthesised or not: its trailing "(1)" is part of it, not a footnote mark. */
    private static final Pattern BARE = Pattern.compile("^\\(?[\\d.,]+\\)?$");

    /**
     * Cell texts read before: a cell goes through a dozen patterns before it is known to be a plain
     * number, and datasets repeat the same texts (dashes, totals carried from statement to
     * statement, the same figures for the same period). Bounded, like the label memos; the values
     * are immutable records, so sharing one between cells is safe. Only under the built-in
     * lexicon: a language added by {@code --rules} may read a cell as a rank.
     */
    private static final BoundedMemo<String, CellValue> MEMO = new BoundedMemo<>(30_000);

    public CellValue parse(String raw) {
        if (raw == null || raw.length() > MAX_CHARS || Lexicon.current() != Lexicon.builtIn()) {
            return parsed(raw);
        }
        // A plain number is read without the patterns (and without the memo: reading it costs less
        // than keeping it, and an SEC quarter's values are mostly distinct). Only under the built-in
        // lexicon, as the memo: a language added by --rules may read a cell as a rank.
        CellValue plain = PlainNumber.read(raw);
        return plain != null ? plain : MEMO.get(raw, this::parsed);
    }

    /** The reading by patterns alone, that {@link PlainNumber} stands in for where it can: for the properties that compare the two. */
    CellValue parsedByPatterns(String raw) {
        return parsed(raw);
    }

    private CellValue parsed(String raw) {
        String text = raw == null ? "" : normaliseSpaces(raw).strip();
        if (text.isEmpty()) {
            return new CellValue.Absent();
        }
        if (text.length() > MAX_CHARS) {
            return WORD.matcher(text).find() ? new CellValue.Text(text)
                    : new CellValue.Malformed(text.length() + " characters, longer than the " + MAX_CHARS + " a number may have");
        }
        if (DASHES.contains(text) || DASH_ALONE.matcher(text).matches()) {
            return new CellValue.Nil();
        }
        if (NOT_APPLICABLE.contains(text.toLowerCase(Locale.ROOT))) {
            return new CellValue.NotApplicable(text);
        }
        if (BOUND.matcher(text).matches()) {
            return new CellValue.NotApplicable(text);
        }
        if (DASH_FOOTNOTE.matcher(text).matches()) {
            return new CellValue.Nil();
        }
        if (RANGE.matcher(text).matches() || RATIO.matcher(text).matches() || DATE.matcher(text).matches()
                || YEAR_CAPTION.matcher(text).find() || Lexicon.current().matches(Cue.ORDINAL, text.toLowerCase(Locale.ROOT))
                || WORD.matcher(text).find() && !POINTS.matcher(text).matches()) {
            return new CellValue.Text(text);
        }
        Matcher footnote = FOOTNOTE_TAIL.matcher(text);
        if (footnote.matches() && !BARE.matcher(text).matches()) {
            text = footnote.group(1).strip();
        }
        Matcher points = POINTS.matcher(text);
        if (points.matches()) {
            String body = points.group(1).strip();
            if (DASHES.contains(body)) {
                return new CellValue.Nil();
            }
            CellValue value = parseSigned(body, raw);
            if (points.group(2).toLowerCase(java.util.Locale.ROOT).startsWith("b")) {
                return inPercentagePoints(value);
            }
            return value instanceof CellValue.Number number
                    ? new CellValue.Number(number.value(), number.precision(), true, false) : value;
        }
        return parseSigned(text, raw);
    }

    /**
     * A change of a margin in basis points ("(231) bp.", "0 bps") is a change in percentage
     * points: a hundredth of a point each, so "(231) bp." reads as -2.31% to the nearest 0.01.
     */
    private static CellValue inPercentagePoints(CellValue basisPoints) {
        if (!(basisPoints instanceof CellValue.Number number) || number.percent()) {
            return basisPoints;
        }
        return new CellValue.Number(number.value().movePointLeft(2), number.precision().movePointLeft(2), true, false);
    }

    private CellValue parseSigned(String text, String raw) {
        boolean negative = false;
        boolean currency = false;
        boolean percent = false;
        String body = text;
        if (body.endsWith("%")) {
            percent = true;
            body = body.substring(0, body.length() - 1).strip();
        }
        currency = text.chars().anyMatch(c -> "$€£¥".indexOf(c) >= 0);
        body = stripCurrency(body);
        if (body.startsWith("(") && body.endsWith(")")) {
            negative = true;
            body = body.substring(1, body.length() - 1).strip();
        } else if (body.startsWith("(") || body.endsWith(")")) {
            return new CellValue.Malformed("unbalanced parenthesis in '" + raw.strip() + "'");
        }
        body = stripCurrency(body);
        if (body.endsWith("%")) {
            percent = true;
            body = body.substring(0, body.length() - 1).strip();
        }
        if (body.startsWith("+") && !negative) {
            body = stripCurrency(body.substring(1).strip());
        } else if (body.startsWith("-") || body.startsWith("−") || body.startsWith("–")) {
            // "(−152)": parentheses around a signed figure, as "thereof" lines and prior-year
            // figures are printed; both marks say the same, so the figure is negative once.
            negative = true;
            body = stripCurrency(body.substring(1).strip());
        }
        if (body.isEmpty()) {
            return new CellValue.Malformed("no digits in '" + raw.strip() + "'");
        }
        String digits = digitsOf(body);
        if (digits == null && namesSomething(body)) {
            // "777X", "A320": a letter no digit looks like makes a name (a programme, a model).
            return new CellValue.Text(raw.strip());
        }
        if (digits == null) {
            return new CellValue.Malformed(describeProblem(body, raw.strip()));
        }
        BigDecimal value = new BigDecimal(digits);
        if (value.signum() != 0 && value.precision() > MAX_DIGITS) {
            return new CellValue.Malformed(value.precision() + " digits in '" + abbreviated(raw.strip())
                    + "', more than the " + MAX_DIGITS + " crossfoot reads in a number");
        }
        BigDecimal precision = BigDecimal.ONE.movePointLeft(Math.max(0, value.scale()));
        if (negative) {
            value = value.negate();
        }
        return new CellValue.Number(value, precision, percent, currency);
    }

    private static String abbreviated(String text) {
        return text.length() <= 24 ? text : text.substring(0, 10) + "…" + text.substring(text.length() - 10);
    }

    private static String stripCurrency(String text) {
        String result = text;
        while (!result.isEmpty() && "$€£¥".indexOf(result.charAt(0)) >= 0) {
            result = result.substring(1).strip();
        }
        return result;
    }

    /** The number with its thousands separators removed, or null when the grouping is wrong. */
    private static String digitsOf(String body) {
        if (PLAIN.matcher(body).matches()) {
            return body;
        }
        if (GROUPED.matcher(body).matches() || SPACED.matcher(body).matches()) {
            return body.replace(",", "").replace(" ", "").replace(" ", "");
        }
        return null;
    }

    /**
     * Letters that begin or end the text, none of them a digit's look-alike: a model or programme
     * name. A letter between digits ("1E+308") is a damaged or spreadsheet-mangled number.
     */
    private static boolean namesSomething(String body) {
        int first = 0;
        while (first < body.length() && Character.isLetter(body.charAt(first))) {
            first++;
        }
        int last = body.length();
        while (last > first && Character.isLetter(body.charAt(last - 1))) {
            last--;
        }
        if (first == 0 && last == body.length()) {
            return false;
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            boolean affix = i < first || i >= last;
            if (Character.isLetter(c) && (!affix || LookAlikes.readsAsDigit(c))) {
                return false;
            }
        }
        return true;
    }

    private static String describeProblem(String body, String raw) {
        for (char c : body.toCharArray()) {
            if (Character.isLetter(c)) {
                return "letter '" + c + "' inside the number '" + raw + "'";
            }
        }
        if (body.matches("[\\d,. ]+")) {
            return "digit grouping is wrong in '" + raw + "' (thousands groups must have three digits)";
        }
        return "cannot read '" + raw + "' as a number";
    }

    /**
     * Thin, narrow, figure and no-break spaces are how typeset filings group digits ("1\u202f234,5" in
     * French); fold them. (Until the ninth session the characters here were plain spaces, so a
     * no-break space between digit groups made a malformed number.)
     */
    private static String normaliseSpaces(String raw) {
        return raw.replace('\u00a0', ' ').replace('\u202f', ' ').replace('\u2009', ' ').replace('\u2007', ' ').replace('\t', ' ');
    }
}
