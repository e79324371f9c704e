package dev.crossfoot.understand;

import dev.crossfoot.model.Measure;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.List;

/**
 * The scale a table's unit caption gives its rows. Money is scaled by "in thousands"/"in
 * millions"; per-share amounts and percentages never are; share counts follow the money scale
 * unless the caption excepts them ("except share and per share data") or states their own scale
 * ("shares in thousands"). {@code sharesScaleStated} is false when the caption excepts share
 * counts without saying their unit ("In millions, except share and per share amounts"): filers
 * then show them in thousands as often as in units, and the checks must find out which.
 */
public record Units(BigDecimal moneyScale, BigDecimal sharesScale, boolean sharesScaleStated) {

    public static final Units ONES = new Units(BigDecimal.ONE, BigDecimal.ONE, true);

    private static final BigDecimal THOUSAND = new BigDecimal("1000");
    private static final BigDecimal MILLION = new BigDecimal("1000000");
    private static final BigDecimal BILLION = new BigDecimal("1000000000");

    /** The scale words, in every language the lexicon has ("thousands", "Tausend", "milliers"). */
    private static final List<Cue> SCALES = List.of(Cue.SCALE_THOUSANDS, Cue.SCALE_MILLIONS, Cue.SCALE_BILLIONS);

    public static Units parse(String caption) {
        Lexicon lexicon = Lexicon.current();
        String text = lowerCase(caption);
        java.util.Optional<java.util.regex.MatchResult> own = lexicon.find(Cue.SHARES_OWN_SCALE, text);
        BigDecimal money = scaleOfWord(lexicon, text, false);
        if (own.isPresent() && ownClause(text, own.get().start())) {
            // The shares' scale in a clause of its own is theirs alone: "in USD, except per share
            // amounts; shares in millions" states the money in units. Joined to the money ("Dollars
            // and Shares in Millions") it is both's.
            money = scaleOfWord(lexicon, text.substring(0, own.get().start()) + " " + text.substring(own.get().end()), false);
        }
        BigDecimal shares = money;
        int except = lexicon.start(Cue.UNIT_EXCEPTION, text);
        String exceptions = except < 0 ? "" : lexicon.erase(Cue.UNIT_PER_SHARE, text.substring(except));
        boolean stated = true;
        if (lexicon.matches(Cue.UNIT_SHARE, exceptions)) {
            shares = BigDecimal.ONE;
            stated = false;
        }
        if (own.isPresent()) {
            // The stated scale is the scale word the phrase ends with: "shares in thousands".
            shares = scaleOfWord(lexicon, text.substring(own.get().start(), own.get().end()), true);
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
        Lexicon lexicon = Lexicon.current();
        String text = lowerCase(caption);
        return SCALES.stream().noneMatch(scale -> lexicon.matches(scale, text));
    }

    /** A percentage's factor to a fraction, made once: it was made for every row of percentages read. */
    private static final BigDecimal PERCENT_SCALE = new BigDecimal("0.01");

    public BigDecimal scaleOf(Measure measure) {
        return switch (measure) {
            case MONEY -> moneyScale;
            case SHARES -> sharesScale;
            case PERCENT -> PERCENT_SCALE;
            default -> BigDecimal.ONE;
        };
    }

    /** Whether the phrase at {@code start} opens a clause of the caption after another: a semicolon or comma before it. */
    private static boolean ownClause(String text, int start) {
        String before = text.substring(0, start).strip();
        return before.endsWith(";") || before.endsWith(",");
    }

    /** A caption as the lexicon's phrases are asked of it: lower case, its apostrophes straight. */
    private static String lowerCase(String caption) {
        return caption == null ? "" : caption.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The scale of the text's first scale word (or its last, {@code last}); one where it has none. */
    private static BigDecimal scaleOfWord(Lexicon lexicon, String text, boolean last) {
        int chosen = -1;
        BigDecimal scale = BigDecimal.ONE;
        for (Cue cue : SCALES) {
            int at = lexicon.start(cue, text);
            if (at >= 0 && (chosen < 0 || (last ? at > chosen : at < chosen))) {
                chosen = at;
                scale = scaleOf(cue);
            }
        }
        return scale;
    }

    private static BigDecimal scaleOf(Cue scale) {
        return switch (scale) {
            case SCALE_THOUSANDS -> THOUSAND;
            case SCALE_MILLIONS -> MILLION;
            default -> BILLION;
        };
    }
}
