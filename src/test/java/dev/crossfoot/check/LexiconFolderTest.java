package dev.crossfoot.check;

import dev.crossfoot.Crossfoot;
import dev.crossfoot.TestRuns;
import dev.crossfoot.model.CheckRun;
import dev.crossfoot.model.CheckStatus;
import dev.crossfoot.model.SyntaxError;
import dev.crossfoot.read.Inputs;
import dev.crossfoot.read.JsonReader;
import dev.crossfoot.read.ReadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A {@code --rules} folder may add a language: its file is all it takes. */
class LexiconFolderTest {

    private static final String ITALIAN_TABLE = TestRuns.oneTable("Conto economico", "in migliaia di euro", "\"2024\"", """
            {"label": "Ricavi:"},
            {"label": "Italia", "cells": ["700"]},
            {"label": "Estero", "cells": ["300"]},
            {"label": "Totale ricavi", "cells": ["1000"]}
            """);

    @Test
    void anItalianFileMakesItalianTotalsTotals(@TempDir Path folder) throws IOException {
        assertEquals(0, footingChecks(RuleBook.builtIn()), "no built-in language knows 'Totale'");
        Files.writeString(folder.resolve("it.lexicon"), """
                language it
                # Una riga che somma le righe della sua sezione.
                cue total
                  starts "totale"
                """, StandardCharsets.UTF_8);
        RuleBook book = RuleBook.builtIn().withFolder(folder);
        assertTrue(book.lexicon().languages().contains("it"));
        assertEquals(1, footingChecks(book));
    }

    @Test
    void aMistakeInAFolderLexiconNamesItsPlace(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("it.lexicon");
        Files.writeString(file, "language it\ncue totale\n", StandardCharsets.UTF_8);
        SyntaxError error = assertThrows(SyntaxError.class, () -> RuleBook.builtIn().withFolder(folder));
        assertTrue(error.toString().startsWith(file + ":2:5: unknown cue 'totale'"), error::toString);
    }

    private static long footingChecks(RuleBook book) {
        ReadResult read = new JsonReader().read(Path.of("it.json"), "it.json", ITALIAN_TABLE.getBytes(StandardCharsets.UTF_8));
        CheckRun run = new Crossfoot(book, Inputs.standard()).check(List.of("it.json"), read);
        return run.outcomes().stream()
                .filter(o -> o.rule().equals("FOOT.section-total") && o.status() == CheckStatus.PASSED).count();
    }
}
