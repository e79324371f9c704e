package dev.crossfoot.read;

import dev.crossfoot.SharedData;

import dev.crossfoot.model.Table;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownReaderTest {

    @Test
    void everyPipeTableIsATableTitledByTheLineAbove() {
        String text = """
                # Report

                ## Statements of Operations (in thousands)

                | | 2011 | 2010 |
                |---|---:|---:|
                | Revenue | 1,000 | 900 |
                | Cost \\| other | (400) | (300) |

                Some prose.
                | a | 1 |
                | b | 2 |
                """;
        ReadResult result = new MarkdownReader().read(Path.of("r.md"), "r.md", text.getBytes(StandardCharsets.UTF_8));
        List<Table> tables = result.documents().get(0).tables();
        assertEquals(2, tables.size());
        Table ops = tables.get(0);
        assertEquals("Statements of Operations (in thousands)", ops.title());
        assertEquals("in thousands", ops.unit());
        assertEquals(List.of("2011", "2010"), ops.columns());
        assertEquals("Cost | other", ops.rows().get(1).label());
        assertEquals("r.md:8", ops.rows().get(1).cell(1).location().toString());
        assertEquals("Some prose.", tables.get(1).title());
        assertTrue(tables.get(1).columns().isEmpty());
    }

    @Test
    void theForm4SeedTextReadsItsPipeTables() throws Exception {
        Path seed = SharedData.path("seeds/003_1f95b1e0dbffe881.txt");
        ReadResult result = new TextReader().read(seed, seed.toString(), Files.readAllBytes(seed));
        List<Table> tables = result.documents().get(0).tables();
        Table owned = tables.stream().filter(t -> t.title().startsWith("Table I - Non-Derivative")).findFirst().orElseThrow();
        assertTrue(owned.rows().stream().anyMatch(row -> row.label().equals("Common Stock")
                && row.cells().stream().anyMatch(cell -> cell.text().equals("21,113 ⁽¹⁾"))));
    }
}
