package dev.crossfoot.read;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InputsTest {

    @Test
    void secDataSetsHoldNoTextAnythingElseMay(@TempDir Path folder) throws IOException {
        Path quarter = Files.createFile(folder.resolve("2009q3.zip"));
        Path unpacked = Files.createDirectory(folder.resolve("2010q2"));
        Files.writeString(unpacked.resolve("sub.txt"), "adsh\n");
        Files.writeString(unpacked.resolve("num.txt"), "adsh\n");
        Path filing = Files.writeString(folder.resolve("10-q.htm"), "<p>Revenue rose to $5 million.</p>");
        Path filings = Files.createDirectory(folder.resolve("filings"));

        assertFalse(Inputs.mayHoldText(List.of(quarter)));
        assertFalse(Inputs.mayHoldText(List.of(quarter, unpacked)));
        assertTrue(Inputs.mayHoldText(List.of(quarter, filing)));
        assertTrue(Inputs.mayHoldText(List.of(filings)));
    }
}
