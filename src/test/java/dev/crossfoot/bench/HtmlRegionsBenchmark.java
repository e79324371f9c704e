package dev.crossfoot.bench;

import dev.crossfoot.SharedData;
import dev.crossfoot.read.HtmlSourceRanges;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

/**
 * What SARIF regions for HTML cells cost: one 10-Q of the corpus (Apple's, 1.3 MB of HTML) parsed
 * by Jsoup as the reader parses it, parsed with position tracking, and the whole
 * {@link HtmlSourceRanges} of the page (tracked parse and the reader's walk to number its tables).
 * Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.args="HtmlRegionsBenchmark -f 1 -wi 3 -i 5"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HtmlRegionsBenchmark {

    private static final Path FILING = SharedData.path("corpus/html-10k-10q/aapl/10q/aapl-10-q-2025-08-01.html.gz");

    private String page;

    @Setup
    public void setUp() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(FILING))) {
            page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Benchmark
    public Object parseAsTheReaderDoes() {
        return Jsoup.parse(page);
    }

    @Benchmark
    public Object parseTrackingPositions() {
        return Jsoup.parse(page, "", Parser.htmlParser().setTrackPosition(true));
    }

    @Benchmark
    public Object sourceRangesOfThePage() {
        return HtmlSourceRanges.ofPage(page).find("table-1");
    }
}
