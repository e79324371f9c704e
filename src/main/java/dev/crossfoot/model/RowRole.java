package dev.crossfoot.model;

/** A row's part in the table's hierarchy. */
public enum RowRole {
    /** Opens a section ("Revenue:") and carries no numbers. */
    HEADER,
    /** An ordinary line item. */
    ITEM,
    /** Closes a section and should equal the sum of its items ("Total revenue"). */
    TOTAL
}
