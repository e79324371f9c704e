package dev.crossfoot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.cli.Cli;
import dev.crossfoot.model.CellValue;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.Finding;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.understand.NumberParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each reproducer of issue 12 ("never lose a run to one bad input"), run through the command
 * line: it finishes, says what it could not check in crossfoot's words, and the cause it once hit
 * (a stack overflow, a double that overflowed, a report that could not be written) is gone.
 */
class RobustnessTest {

    /** A hang guard, not a speed measure: each case takes well under a second once fixed. */
    private static final Duration HANG = Duration.ofSeconds(60);

    @TempDir
    Path temp;

    /** A report in a failure message, cut short: some reproducers hold cells of thousands of characters. */
    private static String brief(Object report) {
        String text = String.valueOf(report);
        return text.length() <= 600 ? text : text.substring(0, 600) + "…";
    }

    private Path write(Reproducers.Case reproducer) throws IOException {
        Path folder = Files.createDirectories(temp.resolve(reproducer.name()));
        Files.write(folder.resolve(reproducer.fileName()), reproducer.content());
        return folder;
    }

    private record Run(Cli cli, JsonNode report) {
        List<JsonNode> findings(String rule) {
            List<JsonNode> found = new java.util.ArrayList<>();
            report.get("findings").forEach(finding -> {
                if (finding.get("rule").asText().equals(rule)) {
                    found.add(finding);
                }
            });
            return found;
        }

        String skipped() {
            return report.get("skipped").toString();
        }
    }

    private Run check(Reproducers.Case reproducer) throws IOException {
        Path folder = write(reproducer);
        Path report = temp.resolve(reproducer.name() + ".json");
        Cli cli = assertTimeoutPreemptively(HANG, () -> Cli.run("check", folder.toString(), "--report", "json=" + report));
        // Exit 2 only for input that holds no table at all: a run that checked nothing is no pass.
        assertTrue(cli.exit() == 0 || cli.exit() == 1 || cli.exit() == 2 && cli.err().startsWith("crossfoot: nothing to check: "),
                () -> "exit " + cli.exit() + ": " + cli.err());
        assertFalse(cli.err().contains("Exception") || cli.err().contains("\tat "), cli.err());
        if (cli.exit() == 2) {
            return new Run(cli, new ObjectMapper().createObjectNode()); // nothing checked, so no report written
        }
        JsonNode json = new ObjectMapper().readTree(Files.readString(report, StandardCharsets.UTF_8));
        assertFalse(json.toString().contains("ran out of stack"), () -> reproducer.name() + " still overflows: " + brief(json));
        return new Run(cli, json);
    }

    @Test
    void aJsonNumberBeyondADoubleIsReadExactlyAndReportedNotFatal() throws IOException {
        Run run = check(Reproducers.jsonNumberBeyondDouble());
        assertTrue(run.skipped().contains("no numeric columns"), run.skipped());
    }

    @Test
    void aTotalOfThreeHundredDigitsIsAMalformedNumber() throws IOException {
        Run run = check(Reproducers.hugeTotal());
        List<JsonNode> malformed = run.findings("INPUT.malformed-number");
        assertEquals(1, malformed.size(), brief(run.report()));
        assertTrue(malformed.get(0).get("message").asText().contains("letter 'E' inside the number '-1E+308'"), brief(malformed));
    }

    @Test
    void aPercentageBesideANineteenDigitIntegerIsChecked() throws IOException {
        Run run = check(Reproducers.percentageBesideLongInteger());
        assertTrue(run.findings("INPUT.not-checked").isEmpty(), brief(run.report()));
    }

    @Test
    void aLoneSurrogateIsReplacedAndTheReportWritten() throws IOException {
        Run run = check(Reproducers.loneSurrogate());
        assertEquals(1, run.cli().exit());
        assertTrue(run.report().toString().contains("Total \uFFFD"), brief(run.report()));
    }

    @Test
    void proseOfTwoThousandWordsOnOneLineIsRead() throws IOException {
        check(Reproducers.longProseLine());
    }

    @Test
    void aMarkdownDelimiterRowOfAThousandCellsIsRead() throws IOException {
        Run run = check(Reproducers.markdownDelimiterRow());
        assertTrue(run.report().get("summary").get("tables").asInt() >= 1, brief(run.report()));
    }

    @Test
    void aYearHeaderFollowedByTwoThousandStarsIsRead() throws IOException {
        Run run = check(Reproducers.yearHeaderWithStars());
        assertEquals(1, run.report().get("summary").get("checks").asInt(), brief(run.report()));
    }

