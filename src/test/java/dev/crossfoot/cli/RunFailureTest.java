package dev.crossfoot.cli;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("A run that cannot be done exits 2 with one clear line naming file and place")
class RunFailureTest {

    private static final String CLEAN = "fixtures/sonus-2011q3/sonus-2011q3-release.json";

    @TempDir
    Path temp;

    @Test
    void unreadablePath() {
        Cli cli = Cli.run("check", "no/such/file.json");
        assertEquals(2, cli.exit());
        assertEquals("crossfoot: no/such/file.json: no such file or folder", cli.err().strip());
        assertTrue(cli.out().isEmpty());
    }

    @Test
    void aSymbolicLinkToNothingIsCalledSoNamedOrInAFolder() throws IOException {
        Path link = Files.createSymbolicLink(temp.resolve("q3.json"), Path.of("gone/q3.json"));
        Cli named = Cli.run("check", link.toString());
        assertEquals(2, named.exit());
        assertEquals("crossfoot: " + link + ": a symbolic link to gone/q3.json, which does not exist", named.err().strip());
        Files.copy(Path.of(CLEAN), temp.resolve("clean.json"));
        Cli folder = Cli.run("check", temp.toString());
        assertEquals(1, folder.exit(), folder.err());
        assertTrue(folder.out().contains(link + ": a symbolic link to gone/q3.json, which does not exist"), folder.out());
        assertFalse(folder.out().contains("FIFO"), folder.out());
    }

    @Test
    void aReportThatCannotBeWrittenIsNamedWithItsFileAndReason() throws IOException {
        Path file = Files.writeString(temp.resolve("taken"), "a file");
        Cli underAFile = Cli.run("check", CLEAN, "--report", "json=" + file.resolve("r.json"));
        assertEquals(2, underAFile.exit());
        assertEquals("crossfoot: " + file.resolve("r.json") + ": cannot write the json report: " + file + " is a file, not a folder",
                underAFile.err().strip());
        Cli aFolder = Cli.run("check", CLEAN, "--report", "sarif=" + temp);
        assertEquals(2, aFolder.exit());
        assertEquals("crossfoot: " + temp + ": cannot write the sarif report: is a directory", aFolder.err().strip());
    }

    @Test
    void malformedJsonNamedOnItsOwn() throws IOException {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"crossfoot\": 1,\n \"tables\": [ {\"rows\": [}\n");
        Cli cli = Cli.run("check", bad.toString());
        assertEquals(2, cli.exit());
        assertOneLine(cli.err());
        assertTrue(cli.err().contains(bad + ":2: malformed JSON at line 2, column"), cli.err());
    }

    @Test
    void missingFieldNamesTheJsonPointer() throws IOException {
        Path bad = temp.resolve("bad.json");
        Files.writeString(bad, "{\"crossfoot\": 1, \"tables\": [{\"id\": \"x\"}]}");
        Cli cli = Cli.run("check", bad.toString());
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("at /tables/0/rows: expected an array of rows"), cli.err());
    }

    @Test
    void badRuleFile() throws IOException {
        Path rules = Files.createDirectory(temp.resolve("rules"));
        Files.writeString(rules.resolve("mine.rules"), "rule X.one \"A sentence\"\n  a = b +\n");
        Cli cli = Cli.run("check", CLEAN, "--rules", rules.toString());
        assertEquals(2, cli.exit());
        assertOneLine(cli.err());
        assertEquals("crossfoot: " + rules.resolve("mine.rules") + ":2:10: expected a concept, a number or '(' before the end of the line",
                cli.err().strip());
    }

    @Test
    void badOption() {
        Cli cli = Cli.run("check", CLEAN, "--fail-on", "sometimes");
        assertEquals(2, cli.exit());
        assertTrue(cli.err().contains("--fail-on must be error, warning or never"), cli.err());
        assertEquals(2, Cli.run("check", CLEAN, "--report", "pdf").exit());
    }

    @Test
    @DisplayName("one malformed document inside a folder is an input finding; the rest is still checked")
    void oneBadDocumentInAFolder() throws IOException {
        Path folder = Files.createDirectory(temp.resolve("dataset"));
        Files.copy(Path.of(CLEAN), folder.resolve("a-good.json"));
        Files.writeString(folder.resolve("b-bad.json"), "{not json");
        Cli cli = Cli.run("check", folder.toString(), "--report", "json");
        assertEquals(1, cli.exit());
        assertTrue(cli.out().contains("\"rule\" : \"INPUT.unreadable-document\""), cli.out());
        assertTrue(cli.out().contains("b-bad.json"), cli.out());
        assertTrue(cli.out().contains("\"documents\" : 1"), "the good document is still checked");
        assertFalse(cli.out().contains("\"failed\" : 1"));
    }

    private static void assertOneLine(String text) {
        assertEquals(1, text.strip().lines().count(), "expected one line, got:\n" + text);
        assertFalse(text.contains("Exception"), text);
    }
}
