package dev.crossfoot.read;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.model.CheckOutcome;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Finding;
import dev.crossfoot.model.Skipped;
import dev.crossfoot.model.Table;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Fuzzing every reader through the whole run: a well-formed document of its format, mutated a
 * few times over (long lines, deep nesting, huge and odd numbers, control and bidi characters,
 * invalid UTF-8, ragged rows, repeated lines and ids), is read and checked from a folder as a
 * dataset would be. Whatever it has become, no exception escapes, the run ends (a generous
 * per-try guard against hangs, not a measure of speed), every finding names its file, and every
 * table read is either checked or skipped with a reason. The seed of a failing try is printed
 * by jqwik, and {@link Mutations} rebuilds the same input from it.
 */
@Label("Readers never lose a run to a bad input")
class ReaderFuzzProperties {

    private static final Duration HANG = Duration.ofSeconds(60);
    private static final int TRIES = 100;
    /** One run for all tries: the rule book is read once. */
    private static final Crossfoot CROSSFOOT = Crossfoot.standard();
    private static Path folder;

    @BeforeContainer
    static void createFolder() throws IOException {
        folder = Files.createTempDirectory("crossfoot-fuzz");
    }

    @AfterContainer
    static void deleteFolder() throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Property(tries = TRIES)
    @Label("crossfoot JSON")
    void json(@ForAll long seed) throws IOException {
        survives("fuzz.json", Mutations.of(Seeds.JSON, seed));
    }

    @Property(tries = TRIES)
    @Label("JSON Lines")
    void jsonLines(@ForAll long seed) throws IOException {
        survives("fuzz.jsonl", Mutations.of(Seeds.JSON_LINES, seed));
    }

    @Property(tries = TRIES)
    @Label("CSV")
    void csv(@ForAll long seed) throws IOException {
        survives("fuzz.csv", Mutations.of(Seeds.CSV, seed));
    }

    @Property(tries = TRIES)
    @Label("markdown")
    void markdown(@ForAll long seed) throws IOException {
        survives("fuzz.md", Mutations.of(Seeds.MARKDOWN, seed));
    }

    @Property(tries = TRIES)
    @Label("HTML")
    void html(@ForAll long seed) throws IOException {
        survives("fuzz.htm", Mutations.of(Seeds.HTML, seed));
    }

    @Property(tries = TRIES)
    @Label("text")
    void text(@ForAll long seed) throws IOException {
        survives("fuzz.txt", Mutations.of(Seeds.TEXT, seed));
    }

    private static void survives(String fileName, byte[] content) throws IOException {
        Path dir = Files.createTempDirectory(folder, "try");
        Files.write(dir.resolve(fileName), content);
        CheckRun run = assertTimeoutPreemptively(HANG, () -> CROSSFOOT.check(List.of(dir)));
        for (Finding finding : run.findings()) {
            assertFalse(finding.file() == null || finding.file().isBlank(), () -> "a finding names no file: " + finding.message());
            assertFalse(finding.message().isBlank(), () -> "a finding says nothing: " + finding.rule());
        }
        Set<String> accounted = new HashSet<>();
        for (CheckOutcome outcome : run.outcomes()) {
            accounted.add(outcome.document() + "\u0000" + outcome.table());
        }
        for (Skipped skipped : run.skipped()) {
            assertFalse(skipped.reason().isBlank(), () -> "skipped without a reason: " + skipped.table());
            accounted.add(skipped.document() + "\u0000" + skipped.table());
        }
        for (Document document : run.documents()) {
            for (Table table : document.tables()) {
                assertTrue(accounted.contains(document.id() + "\u0000" + table.id()),
                        () -> "table " + table.id() + " of " + document.id() + " was read but neither checked nor skipped");
            }
        }
    }

