package dev.crossfoot.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/** The report formats by name, as {@code --report NAME[=FILE]} chooses them. */
public final class ReportFormats {

    private ReportFormats() {
    }

    private static Map<String, Supplier<ReportWriter>> all(boolean colour) {
        Map<String, Supplier<ReportWriter>> formats = new TreeMap<>();
        formats.put("text", () -> new TextReport(colour));
        formats.put("json", JsonReport::new);
        formats.put("junit", JUnitReport::new);
        formats.put("sarif", SarifReport::new);
        formats.put("csv", CsvReport::new);
        formats.put("html", HtmlReport::new);
        formats.put("markdown", MarkdownReport::new);
        formats.put("github", GithubReport::new);
        return formats;
    }

    /** The writer for a format name, or null when there is none. */
    public static ReportWriter named(String name, boolean colour) {
        Supplier<ReportWriter> writer = all(colour).get(name);
        return writer == null ? null : writer.get();
    }

    /**
     * The format written as the run goes, each document's part as it finishes (see
     * {@link StreamingReport}), to {@code out}; null when the format is written whole at the end.
     */
    public static StreamingReport streaming(String name, java.io.Writer out) {
        return streaming(name, out, false);
    }

    /** As {@link #streaming(String, java.io.Writer)}, the text report in colour when {@code colour}. */
    public static StreamingReport streaming(String name, java.io.Writer out, boolean colour) {
        return switch (name) {
            case "text" -> new TextReport(colour).streaming(out);
            case "csv" -> new CsvReport().streaming(out);
            case "markdown" -> new MarkdownReport().streaming(out);
            case "github" -> new GithubReport().streaming(out);
            case "json" -> new JsonReport().streaming(out);
            case "sarif" -> new SarifReport().streaming(out);
            case "junit" -> new JUnitReport().streaming(out);
            case "html" -> new HtmlReport().streaming(out);
            default -> null;
        };
    }

    /** Whether {@link #streaming} writes this format as the run goes. */
    public static boolean streams(String name) {
        return List.of("text", "csv", "markdown", "github", "json", "sarif", "junit", "html").contains(name);
    }

    public static List<String> names() {
        return List.copyOf(all(false).keySet());
    }
}
