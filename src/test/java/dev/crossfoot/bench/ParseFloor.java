package dev.crossfoot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The floor a dataset run is measured against (BENCHMARKS.md, "Speed and memory"): parsing the
 * same input with the parser crossfoot reads it with and doing nothing else — Jackson's tree of
 * every line of a JSON Lines file, Jsoup's DOM of every HTML file under a folder. One JVM, one
 * thread, after a warm-up pass; wall and CPU time of the second pass.
 * {@code java -cp target/test-classes:target/crossfoot.jar dev.crossfoot.bench.ParseFloor dataset.jsonl corpus/html-10k-10q}
 */
public final class ParseFloor {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParseFloor() {
    }

    public static void main(String[] args) throws Exception {
        // -Dcrossfoot.bench.passes=N (default 2: a warm-up and the measured pass) prints every pass after the first,
        // with the CPU of the parsing thread beside the process's: compared with SteadyCheck's passes at steady state.
        int passes = Math.max(2, Integer.getInteger("crossfoot.bench.passes", 2));
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (String arg : args) {
            Path path = Path.of(arg);
            long count = parse(path);
            for (int pass = 2; pass <= passes; pass++) {
                long cpu = cpuNanos();
                long thread = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                count = parse(path);
                System.out.printf("%s: %d %s parsed in %d ms wall, %d ms CPU%s%n", path, count,
                        Files.isDirectory(path) ? "HTML files" : "JSON lines",
                        (System.nanoTime() - wall) / 1_000_000, (cpuNanos() - cpu) / 1_000_000,
                        passes == 2 ? "" : String.format(" (pass %d, %d ms CPU of the parsing thread)", pass,
                                (threads.getCurrentThreadCpuTime() - thread) / 1_000_000));
            }
        }
    }

    private static long parse(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return jsonLines(path);
        }
        long files = 0;
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                if (name.matches(".*\\.html?(\\.gz)?")) {
                    org.jsoup.Jsoup.parse(new String(bytes(file), StandardCharsets.UTF_8));
                    files++;
                }
            }
        }
        return files;
    }

    private static long jsonLines(Path file) throws IOException {
        byte[] content = bytes(file);
        long lines = 0;
        for (int start = 0; start < content.length; ) {
            int end = start;
            while (end < content.length && content[end] != '\n') {
                end++;
            }
            if (end > start) {
                JsonNode node = JSON.readTree(content, start, end - start);
                lines += node == null ? 0 : 1;
            }
            start = end + 1;
        }
        return lines;
    }

    private static byte[] bytes(Path file) throws IOException {
        if (!file.toString().endsWith(".gz")) {
            return Files.readAllBytes(file);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
