package dev.crossfoot.cli;

import dev.crossfoot.Crossfoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Progress shows on a terminal only, after the first second, with documents, tables and rate. */
class ProgressTest {

    private final StringWriter shown = new StringWriter();
    private long now = 5_000_000_000L;

    @Test
    void nothing_in_the_first_second_then_documents_tables_and_rate_at_most_four_times_a_second() {
        ProgressLine line = new ProgressLine(new PrintWriter(shown), () -> now);
        now += 900_000_000L;
        line.documentChecked(3, 40, 21);
        assertEquals("", shown.toString(), "a run that ends within a second shows nothing");
        now += 200_000_000L;
        line.documentChecked(4, 40, 30);
        assertEquals("\rchecked 4 of 40 document(s), 30 table(s), 3.6 documents per second ", shown.toString());
        now += 100_000_000L;
        line.documentChecked(5, 40, 31);
        assertFalse(shown.toString().contains("checked 5"), "not again within a quarter second");
        now += 250_000_000L;
        line.documentChecked(6, -1, 2_000);
        assertTrue(shown.toString().endsWith("\rchecked 6 document(s), 2,000 table(s), 4.1 documents per second "), shown.toString());
        line.finished();
        assertTrue(shown.toString().endsWith("\n"), "the report's lines start on a line of their own");
    }

    @Test
    void a_run_too_short_to_show_progress_ends_no_line() {
        ProgressLine line = new ProgressLine(new PrintWriter(shown), () -> now);
        line.documentChecked(1, 1, 9);
        line.finished();
        assertEquals("", shown.toString());
    }

    @Test
    void stderr_is_a_terminal_when_its_descriptor_links_to_a_terminal_device(@TempDir Path temp) throws Exception {
        assertTrue(terminal(temp, "/dev/pts/3"));
        assertTrue(terminal(temp, "/dev/tty1"));
        assertFalse(terminal(temp, "pipe:[81234]"));
        assertFalse(terminal(temp, "/tmp/ci.log"));
    }

    /**
     * Whether a descriptor linked as {@code target} is a terminal: the link, like those of
     * /proc/self/fd, is removed at once, so the temporary folder has no link leading out of it.
     */
    private static boolean terminal(Path temp, String target) throws java.io.IOException {
        Path link = Files.createSymbolicLink(temp.resolve("fd"), Path.of(target));
        try {
            return Terminal.isTerminal(link);
        } finally {
            Files.delete(link);
        }
    }

    @Test
    void in_ci_the_run_prints_no_progress() {
        // The test's stderr is a pipe to the build, as in CI.
        assertSame(Crossfoot.Progress.NONE, Terminal.progress(new PrintWriter(shown)));
        Cli cli = Cli.run("check", "fixtures/sonus-2011q3/sonus-2011q3-release.json");
        assertFalse(cli.err().contains("\r"), cli.err());
    }
}
