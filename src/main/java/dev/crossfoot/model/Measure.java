package dev.crossfoot.model;

/** What a row measures; decides whether the table's unit caption scales it. */
public enum Measure {
    MONEY, PER_SHARE, SHARES, PERCENT, PURE
}
