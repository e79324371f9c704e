package dev.crossfoot.bench;

import dev.crossfoot.diagnose.Cause;

/** One extraction error put into a clean document: where, which kind, and the text before and after. */
record InjectedError(CoveredCell cell, Cause cause, String original, String altered) { }