    @Test
    void aLabelOfThreeThousandFootnoteMarksIsATotal() throws IOException {
        Run run = check(Reproducers.labelOfManyFootnotes());
        assertEquals(1, run.report().get("summary").get("passed").asInt(), brief(run.report()));
    }

    @Test
    void tenThousandLinesAreSkippedWithTheRowBound() throws IOException {
        Run run = check(Reproducers.tenThousandLines());
        assertTrue(run.skipped().contains("10001 rows, more than the 2000"), run.skipped());
    }

    @Test
    void fortyThousandSpacesInACellAreAMalformedNumber() throws IOException {
        Run run = check(Reproducers.fortyThousandSpaces());
        assertTrue(run.findings("INPUT.malformed-number").get(0).get("message").asText().contains("longer than the 100"),
                brief(run.report()));
    }

    @Test
    void aFourThousandDigitTotalIsAMalformedNumber() throws IOException {
        Run run = check(Reproducers.fourThousandDigitTotal());
        assertTrue(run.findings("INPUT.malformed-number").get(0).get("message").asText()
                .contains("4000 characters, longer than the 100 a number may have"), brief(run.report()));
    }

    @Test
    void aNumberOfMoreThanThirtyDigitsIsMalformed() {
        CellValue value = new NumberParser().parse("$ 1" + "0".repeat(40));
        assertTrue(value instanceof CellValue.Malformed malformed && malformed.problem().contains("41 digits"), value.toString());
        assertTrue(new NumberParser().parse("1" + "0".repeat(29)) instanceof CellValue.Number);
    }

    @Test
    void aLineLongerThanALineMayBeIsLeftOutWithAProblemOnItsLine() {
        String text = "| Item | 2011 |\n|---|---|\n| Cash | 5 |\n| Debt | 7 |\n| Total | 12 |\n\n" + "x".repeat(70_000) + "\n";
        dev.crossfoot.read.ReadResult read = new dev.crossfoot.read.MarkdownReader()
                .read(Path.of("long.md"), "long.md", text.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, read.documents().get(0).tables().size());
        assertEquals("long.md:7", read.problems().get(0).location().toString());
        assertTrue(read.problems().get(0).message().contains("a line of 70000 characters, more than the 65536"),
                read.problems().get(0).message());
    }

    @Test
    void aRowOfEightThousandCellsIsSkippedWithTheColumnBound() throws IOException {
        Run run = check(Reproducers.eightThousandCells());
        assertTrue(run.skipped().contains("8000 columns, more than the 200"), run.skipped());
        assertEquals(1, run.findings("INPUT.not-checked").size());
    }

    @Test
    void aThousandLinesWithAFailingTotalAreCheckedOrSkippedWithAReason() throws IOException {
        Run run = check(Reproducers.thousandLinesOneFailing());
        boolean failed = !run.findings("FOOT.section-total").isEmpty();
        boolean outOfTime = run.skipped().contains("took longer than");
        assertTrue(failed || outOfTime, brief(run.report()));
    }

    @Test
    void aTableOfMoreThanTwoThousandRowsIsSkippedWithTheRowBound() throws IOException {
        Run run = check(Reproducers.longTable());
        assertTrue(run.skipped().contains("2148 rows, more than the 2000"), run.skipped());
    }

    @Test
    void twentyThousandNestedTablesAreOneFindingInAFolder() throws IOException {
        Run run = check(Reproducers.nestedTables());
        assertTrue(run.findings("INPUT.unreadable-document").get(0).get("message").asText()
                .contains("tables nested 20000 deep, more than the 64"), brief(run.report()));
    }

    @Test
    void aWorkflowCommandInALabelCannotStartALineOfTheTextReport() throws IOException {
        Path folder = write(Reproducers.workflowCommandLabel());
        Cli cli = Cli.run("check", folder.toString());
        assertEquals(1, cli.exit());
        assertTrue(cli.out().contains("forged"), cli.out());
        for (String line : cli.out().split("\n", -1)) {
            assertFalse(line.startsWith("::"), line);
        }
        assertFalse(cli.out().contains("\u001b"), cli.out());
        Cli github = Cli.run("check", folder.toString(), "--report", "github");
        assertEquals(1, github.out().lines().filter(line -> line.startsWith("::")).count(), github.out());
        assertFalse(github.out().contains("\u001b"), github.out());
    }

