package dev.crossfoot.read;

import dev.crossfoot.SharedData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/** The inline-XBRL 10-K and 10-Q filings of the shared corpus, in a stable order, and their HTML. */
final class CorpusFilings {

    static final Path ROOT = SharedData.path("corpus/html-10k-10q");

    private CorpusFilings() {
    }

    static List<Path> all() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT)) {
            return walk.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
        }
    }

    static String html(Path filing) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(Files.newInputStream(filing))) {
            return Decoding.text(in.readAllBytes());
        }
    }

    static String name(Path filing) {
        return ROOT.relativize(filing).toString();
    }
}
