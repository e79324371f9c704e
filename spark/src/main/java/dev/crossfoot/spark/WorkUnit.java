package dev.crossfoot.spark;

import java.io.Serializable;

/**
 * One file to be read whole on an executor (an HTML filing, a data-set quarter's zip or folder,
 * a JSON document), by its Hadoop path and by the name its findings' locations use: the path as
 * the user gave it, as in the CLI.
 */
record WorkUnit(String hadoopPath, String name, boolean insideFolder) implements Serializable { }
