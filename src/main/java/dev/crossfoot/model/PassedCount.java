package dev.crossfoot.model;

/**
 * Passed checks counted rather than listed: those of one rule in tables of one title beyond the
 * first, which {@link CheckRun#outcomes()} lists in its place. A dataset run that writes no JUnit
 * report keeps no more of a passed check; the counts are all the other reports show of them, and
 * rule settings scope rules by table title, so the title is kept with the count.
 */
public record PassedCount(String rule, String tableTitle, int count) {
}
