package dev.crossfoot.spark;

import java.io.Serializable;

/**
 * One line of a JSON Lines dataset, with the file it came from and its line number in that file:
 * lines of one large dataset are checked on many executors and still point back into the file.
 */
record DatasetLine(String name, String fileName, int lineNumber, String text) implements Serializable { }
