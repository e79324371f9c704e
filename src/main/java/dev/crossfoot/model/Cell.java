package dev.crossfoot.model;

/**
 * One cell exactly as it was extracted: its raw text and where it stands in the input.
 * {@code damage} is null, or what a reader saw the extraction do to it ("digits cut off at the
 * column edge"): the text is kept as it is, but its value is not to be trusted. {@code notGiven}
 * marks a cell the input says nothing about, where a line it has has no figure in this period (a
 * data set's line whose values are not in it, a JSON {@code null}): unlike a blank, which a
 * statement prints for nothing, it is unknown, and no identity that needs it can be evaluated.
 */
public record Cell(String text, Location location, String damage, boolean notGiven) {
    public Cell {
        text = text == null ? "" : text;
    }

    public Cell(String text, Location location) {
        this(text, location, null, false);
    }

    public Cell(String text, Location location, String damage) {
        this(text, location, damage, false);
    }

    /** A cell of a line the input has, with no figure for this period. */
    public static Cell notGiven(Location location) {
        return new Cell("", location, null, true);
    }

    public Cell damaged(String how) {
        return new Cell(text, location, how, notGiven);
    }
}
