package dev.crossfoot.model;

/** One cell exactly as it was extracted: its raw text and where it stands in the input. */
public record Cell(String text, Location location) {
    public Cell {
        text = text == null ? "" : text;
    }
}
