package dev.crossfoot.model;

import java.util.Locale;

/** What a row measures; decides whether the table's unit caption scales it. */
public enum Measure {
    MONEY, PER_SHARE, SHARES, PERCENT, PURE;

    /** The name input formats use: "money", "per-share", "shares", "percent", "pure". */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The measure an input names ({@link #label()}, or with an underscore), or null when it names none. */
    public static Measure named(String name) {
        for (Measure measure : values()) {
            if (measure.label().equals(name.strip().toLowerCase(Locale.ROOT).replace('_', '-'))) {
                return measure;
            }
        }
        return null;
    }
}
