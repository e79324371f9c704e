package dev.crossfoot.understand;

import dev.crossfoot.model.Measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scale a table's unit caption gives its rows. Money is scaled by "in thousands"/"in
 * millions"; per-share amounts and percentages never are; share counts follow the money scale
 * unless the caption excepts them ("except share and per share data") or states their own scale
 * ("shares in thousands"). {@code sharesScaleStated} is false when the caption excepts share
 * counts without saying their unit ("In millions, except share and per share amounts"): filers
 * then show them in thousands as often as in units, and the checks must find out which.
 */
public record Units(BigDecimal moneyScale, BigDecimal sharesScale, boolean sharesScaleStated) {

    private static final Pattern SHARES_OWN_SCALE =
            Pattern.compile("shares?\\b[^;)]{0,40}?\\bin\\s+(thousands|millions|billions)");

    /** Compiled once: every table's caption is parsed, in every reading of it. */
    private static final Pattern SCALE_WORD = Pattern.compile("\\b(thousands|millions|billions)\\b");

    private static final Pattern PER_SHARE = Pattern.compile("per[- ]share");

    public static final Units ONES = new Units(BigDecimal.ONE, BigDecimal.ONE, true);

    public static Units parse(String caption) {
        String text = caption == null ? "" : caption.toLowerCase(Locale.ROOT);
        BigDecimal money = scaleWord(firstScaleWord(text));
        BigDecimal shares = money;
        int except = text.indexOf("except");
        String exceptions = except < 0 ? "" : PER_SHARE.matcher(text.substring(except)).replaceAll("");
        boolean stated = true;
        if (exceptions.contains("share")) {
            shares = BigDecimal.ONE;
            stated = false;
        }
        Matcher own = SHARES_OWN_SCALE.matcher(text);
        if (own.find()) {
            shares = scaleWord(own.group(1));
            stated = true;
        }
        return new Units(money, shares, stated);
    }

    /**
     * Whether a caption names no scale at all: no "in thousands", "in millions" for the money or
     * for the shares. A table exported without its caption (an edgartools CSV) still shows money in
     * millions and shares in thousands, as the filing did; only the ratio of the two can tell.
     */
    public static boolean namesNoScale(String caption) {
        String text = caption == null ? "" : caption.toLowerCase(Locale.ROOT);
        return firstScaleWord(text).isEmpty();
    }

    public BigDecimal scaleOf(Measure measure) {
        return switch (measure) {
            case MONEY -> moneyScale;
            case SHARES -> sharesScale;
            case PERCENT -> new BigDecimal("0.01");
            default -> BigDecimal.ONE;
        };
    }

    private static String firstScaleWord(String text) {
        Matcher matcher = SCALE_WORD.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static BigDecimal scaleWord(String word) {
        return switch (word) {
            case "thousands" -> new BigDecimal("1000");
            case "millions" -> new BigDecimal("1000000");
            case "billions" -> new BigDecimal("1000000000");
            default -> BigDecimal.ONE;
        };
    }
}
