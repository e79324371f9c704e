package dev.crossfoot.check;

/** Identifies one cell of a document: which table, row and column. */
public record CellKey(int table, int row, int column) { }
