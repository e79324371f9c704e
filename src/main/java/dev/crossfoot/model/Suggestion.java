package dev.crossfoot.model;

/**
 * The most likely repair of a failing check: which cell, the value written in the document's own
 * format, the kind of extraction error that explains it, and how confident the diagnosis is (0–1).
 */
public record Suggestion(CellRef cell, String value, String cause, double confidence) { }
