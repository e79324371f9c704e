package dev.crossfoot.cli;

import dev.crossfoot.SharedData;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.report.CorpusSurvey;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus summary: written to target/corpus-summary.txt, its totals agree with its lines. */
class SurveyTest {

    @Test
    void surveysTheEarningsReleasesSeedsAndOlderFilings() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of(SharedData.path("seeds").toString(), SharedData.path("corpus/earnings-releases").toString(), SharedData.path("corpus/older-filings").toString())) {
            files.addAll(SurveyCommand.supported(Path.of(folder)));
        }
        List<CorpusSurvey.Line> lines = new CorpusSurvey(Crossfoot.standard()).survey(files);
        StringWriter text = new StringWriter();
        CorpusSurvey.print(lines, new PrintWriter(text));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/corpus-summary.txt"), text.toString());
        assertEquals(files.size(), lines.size());
        CorpusSurvey.Line oracle = lines.stream().filter(l -> l.file().contains("0001193125-14-242424")).findFirst().orElseThrow();
        assertTrue(oracle.tables() >= 30 && oracle.recognised() >= 30, oracle.toString());
        CorpusSurvey.Line southern = lines.stream().filter(l -> l.file().endsWith("x9902.txt") && l.file().contains("05-000042"))
                .findFirst().orElseThrow();
        assertTrue(southern.tables() >= 1 && southern.checked() >= 1, southern.toString());
        int total = lines.stream().mapToInt(CorpusSurvey.Line::tables).sum();
        assertTrue(text.toString().strip().endsWith("total of " + files.size() + " file(s)"));
        assertTrue(text.toString().contains(String.format("%8d", total)));
    }

    @Test
    void surveysWhatCheckWouldReadEachFileOnceWithoutItsOwnReportsOrExcludedFiles(@org.junit.jupiter.api.io.TempDir Path temp)
            throws Exception {
        Path folder = Files.createDirectories(temp.resolve("data"));
        Path clean = Files.copy(Path.of("fixtures/sonus-2011q3/sonus-2011q3-release.json"), folder.resolve("a.json"));
        Files.createSymbolicLink(folder.resolve("link.json"), clean.getFileName());
        Files.writeString(folder.resolve("draft.csv"), "label,2011\nCash,5\nDebt,7\nTotal,12\n");
        assertEquals(0, Cli.run("check", clean.toString(), "--report", "json=" + folder.resolve("out.json")).exit());
        Cli cli = Cli.run("survey", folder.toString(), clean.toString(), "--exclude", "*.csv");
        assertEquals(0, cli.exit(), cli.err());
        assertTrue(cli.out().strip().endsWith("total of 1 file(s)"), cli.out());
        assertTrue(cli.err().contains("1 file(s) not read: crossfoot's own output (a crossfoot JSON report)"), cli.err());
        assertTrue(cli.err().contains("2 file(s) not read: named or found more than once, read once"), cli.err());
        assertTrue(cli.err().contains("1 file(s) not read: excluded by --exclude *.csv"), cli.err());
    }

    @Test
    void theCommandPrintsOneLinePerFileAndTotals() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"survey", SharedData.path("seeds").toString()}, new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        String printed = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(printed.contains("001_2f75bf3f50139a4d.txt"));
        assertTrue(printed.strip().endsWith("total of 5 file(s)"), printed);
    }
}
