package dev.crossfoot.model;

/**
 * One cell exactly as it was extracted: its raw text and where it stands in the input.
 * {@code damage} is null, or what a reader saw the extraction do to it ("digits cut off at the
 * column edge"): the text is kept as it is, but its value is not to be trusted.
 */
public record Cell(String text, Location location, String damage) {
    public Cell {
        text = text == null ? "" : text;
    }

    public Cell(String text, Location location) {
        this(text, location, null);
    }

    public Cell damaged(String how) {
        return new Cell(text, location, how);
    }
}
