package dev.crossfoot.read;

import java.util.List;

/** Every input format crossfoot reads, in the order a file's name is tried against them. */
public final class ReaderCatalogue {

    private ReaderCatalogue() {
    }

    public static List<DocumentReader> all() {
        return List.of(new JsonReader(), new JsonLinesReader(), new CsvReader(), new MarkdownReader(), new TextReader(), new HtmlReader());
    }

    public static String extensions() {
        return ".json, .jsonl, .csv, .md, .txt, .htm, .html (each also gzipped, .gz); "
                + "an SEC Financial Statement Data Set as its .zip or a folder holding sub.txt, pre.txt, num.txt";
    }
}