    @Test
    void aFifoNamedOnItsOwnIsRefusedInOneLineAndInAFolderIsAFinding() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("with-fifo"));
        Path fifo = folder.resolve("pipe.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is not available here");
        Files.writeString(folder.resolve("ok.csv"), "label,2011\nCash,5\nDebt,7\nTotal,12\n");
        Cli named = assertTimeoutPreemptively(HANG, () -> Cli.run("check", fifo.toString()));
        assertEquals(2, named.exit());
        assertEquals(List.of("crossfoot: " + fifo + ": not a regular file (a FIFO, device or socket): crossfoot reads files and folders only"),
                named.err().lines().toList());
        Cli inFolder = assertTimeoutPreemptively(HANG, () -> Cli.run("check", folder.toString()));
        assertEquals(1, inFolder.exit());
        assertTrue(inFolder.out().contains(fifo + ": not a regular file"), inFolder.out());
        assertTrue(inFolder.out().contains("1 checks evaluated, 1 passed"), inFolder.out());
    }

    @Test
    void aDeviceNamedOnItsOwnIsRefusedBeforeAnyByteIsRead() {
        Path zero = Path.of("/dev/zero");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(zero), "no /dev/zero here");
        Cli cli = assertTimeoutPreemptively(HANG, () -> Cli.run("check", zero.toString()));
        assertEquals(2, cli.exit());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().contains("/dev/zero: not a regular file"), cli.err());
    }

    @Test
    void anUnreadableSubFolderIsAFindingAndTheRestIsChecked() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("locked"));
        Path locked = Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("ok.csv"), "label,2011\nCash,5\nDebt,7\nTotal,12\n");
        assertTrue(locked.toFile().setReadable(false, false) && locked.toFile().setExecutable(false, false));
        try {
            org.junit.jupiter.api.Assumptions.assumeFalse(Files.isReadable(locked), "running as root: every folder is readable");
            CheckRun run = Crossfoot.standard().check(List.of(folder));
            assertEquals(1, run.summary().passed());
            Finding unreadable = run.findings().get(0);
            assertTrue(unreadable.message().contains("sub: cannot be read, passed over (permission denied)"), unreadable.message());
        } catch (Inputs.UnreadablePath unexpected) {
            throw new AssertionError(unexpected.getMessage());
        } finally {
            locked.toFile().setReadable(true, false);
            locked.toFile().setExecutable(true, false);
        }
    }

    @Test
    void whateverAReaderThrowsIsAFindingOnItsFileAndTheNextFileIsStillChecked() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("throwing"));
        Files.writeString(folder.resolve("a.bad"), "anything");
        Files.writeString(folder.resolve("b.csv"), "label,2011\nCash,5\nDebt,7\nTotal,20\n");
        dev.crossfoot.read.DocumentReader overflowing = new dev.crossfoot.read.DocumentReader() {
            @Override
            public boolean accepts(String fileName) {
                return fileName.endsWith(".bad");
            }

            @Override
            public dev.crossfoot.read.ReadResult read(Path file, String name, byte[] content) {
                throw new StackOverflowError();
            }
        };
        List<Throwable> traced = new java.util.ArrayList<>();
        Inputs inputs = new Inputs(List.of(overflowing, new dev.crossfoot.read.CsvReader()));
        CheckRun run = new Crossfoot(dev.crossfoot.check.RuleBook.builtIn(), inputs, false, (where, failure) -> traced.add(failure))
                .check(List.of(folder));
        assertEquals(2, run.findings().size(), run.findings().toString());
        Finding unreadable = run.findings().stream().filter(f -> f.rule().equals("INPUT.unreadable-document")).findFirst().orElseThrow();
        assertEquals(folder.resolve("a.bad").toString(), unreadable.file());
        assertTrue(unreadable.message().contains("cannot be read: nested or repeated too deeply to follow"), unreadable.message());
        assertTrue(run.findings().stream().anyMatch(f -> f.rule().equals("FOOT.section-total")));
        assertEquals(1, traced.size());
        assertTrue(traced.get(0) instanceof StackOverflowError);
    }

    @Test
    void twoFilesWhoseNamesShareAPrefixAreTwoDocuments() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("dotted"));
        Files.writeString(folder.resolve("x.01.csv"), "label,2011\nCash,5\nDebt,7\nTotal,20\n");
        Files.writeString(folder.resolve("x.02.csv"), "label,2011\nCash,5\nDebt,7\nTotal,20\n");
        Files.createDirectories(folder.resolve("b"));
        Files.writeString(folder.resolve("b/x.01.csv"), "label,2011\nCash,5\nDebt,7\nTotal,20\n");
        CheckRun run;
        try {
            run = Crossfoot.standard().check(List.of(folder));
        } catch (Inputs.UnreadablePath unexpected) {
            throw new AssertionError(unexpected.getMessage());
        }
        Set<String> ids = new HashSet<>();
        run.documents().forEach(document -> assertTrue(ids.add(document.id()), "repeated id " + document.id()));
        assertEquals(3, ids.size());
        assertEquals(3, run.findings().stream().map(Finding::document).distinct().count());
    }
}
