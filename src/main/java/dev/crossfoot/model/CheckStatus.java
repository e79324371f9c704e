package dev.crossfoot.model;

/** The outcome of one rule on one column of one table. */
public enum CheckStatus {
    PASSED, FAILED,
    /** The rule applied but a cell it needs is missing or unreadable. */
    NOT_EVALUATED
}
