package dev.crossfoot.bench;

import dev.crossfoot.check.CellKey;

/**
 * A cell of a clean fixture that at least one evaluated identity uses, so that an error in it can
 * be caught at all; {@code pointer} is its JSON Pointer inside {@code fixture}.
 */
record CoveredCell(Fixture fixture, CellKey key, String pointer, String text) { }
