package dev.crossfoot.diagnose;

import dev.crossfoot.model.AmountFormat;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.understand.LookAlikes;
import dev.crossfoot.understand.NumberParser;

import java.math.BigDecimal;
import java.util.Set;

/**
 * Names the extraction error that turns a cell's true value into the text that was extracted:
 * given the reported text and a repaired value, which kind of slip explains the difference.
 * Specific patterns are tried first, so that {@code (80.0)} for {@code (0.08)} reads as
 * characters reversed rather than as a scale error that happens to give the same number.
 */
public final class CauseClassifier {

    /** Compiled once: {@code String.replaceAll} compiles its pattern at every call. */
    private static final java.util.regex.Pattern NON_DIGIT = java.util.regex.Pattern.compile("\\D");
    /** Digit pairs that optical character recognition confuses: closed loops and similar strokes. */
    private static final Set<String> OCR_DIGIT_PAIRS = Set.of("06", "08", "68", "38", "17", "56", "59", "89");

    private final NumberParser parser = new NumberParser();

    /**
     * @param reportedText the cell as extracted
     * @param repaired the value it should hold, in the cell's display units
     * @param decimals how many decimals the repaired value is written with
     */
    public Cause classify(String reportedText, BigDecimal repaired, int decimals, Neighbours neighbours) {
        String body = writtenBody(reportedText);
        NumberShape truth = NumberShape.of(repaired, decimals);
        if (!(parser.parse(reportedText) instanceof CellValue.Number number)) {
            return classifyUnreadable(body, truth);
        }
        BigDecimal reported = number.value();
        if (reported.compareTo(repaired) == 0) {
            return null;
        }
        NumberShape read = NumberShape.of(reported, number.precision().scale());
        if (read.negative() == truth.negative()) {
            Cause pattern = digitPattern(body, read, truth, reported, repaired, number.precision());
            if (pattern != null) {
                return pattern;
            }
        } else if (reported.abs().compareTo(repaired.abs()) == 0) {
            return read.negative() ? Cause.SIGN_ADDED : Cause.SIGN_LOST;
        }
        if (neighbours.columnHas(reported)) {
            return Cause.COLUMNS_SWAPPED;
        }
        if (neighbours.rowHas(reported)) {
            return Cause.ROW_SHIFTED;
        }
        return Cause.UNEXPLAINED;
    }

    private static Cause digitPattern(String body, NumberShape read, NumberShape truth, BigDecimal reported,
                                      BigDecimal repaired, BigDecimal precision) {
        String plainRead = body.replace(",", "");
        if (plainRead.length() >= 2 && new StringBuilder(plainRead).reverse().toString().equals(truth.body())) {
            return Cause.CHARACTERS_REVERSED;
        }
        if (isTruncation(body, read.digits(), truth)) {
            return Cause.TRUNCATED;
        }
        if (read.decimals() == truth.decimals()) {
            Cause slip = digitSlip(read.digits(), truth.digits());
            if (slip == null && read.decimals() > 0) {
                // Below one the leading zeros are written digits: 0.80 for 0.08 is a transposition.
                int width = Math.max(read.digits().length(), truth.digits().length());
                slip = digitSlip(padded(read.digits(), width), padded(truth.digits(), width));
            }
            if (slip != null) {
                return slip;
            }
        }
        return shift(read, truth, reported, repaired, precision);
    }

    /** One or two trailing characters lost: the text is the start of the true value as written. */
    private static boolean isTruncation(String body, String readDigits, NumberShape truth) {
        String written = AmountFormat.filing(new BigDecimal(truth.body()), truth.decimals());
        String digitsOfTruth = written.replace(",", "").replace(".", "");
        String readAll = body.replace(",", "").replace(".", "");
        int lost = written.length() - body.length();
        if (!body.isEmpty() && lost >= 1 && lost <= 2 && written.startsWith(body)) {
            return true;
        }
        int lostDigits = digitsOfTruth.length() - readAll.length();
        // Without grouping or a point, only the digits tell: 494 read for 4,947.
        return !body.contains(",") && !body.contains(".") && lostDigits >= 1 && lostDigits <= 2 && digitsOfTruth.startsWith(readAll)
                && !readDigits.isEmpty();
    }

