package dev.crossfoot.bench;

import dev.crossfoot.check.CellKey;
import dev.crossfoot.diagnose.Cause;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Puts one extraction error of a given kind into a cell's text, the way a PDF or OCR reader
 * would, keeping the filing's own format ({@code $ }, grouping, parentheses, {@code %}). Returns
 * null when that kind cannot change this cell (no two different adjacent digits to swap, a
 * neighbour with the same value).
 */
final class ExtractionErrors {

    /** Digit pairs an OCR engine confuses, as the diagnosis knows them too. */
    private static final String[] OCR_PAIRS = {"06", "08", "68", "38", "17", "56", "59", "89"};

    private final Random random;

    ExtractionErrors(Random random) {
        this.random = random;
    }

    InjectedError inject(CoveredCell cell, Cause kind) {
        CellText text = CellText.split(cell.text());
        String altered = switch (kind) {
            case SIGN_LOST -> text.negative() ? text.negated() : null;
            case SIGN_ADDED -> text.negative() || isZero(text) ? null : text.negated();
            case DIGITS_TRANSPOSED -> transpose(text);
            case DIGIT_DROPPED -> dropDigit(text);
            case DIGIT_DOUBLED -> doubleDigit(text);
            case TRUNCATED -> truncate(text);
            case DECIMAL_POINT_MOVED -> movePoint(text);
            case SCALE_OFF -> rescale(text);
            case OCR_CONFUSION -> ocr(text);
            case CHARACTERS_REVERSED -> reverse(text);
            case COLUMNS_SWAPPED -> neighbour(cell, 0, 1);
            case ROW_SHIFTED -> neighbour(cell, 1, 0);
            case UNEXPLAINED -> null;
        };
        if (altered == null || altered.equals(cell.text()) || sameValue(cell.text(), altered)) {
            return null;
        }
        return new InjectedError(cell, kind, cell.text(), altered);
    }

    private static boolean isZero(CellText text) {
        return new BigDecimal(text.plain()).signum() == 0;
    }

    private String transpose(CellText text) {
        String digits = text.plain();
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i + 1 < digits.length(); i++) {
            if (Character.isDigit(digits.charAt(i)) && Character.isDigit(digits.charAt(i + 1))
                    && digits.charAt(i) != digits.charAt(i + 1) && !(i == 0 && digits.charAt(1) == '0')) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        int i = pick(places);
        String swapped = digits.substring(0, i) + digits.charAt(i + 1) + digits.charAt(i) + digits.substring(i + 2);
        return text.withNumber(text.grouping(swapped));
    }

    /** A digit lost inside the number; losing the last one is truncation, losing the first may leave a leading zero. */
    private String dropDigit(CellText text) {
        String digits = text.plain();
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < digits.length() - 1; i++) {
            String rest = digits.substring(0, i) + digits.substring(i + 1);
            if (Character.isDigit(digits.charAt(i)) && !rest.matches("0\\d.*") && !rest.startsWith(".")) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        int i = pick(places);
        return text.withNumber(text.grouping(digits.substring(0, i) + digits.substring(i + 1)));
    }

    private String doubleDigit(CellText text) {
        String digits = text.plain();
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < digits.length(); i++) {
            if (Character.isDigit(digits.charAt(i)) && !(digits.charAt(i) == '0' && i == 0)) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        int i = pick(places);
        return text.withNumber(text.grouping(digits.substring(0, i + 1) + digits.substring(i)));
    }

    /** One or two trailing characters lost, as a line cut short: {@code 4,947} → {@code 4,94}. */
    private String truncate(CellText text) {
        String number = text.number();
        int cut = 1 + random.nextInt(2);
        if (number.length() - cut < 1) {
            return null;
        }
        String kept = number.substring(0, number.length() - cut);
        while (!kept.isEmpty() && !Character.isDigit(kept.charAt(kept.length() - 1))) {
            kept = kept.substring(0, kept.length() - 1);
        }
        return kept.isEmpty() ? null : text.withNumber(kept);
    }