    /** One well-formed document per format, each with a total to check. */
    static final class Seeds {
        static final String JSON = "{\"crossfoot\":1,\"document\":{\"id\":\"d\"},\"tables\":[{\"id\":\"bs\",\"title\":\"Balance Sheets\","
                + "\"unit\":\"in thousands\",\"columns\":[\"December 31, 2011\",\"December 31, 2010\"],\"rows\":["
                + "{\"label\":\"Cash\",\"cells\":[\"1,000\",\"900\"]},{\"label\":\"Receivables\",\"cells\":[\"(200)\",100]},"
                + "{\"label\":\"Total assets\",\"cells\":[\"800\",\"1,000\"]}]},{\"id\":\"ops\",\"title\":\"Statements of Operations\","
                + "\"columns\":[\"2011\"],\"rows\":[{\"label\":\"Revenue\",\"cells\":[\"66,353\"]},{\"label\":\"Net income\",\"cells\":[\"5.5%\"]}]}]}";
        static final String JSON_LINES = JSON + "\n" + JSON.replace("\"id\":\"d\"", "\"id\":\"e\"") + "\n" + JSON + "\n";
        static final String CSV = "# title: Balance Sheets\n# unit: in thousands\n# table: bs\n"
                + "label,depth,\"December 31, 2011\",\"December 31, 2010\"\nCash,1,\"$ 1,000\",900\nReceivables,1,(200),100\n"
                + "Total assets,0,800,\"1,000\"\n\n# table: ops\nlabel,2011\nRevenue,\"66,353\"\nMargin,63.6%\n";
        static final String MARKDOWN = "# Balance Sheets (in thousands)\n\n| | 2011 | 2010 |\n|---|--:|--:|\n"
                + "| Cash | 1,000 | 900 |\n| Receivables | (200) | 100 |\n| Total assets | 800 | 1,000 |\n";
        static final String HTML = "<html><body><p>Balance Sheets (in thousands)</p><table>"
                + "<tr><td></td><td colspan=2>December 31,</td></tr><tr><td></td><td>2011</td><td>2010</td></tr>"
                + "<tr><td>Cash</td><td>$</td><td>1,000</td><td>900</td></tr><tr><td>Receivables</td><td>(200</td><td>)</td><td>100</td></tr>"
                + "<tr><td>Total assets</td><td>800</td><td>1,000</td></tr></table></body></html>";
        static final String TEXT = "CONDENSED BALANCE SHEETS\n(In thousands)\n\n                       2011        2010\n"
                + "Cash                  1,000         900\nReceivables            (200)         100\n"
                + "Total assets            800       1,000\n\n# Income\nRevenue\t66,353\t51,772\nNet income\t1,234\t(56)\n";

        private Seeds() {
        }
    }

    /** What a seed becomes: one to four of the mutations a bad extraction or a hostile file brings. */
    static final class Mutations {
        private static final List<String> PIECES = List.of(
                "1e999", "-1e+308", "1e-99999", "9".repeat(400), "0." + "0".repeat(300) + "1", "NaN", "-0", "9223372036854775808",
                "\u0000", "\u001b[31m", "\u000b\u000c", "\u0085", "\u2028", "\u2029", "\u202e", "\u2066x\u2069", "\ud800", "\udfff",
                "::error file=x::y", "=1+1", "\r\n", "\"", "\\", "|", ",", "\t", "(", ")", "%", "$", "—",
                " ".repeat(3000), "(a)".repeat(500), "*".repeat(500), "|-".repeat(500), "word ".repeat(1000),
                "<table><tr><td>".repeat(100), "<div>".repeat(2000), "[".repeat(2000), "{\"a\":".repeat(1500),
                "Total", "Total assets", "2011", "December 31, 2011");

        private Mutations() {
        }

        static byte[] of(String seed, long randomSeed) {
            Random random = new Random(randomSeed);
            String text = seed;
            int count = 1 + random.nextInt(4);
            boolean invalidUtf8 = false;
            for (int i = 0; i < count; i++) {
                int at = random.nextInt(text.length() + 1);
                switch (random.nextInt(7)) {
                    case 0, 1 -> text = text.substring(0, at) + PIECES.get(random.nextInt(PIECES.size())) + text.substring(at);
                    case 2 -> text = repeatLine(text, random);
                    case 3 -> text = raggedRow(text, random);
                    case 4 -> text = text.substring(0, at) + text.substring(Math.min(text.length(), at + random.nextInt(40)));
                    case 5 -> text = text.substring(0, at) + "x".repeat(20_000 + random.nextInt(20_000)) + text.substring(at);
                    default -> invalidUtf8 = true;
                }
            }
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            if (invalidUtf8 && bytes.length > 0) {
                byte[] broken = new byte[bytes.length + 2];
                int at = random.nextInt(bytes.length);
                System.arraycopy(bytes, 0, broken, 0, at);
                broken[at] = (byte) 0xC3;
                broken[at + 1] = (byte) (random.nextBoolean() ? 0x28 : 0xFF);
                System.arraycopy(bytes, at, broken, at + 2, bytes.length - at);
                return broken;
            }
            return bytes;
        }

        /** A line repeated: duplicated ids, rows and documents, and tables far longer than their seed. */
        private static String repeatLine(String text, Random random) {
            String[] lines = text.split("\n", -1);
            int n = random.nextInt(lines.length);
            int times = random.nextBoolean() ? 2 : 10 + random.nextInt(70);
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < lines.length; i++) {
                int copies = i == n ? times : 1;
                for (int c = 0; c < copies; c++) {
                    out.append(lines[i]).append(i + 1 < lines.length || c + 1 < copies ? "\n" : "");
                }
            }
            return out.toString();
        }

        /** A row with more cells than its header, or one cut short. */
        private static String raggedRow(String text, Random random) {
            String[] lines = text.split("\n", -1);
            int n = random.nextInt(lines.length);
            lines[n] = random.nextBoolean() ? lines[n] + ",1,2,3\t4\t5 | 6 |" + "7,".repeat(random.nextInt(300))
                    : lines[n].substring(0, lines[n].length() / 2);
            return String.join("\n", lines);
        }
    }
}
