package dev.crossfoot.spark;

import java.io.Serializable;
import java.util.List;

/**
 * What checking one partition gave: its findings and skipped tables, each one JSON object written
 * as the {@code json} report writes it, and the report's summary object (counts, and per rule).
 */
record PartResult(List<String> findings, List<String> skipped, String summary) implements Serializable { }