    /** The point one place off in a number that shows decimals: {@code 0.08} → {@code 0.8}, {@code 63.6} → {@code 6.36}. */
    private String movePoint(CellText text) {
        String plain = text.plain();
        int point = plain.indexOf('.');
        if (point < 0) {
            return null;
        }
        String digits = plain.replace(".", "");
        int to = point + (random.nextBoolean() ? 1 : -1);
        if (to < 1 || to >= digits.length()) {
            to = point + (to < 1 ? 1 : -1);
        }
        if (to < 1 || to >= digits.length()) {
            return null;
        }
        String moved = (digits.substring(0, to) + "." + digits.substring(to)).replaceFirst("^0+(?=\\d)", "");
        return text.withNumber(text.grouping(moved));
    }

    /** Read in the wrong unit: a thousand times too large, or a thousandth rounded to one decimal. */
    private String rescale(CellText text) {
        BigDecimal value = new BigDecimal(text.plain());
        if (value.scale() > 0 || value.signum() == 0) {
            return null;
        }
        if (random.nextBoolean() || value.abs().compareTo(BigDecimal.valueOf(100)) < 0) {
            return text.withNumber(text.grouping(value.movePointRight(3).toPlainString()));
        }
        return text.withNumber(value.movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString());
    }

    /** One digit misread as its look-alike; now and then a letter for a digit (O for 0, l for 1). */
    private String ocr(CellText text) {
        String digits = text.plain();
        List<String> options = new ArrayList<>();
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            for (String pair : OCR_PAIRS) {
                int side = pair.indexOf(c);
                if (side >= 0 && !(i == 0 && pair.charAt(1 - side) == '0' && digits.length() > 1 && digits.charAt(1) != '.')) {
                    options.add(digits.substring(0, i) + pair.charAt(1 - side) + digits.substring(i + 1));
                }
            }
            if ((c == '0' || c == '1') && random.nextInt(5) == 0) {
                options.add(digits.substring(0, i) + (c == '0' ? 'O' : 'l') + digits.substring(i + 1));
            }
        }
        return options.isEmpty() ? null : text.withNumber(text.grouping(options.get(random.nextInt(options.size()))));
    }

    /** The characters of the number in reverse order: {@code 0.08} → {@code 80.0}. */
    private static String reverse(CellText text) {
        String reversed = new StringBuilder(text.plain()).reverse().toString();
        if (reversed.matches("0\\d.*") || reversed.endsWith(".") || reversed.startsWith(".")) {
            return null;
        }
        return text.withNumber(text.grouping(reversed));
    }

    /** The text of the adjacent cell in the same row (dc = 1) or the nearest row with a number (dr = 1). */
    private String neighbour(CoveredCell cell, int dr, int dc) {
        CellKey key = cell.key();
        List<String> texts = new ArrayList<>();
        for (int step : new int[] {-1, 1}) {
            int row = key.row() + step * dr;
            int column = key.column() + step * dc;
            while (row >= 0 && row < cell.fixture().rows(key.table()) && column >= 0) {
                String text = cell.fixture().text(new CellKey(key.table(), row, column));
                if (text != null && CellText.split(text) != null) {
                    texts.add(text);
                    break;
                }
                if (dr == 0) {
                    break;
                }
                row += step;
            }
        }
        return texts.isEmpty() ? null : texts.get(random.nextInt(texts.size()));
    }

    private int pick(List<Integer> places) {
        return places.get(random.nextInt(places.size()));
    }

    private static boolean sameValue(String a, String b) {
        CellText x = CellText.split(a);
        CellText y = CellText.split(b);
        if (x == null || y == null || !y.plain().matches("\\d+(\\.\\d+)?")) {
            return false;
        }
        return x.negative() == y.negative() && new BigDecimal(x.plain()).compareTo(new BigDecimal(y.plain())) == 0;
    }
}
