package dev.crossfoot.model;

/**
 * One line an explicit structure hint says a total adds, like an XBRL calculation arc: the row
 * (its index in the table, from 0) and its weight, +1 added or -1 deducted.
 */
public record TotalPart(int row, int weight) {
    public TotalPart {
        if (weight != 1 && weight != -1) {
            throw new IllegalArgumentException("a total part's weight is 1 or -1, not " + weight);
        }
    }
}
