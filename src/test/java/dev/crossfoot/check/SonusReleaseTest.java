package dev.crossfoot.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crossfoot.cli.Cli;
import dev.crossfoot.model.Document;
import dev.crossfoot.model.Severity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@DisplayName("The clean Sonus Q3 2011 release passes, with every table accounted for")
class SonusReleaseTest {

    static final String CLEAN = "fixtures/sonus-2011q3/sonus-2011q3-release.json";

    @Test
    void exitsCleanWithWellOverAHundredChecks() throws IOException {
        Cli cli = Cli.run("check", CLEAN, "--report", "json");
        assertEquals(0, cli.exit(), cli.out());
        JsonNode report = new ObjectMapper().readTree(cli.out());
        JsonNode summary = report.get("summary");
        assertEquals(0, summary.get("errors").asInt());
        assertEquals(0, summary.get("failed").asInt());
        assertTrue(summary.get("checks").asInt() > 150, "checks evaluated: " + summary.get("checks"));
        assertEquals(0, summary.get("not_evaluated").asInt());
    }

    @Test
    void everyTableIsCheckedOrSkippedWithAReason() throws Exception {
        var run = dev.crossfoot.Crossfoot.standard().check(java.util.List.of(java.nio.file.Path.of(CLEAN)));
        Set<String> accounted = new HashSet<>();
        run.outcomes().forEach(outcome -> accounted.add(outcome.table()));
        run.skipped().forEach(skip -> accounted.add(skip.table()));
        for (Document document : run.documents()) {
            document.tables().forEach(table -> assertTrue(accounted.contains(table.id()), "unaccounted table " + table.id()));
        }
        assertEquals(9, accounted.size());
        assertTrue(run.findings().stream().noneMatch(f -> f.severity() == Severity.ERROR));
    }
}
