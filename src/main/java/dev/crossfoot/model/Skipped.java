package dev.crossfoot.model;

/** A table that was read but not checked, and why: nothing is dropped silently. */
public record Skipped(String document, String table, String reason) { }
