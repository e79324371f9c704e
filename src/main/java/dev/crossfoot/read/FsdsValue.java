package dev.crossfoot.read;

import java.math.BigDecimal;

/**
 * One line of {@code num.txt}: a value of a concept for a period — {@code ddate} (yyyymmdd, the end of
 * the period) and {@code qtrs} (its length in quarters, 0 for an instant) — in a unit ({@code uom}),
 * for the entity itself or a co-registrant ({@code coreg}), for the whole or for a member of an axis
 * ({@code segments}). {@code value} is null when the text is no number (then {@code text} shows it) or
 * blank (a nil fact). {@code sourceLine} is its line in {@code num.txt}.
 */
record FsdsValue(String tag, String version, String ddate, int qtrs, String uom, String coreg, String segments,
                 BigDecimal value, String text, int sourceLine) {

    String concept() {
        return conceptKey(tag, version);
    }

    boolean consolidated() {
        return coreg.isEmpty() && segments.isEmpty();
    }

    static String conceptKey(String tag, String version) {
        return tag + '\t' + version;
    }
}
