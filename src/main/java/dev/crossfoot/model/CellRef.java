package dev.crossfoot.model;

/** A cell as a finding cites it: row label, column header, raw text and location. */
public record CellRef(String table, String row, String column, String text, Location location) { }
