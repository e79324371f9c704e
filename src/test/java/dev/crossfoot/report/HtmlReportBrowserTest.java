package dev.crossfoot.report;

import dev.crossfoot.model.CheckRun;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Opens the audit report in headless Chromium and reads the DOM after its script ran. Chromium
 * prints every console message (script errors and Content-Security-Policy refusals included) to
 * stderr as {@code CONSOLE} lines with {@code --enable-logging=stderr}; the page must print none.
 *
 * <p>Chromium is required: install it with {@code .ci/install-browser}. Only with
 * {@code CROSSFOOT_SKIP_BROWSER=1} is a machine without it allowed to skip these tests. The page
 * and a screenshot are left in {@code target/audit-report/} to look at.
 */
class HtmlReportBrowserTest {

    private static final Path OUT = Path.of("target/audit-report");
    private static String chromium;
    private static Path page;

    @BeforeAll
    static void writeThePage() throws IOException {
        chromium = findChromium();
        Files.createDirectories(OUT);
        CheckRun run = ReportFixture.withSuggestion();
        page = OUT.resolve("report.html").toAbsolutePath();
        Files.writeString(page, ReportFixture.render(new HtmlReport(), run), StandardCharsets.UTF_8);
    }

    @Test
    void loads_without_a_console_message_and_runs_its_own_script() throws Exception {
        Browser result = open("", "--dump-dom");
        assertEquals(List.of(), result.console(), "the page logged to the console");
        Document dom = Jsoup.parse(result.stdout());
        assertEquals("ready", dom.body().attr("data-filters"), "the report's script ran under its own CSP");
        assertEquals("8 of 8 findings shown", dom.getElementById("filter-count").text());
    }

    @Test
    void the_failing_cell_is_marked_in_the_rendered_page() throws Exception {
        Document dom = Jsoup.parse(open("", "--dump-dom").stdout());
        Element totalRevenue = dom.selectFirst("section[data-statement=acme-2024q4/ops] table.figures tbody tr:eq(3) td");
        assertEquals("66,533", totalRevenue.text());
        assertTrue(totalRevenue.hasClass("flag") && totalRevenue.hasClass("error"), totalRevenue.outerHtml());
        assertTrue(totalRevenue.attr("title").startsWith("FOOT.section-total: expected 66353"), totalRevenue.attr("title"));
    }

    @Test
    void a_script_in_a_row_label_is_shown_as_text_and_never_runs() throws Exception {
        Document dom = Jsoup.parse(open("", "--dump-dom").stdout());
        assertFalse(dom.selectFirst("html").hasAttr("data-injected"), "the label's script ran");
        assertEquals(1, dom.select("script").size(), "the label became a script element");
        assertEquals("<script>document.documentElement.setAttribute('data-injected','yes')</script>",
                dom.selectFirst("section[data-statement=acme-2024q4/segments] table.figures tbody tr:eq(1) th").text());
    }

    @Test
    void a_filter_in_the_address_hides_the_other_findings() throws Exception {
        Document dom = Jsoup.parse(open("#severity=warning", "--dump-dom").stdout());
        assertEquals("1 of 8 findings shown", dom.getElementById("filter-count").text());
        assertEquals(List.of("REVIEW.gross-profit"), dom.select("article.finding:not([hidden])").eachAttr("data-rule"));
        assertEquals(List.of("acme-2024q4/ops"), dom.select("section.statement:not([hidden])").eachAttr("data-statement"));
    }

    @Test
    void takes_a_screenshot_to_look_at() throws Exception {
        Path screenshot = OUT.resolve("report.png").toAbsolutePath();
        Files.deleteIfExists(screenshot);
        open("", "--screenshot=" + screenshot, "--window-size=1280,2200", "--hide-scrollbars");
        assertTrue(Files.size(screenshot) > 10_000, "a screenshot of the page was written to " + screenshot);
    }

    private record Browser(String stdout, List<String> console) { }

    private static Browser open(String fragment, String... action) throws Exception {
        Path profile = Files.createTempDirectory("crossfoot-chromium-");
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                "--virtual-time-budget=3000"));
        command.addAll(List.of(action));
        command.add(page.toUri() + fragment);
        Path stdout = Files.createTempFile(profile.getParent(), "chromium-out-", ".html");
        Path stderr = Files.createTempFile(profile.getParent(), "chromium-err-", ".log");
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                fail("chromium did not finish within 60 s: " + String.join(" ", command));
            }
            String err = Files.readString(stderr, StandardCharsets.UTF_8);
            assertEquals(0, process.exitValue(), "chromium failed:\n" + err);
            List<String> console = err.lines().filter(line -> line.contains(":CONSOLE")).toList();
            return new Browser(Files.readString(stdout, StandardCharsets.UTF_8), console);
        } finally {
            process.destroyForcibly();
            Files.deleteIfExists(stdout);
            Files.deleteIfExists(stderr);
            deleteTree(profile);
        }
    }

    private static String findChromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
                Path candidate = Path.of(folder, name);
                if (Files.isExecutable(candidate)) {
                    return candidate.toString();
                }
            }
        }
        if ("1".equals(System.getenv("CROSSFOOT_SKIP_BROWSER"))) {
            Assumptions.abort("chromium is not installed and CROSSFOOT_SKIP_BROWSER=1: the browser tests are skipped");
        }
        fail("the audit report is tested in headless Chromium, which is not on PATH: install it with "
                + "'bash .ci/install-browser' (apt-get install -y chromium), or set CROSSFOOT_SKIP_BROWSER=1 to skip");
        return null;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