    /** Transposition, single-digit OCR confusion, a dropped or a doubled digit. */
    static Cause digitSlip(String read, String truth) {
        if (read.length() == truth.length()) {
            int first = -1;
            int count = 0;
            for (int i = 0; i < read.length(); i++) {
                if (read.charAt(i) != truth.charAt(i)) {
                    count++;
                    first = first < 0 ? i : first;
                }
            }
            if (count == 1 && isOcrPair(read.charAt(first), truth.charAt(first))) {
                return Cause.OCR_CONFUSION;
            }
            if (count == 2 && first + 1 < read.length() && read.charAt(first) == truth.charAt(first + 1)
                    && read.charAt(first + 1) == truth.charAt(first) && read.charAt(first) != read.charAt(first + 1)) {
                return Cause.DIGITS_TRANSPOSED;
            }
            return null;
        }
        if (read.length() + 1 == truth.length()) {
            for (int i = 0; i < truth.length(); i++) {
                if ((truth.substring(0, i) + truth.substring(i + 1)).equals(read)) {
                    return Cause.DIGIT_DROPPED;
                }
            }
        }
        if (read.length() == truth.length() + 1) {
            for (int i = 1; i < read.length(); i++) {
                if (read.charAt(i) == read.charAt(i - 1) && (read.substring(0, i) + read.substring(i + 1)).equals(truth)) {
                    return Cause.DIGIT_DOUBLED;
                }
            }
        }
        return null;
    }

    private static String padded(String digits, int width) {
        return "0".repeat(width - digits.length()) + digits;
    }

    static boolean isOcrPair(char a, char b) {
        return OCR_DIGIT_PAIRS.contains("" + (char) Math.min(a, b) + (char) Math.max(a, b));
    }

    /** The same digits with the point elsewhere: by three places a scale error, else a moved point. */
    private static Cause shift(NumberShape read, NumberShape truth, BigDecimal reported, BigDecimal repaired,
                               BigDecimal precision) {
        if (repaired.signum() == 0 || reported.signum() == 0) {
            return null;
        }
        if (read.significant().equals(truth.significant())) {
            BigDecimal ratio = reported.divide(repaired, java.math.MathContext.DECIMAL64).abs().stripTrailingZeros();
            int power = ratio.precision() - ratio.scale() - 1;
            if (ratio.unscaledValue().equals(java.math.BigInteger.ONE) && power != 0) {
                return Math.abs(power) == 3 ? Cause.SCALE_OFF : Math.abs(power) <= 2 ? Cause.DECIMAL_POINT_MOVED : null;
            }
        }
        // A value shown in the wrong unit and rounded there: 41.9 for 41,892.
        BigDecimal thousand = BigDecimal.valueOf(1000);
        BigDecimal half = precision.divide(BigDecimal.valueOf(2));
        if (reported.subtract(repaired.divide(thousand)).abs().compareTo(half) <= 0) {
            return Cause.SCALE_OFF;
        }
        return null;
    }

    private Cause classifyUnreadable(String body, NumberShape truth) {
        StringBuilder mapped = new StringBuilder();
        boolean letters = false;
        for (char c : body.toCharArray()) {
            Character digit = LookAlikes.readsAsDigit(c) ? LookAlikes.digitFor(c) : null;
            letters |= digit != null;
            mapped.append(digit != null ? digit : c);
        }
        if (letters && parser.parse(mapped.toString()) instanceof CellValue.Number number
                && number.value().compareTo(new BigDecimal(truth.body())) == 0) {
            return Cause.OCR_CONFUSION;
        }
        if (isTruncation(body, NON_DIGIT.matcher(body).replaceAll(""), truth)) {
            return Cause.TRUNCATED;
        }
        return Cause.UNEXPLAINED;
    }

    /** The number as written, without sign, currency, percent or spaces: {@code $ (0.08)} → {@code 0.08}. */
    static String writtenBody(String text) {
        StringBuilder body = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (Character.isDigit(c) && c < 128 || c == ',' || c == '.' || LookAlikes.readsAsDigit(c)) {
                body.append(c);
            }
        }
        return body.toString();
    }
}
